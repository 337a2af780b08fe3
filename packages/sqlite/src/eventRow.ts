import { invalidInput, type EventEnvelope, type EventMetadata, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { parseJsonText } from './jsonText';

/** A row of the events table as the reads select it (see sql/eventColumns). */
export interface EventRow {
  readonly global_position: number;
  readonly event_id: string;
  readonly stream: string;
  readonly stream_revision: number;
  readonly event_type: string;
  readonly data: string;
  readonly metadata: string;
  readonly domain_date: string | null;
  readonly recorded_at: string;
  readonly hash: string;
  readonly previous_stream_hash: string;
  readonly previous_global_hash: string;
}

const isStringRecord = (u: unknown): u is EventMetadata =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every((v) => typeof v === 'string');

/**
 * The envelope a stored row holds, decoded with the store's codec, or CorruptEvent when the row's
 * data or metadata no longer parses, or its event no longer decodes: stored data is never passed
 * on unchecked.
 */
export const envelopeOf = <E extends StoredEventShape>(row: EventRow, codec: t.Decoder<unknown, E> | undefined): E.Either<StoreError, EventEnvelope<E>> => {
  const where = `the stored event at position ${row.global_position}`;
  const corrupt = (reason: ReturnType<typeof invalidInput> | string) =>
    E.left<StoreError>({ _tag: 'CorruptEvent', stream: row.stream, globalPosition: row.global_position, reason });
  const data = parseJsonText(row.data);
  if (E.isLeft(data)) return corrupt(`${where}: its data is not JSON (${data.left})`);
  const metadata = parseJsonText(row.metadata);
  if (E.isLeft(metadata) || !isStringRecord(metadata.right)) return corrupt(`${where}: its metadata is not a JSON record of strings`);
  let event: unknown = { type: row.event_type, data: data.right };
  if (codec !== undefined) {
    const decoded = codec.decode(event);
    if (E.isLeft(decoded)) return corrupt(invalidInput(where, decoded.left));
    event = decoded.right;
  }
  return E.right({
    eventId: row.event_id,
    stream: row.stream,
    streamRevision: row.stream_revision,
    globalPosition: row.global_position,
    recordedAt: row.recorded_at,
    domainDate: row.domain_date,
    event: event as E,
    metadata: metadata.right,
    hash: row.hash,
    previousStreamHash: row.previous_stream_hash,
    previousGlobalHash: row.previous_global_hash,
  });
};

/** Envelopes of rows in order, failing with the first corrupt one; `index` says where it was in the rows. */
export const envelopesOf = <E extends StoredEventShape>(
  rows: ReadonlyArray<EventRow>,
  codec: t.Decoder<unknown, E> | undefined,
): { readonly envelopes: ReadonlyArray<EventEnvelope<E>>; readonly corrupt?: { readonly index: number; readonly error: StoreError } } => {
  const envelopes: EventEnvelope<E>[] = [];
  for (const [index, row] of rows.entries()) {
    const envelope = envelopeOf(row, codec);
    if (E.isLeft(envelope)) return { envelopes, corrupt: { index, error: envelope.left } };
    envelopes.push(envelope.right);
  }
  return { envelopes };
};
