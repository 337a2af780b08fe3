import type { EventEnvelope } from '@campaign-ledger/core';

/** The format of an events file (docs/interchange.md): its name and version. */
export const EVENTS_FILE_FORMAT = 'campaign-ledger.events/1';

/**
 * The line of an event in an events file: the envelope as the store returned it, its event's type
 * and data side by side, in the form the store keeps and the hash covers (an event read in a later
 * version is written as stored).
 */
export const eventLineOf = (envelope: EventEnvelope<{ readonly type: string; readonly data: unknown }>) => ({
  eventId: envelope.eventId,
  stream: envelope.stream,
  streamRevision: envelope.streamRevision,
  globalPosition: envelope.globalPosition,
  recordedAt: envelope.recordedAt,
  domainDate: envelope.domainDate,
  type: (envelope.storedEvent ?? envelope.event).type,
  data: (envelope.storedEvent ?? envelope.event).data,
  metadata: envelope.metadata,
  previousStreamHash: envelope.previousStreamHash,
  previousGlobalHash: envelope.previousGlobalHash,
  hash: envelope.hash,
});

/** The first line of an events file, with its line end: the format, the campaign (null: the whole log) and how many event lines follow. */
export const eventsFileHeaderLine = (campaign: string | null, eventCount: number): string =>
  `${JSON.stringify({ format: EVENTS_FILE_FORMAT, campaign, eventCount })}\n`;

/** The line of one event in an events file, with its line end: a writer that reads the log a page at a time writes these as it goes. */
export const eventsFileLine = (envelope: EventEnvelope<{ readonly type: string; readonly data: unknown }>): string => `${JSON.stringify(eventLineOf(envelope))}\n`;

/**
 * An events file (docs/interchange.md) for envelopes read in global order: the header line, then
 * one line per event, each ending with a line end. `campaign` names the campaign whose stream the
 * envelopes are, or is null for the whole log. The HTML report embeds it for its page to verify;
 * `campaign-ledger export` writes the same lines a page at a time (eventsFileHeaderLine,
 * eventsFileLine).
 */
export const eventsFileOf = (campaign: string | null, envelopes: ReadonlyArray<EventEnvelope<{ readonly type: string; readonly data: unknown }>>): string =>
  eventsFileHeaderLine(campaign, envelopes.length) + envelopes.map(eventsFileLine).join('');
