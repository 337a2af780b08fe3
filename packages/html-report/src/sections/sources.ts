import type { CampaignEvent, EventEnvelope } from '@campaign-ledger/core';

/** Where a fact was read from: the document, the place in it (paragraph.sentence) and the sentence. */
export interface SourceOfEvent {
  readonly document: string;
  readonly locator?: string;
  readonly quote?: string;
}

/** Finds an event of the log by id, and the source its fact was read from. */
export interface EventIndex {
  readonly envelope: (eventId: string) => EventEnvelope<CampaignEvent> | undefined;
  readonly source: (eventId: string) => SourceOfEvent | undefined;
}

export const indexEvents = (events: ReadonlyArray<EventEnvelope<CampaignEvent>>): EventIndex => {
  const byId = new Map(events.map((e) => [e.eventId, e]));
  return {
    envelope: (eventId) => byId.get(eventId),
    // Every command carries its provenance; an event of another shape (a definition) may not.
    source: (eventId) => (byId.get(eventId)?.event.data as { readonly provenance?: { readonly source?: SourceOfEvent } } | undefined)?.provenance?.source,
  };
};
