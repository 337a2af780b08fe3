import type { CampaignEvent, EventEnvelope } from '@campaign-ledger/core';
import { eventLineOf } from './eventLine';
import { INTERCHANGE_FORMAT, type InterchangeHeader } from './interchangeHeader';

/**
 * An events file (docs/interchange.md) for envelopes read in global order: the header line, then
 * one line per event, each ending with a line end. `campaign` is the campaign whose stream the
 * envelopes are, or null for the whole log.
 */
export const writeEventsFile = (campaign: string | null, envelopes: ReadonlyArray<EventEnvelope<CampaignEvent>>): string => {
  const header: InterchangeHeader = { format: INTERCHANGE_FORMAT, campaign, eventCount: envelopes.length };
  return [header, ...envelopes.map(eventLineOf)].map((line) => `${JSON.stringify(line)}\n`).join('');
};
