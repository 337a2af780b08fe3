import { type CampaignEvent, type EventStore, campaignStreamName } from '@campaign-ledger/core';
import { HEADER_METADATA_KEY } from '@campaign-ledger/transcription';
import * as E from 'fp-ts/lib/Either.js';

/**
 * The organisation the campaign's reports speak for, as its transcription's document names it
 * (`scope`): the last one recorded. Undefined when the campaign was not recorded from a transcription.
 */
export const recordedScope = async (store: EventStore<CampaignEvent>, campaign: string): Promise<string | undefined> => {
  const events = await store.readStream(campaignStreamName(campaign), { direction: 'backwards' })();
  if (E.isLeft(events)) return undefined;
  for (const e of events.right) {
    const header = e.metadata?.[HEADER_METADATA_KEY];
    if (header === undefined) continue;
    try {
      const scope = (JSON.parse(header) as { readonly scope?: unknown }).scope;
      if (typeof scope === 'string') return scope;
    } catch {
      return undefined;
    }
  }
  return undefined;
};
