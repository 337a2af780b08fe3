import { CampaignEvent } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { interchangeRecord } from './interchangeRecord';
import { DomainDate, EventId, Metadata, Position, RecordedAt, Revision, Sha256Hex, StreamName, decodedWithTheEvent } from './interchangeScalars';

/**
 * The fields of an event line, in the order export writes them: the envelope as the store returned
 * it, with the event's type and data side by side. Without `hash`, they are exactly what the hash
 * covers (see canonicalContent in the core), so a line can be checked on its own.
 */
const EventLineFields = interchangeRecord('an event line', {
  eventId: EventId,
  stream: StreamName,
  streamRevision: Revision,
  globalPosition: Position,
  recordedAt: RecordedAt,
  domainDate: DomainDate,
  type: decodedWithTheEvent('an event type of the catalog (docs/events.md)'),
  data: decodedWithTheEvent("the event's data, as the catalog gives it for its type"),
  metadata: Metadata,
  previousStreamHash: Sha256Hex,
  previousGlobalHash: Sha256Hex,
  hash: Sha256Hex,
});

/** An event line as the file writes it. */
export type EventLineFields = t.TypeOf<typeof EventLineFields>;

/** An event line, read: its fields as written (the hash is recomputed over them), and its event as the campaign event codec decodes it. */
export interface EventLine extends EventLineFields {
  readonly event: CampaignEvent;
}

/**
 * One event line of an events file. The record is closed: an unknown field is an error naming the
 * nearest known ones; `type` and `data` are decoded together by the campaign event codec, whose
 * errors name the known types and where the data departs from its type.
 */
export const EventLine = Object.assign(
  new t.Type<EventLine, EventLineFields, unknown>(
    'an event line',
    (u): u is EventLine => EventLineFields.is(u) && CampaignEvent.is((u as { readonly event?: unknown }).event),
    (u, c) => {
      const fields = EventLineFields.validate(u, c);
      const record = typeof u === 'object' && u !== null && !Array.isArray(u) ? (u as Readonly<Record<string, unknown>>) : undefined;
      // The event is decoded even when other fields fail, so that one reading reports every problem of the line.
      const event = record === undefined ? undefined : CampaignEvent.validate({ type: record['type'], data: record['data'] }, c);
      const errors = [...(E.isLeft(fields) ? fields.left : []), ...(event !== undefined && E.isLeft(event) ? event.left : [])];
      if (errors.length > 0 || E.isLeft(fields) || event === undefined || E.isLeft(event)) return t.failures(errors);
      return t.success({ ...fields.right, event: event.right });
    },
    ({ event: _event, ...fields }) => fields,
  ),
  { fields: EventLineFields.fields },
);
