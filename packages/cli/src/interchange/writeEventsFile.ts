import type { CampaignEvent, EventEnvelope } from '@campaign-ledger/core';
import { eventsFileOf } from '@campaign-ledger/html-report';

/**
 * An events file (docs/interchange.md) for envelopes read in global order: the header line, then
 * one line per event, each ending with a line end. `campaign` is the campaign whose stream the
 * envelopes are, or null for the whole log. The HTML report's writer, so that the log a page
 * embeds is exactly what export writes.
 */
export const writeEventsFile = (campaign: string | null, envelopes: ReadonlyArray<EventEnvelope<CampaignEvent>>): string => eventsFileOf(campaign, envelopes);
