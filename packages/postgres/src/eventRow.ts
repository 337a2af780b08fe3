import { invalidInput, type EventEnvelope, type EventMetadata, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';

/** A row of campaign_ledger.events as the read statements select it. */
export interface EventRow {
  readonly global_position: string | number;
  readonly event_id: string;
  readonly stream: string;
  readonly stream_revision: string | number;
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

const parsed = (text: string): E.Either<string, unknown> => {
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (error) {
    return E.left(error instanceof Error ? error.message : String(error));
  }
};

/**
 * The envelope a row holds, or CorruptEvent when its data is not JSON, its event no longer decodes
 * with the codec, or its metadata is not a record of strings. bigint columns arrive as strings
 * (the driver's default) or numbers (a pool configured so): both are read as numbers, which hold
 * positions up to 2^53 exactly.
 */
export const rowToEnvelope = <E extends StoredEventShape>(row: EventRow, codec: t.Decoder<unknown, E>): E.Either<StoreError, EventEnvelope<E>> => {
  const globalPosition = Number(row.global_position);
  const corrupt = (reason: ReturnType<typeof invalidInput> | string): E.Either<StoreError, never> =>
    E.left({ _tag: 'CorruptEvent', stream: row.stream, globalPosition, reason });
  const data = parsed(row.data);
  if (E.isLeft(data)) return corrupt(`the stored data at position ${globalPosition} is not JSON: ${data.left}`);
  const decoded = codec.decode({ type: row.event_type, data: data.right });
  if (E.isLeft(decoded)) return corrupt(invalidInput(`the stored event at position ${globalPosition}`, decoded.left));
  const metadata = parsed(row.metadata);
  if (E.isLeft(metadata) || !isStringRecord(metadata.right)) {
    return corrupt(`the stored metadata at position ${globalPosition} is not a JSON record of strings`);
  }
  return E.right({
    eventId: row.event_id,
    stream: row.stream,
    streamRevision: Number(row.stream_revision),
    globalPosition,
    recordedAt: row.recorded_at,
    domainDate: row.domain_date,
    event: decoded.right,
    metadata: metadata.right,
    hash: row.hash,
    previousStreamHash: row.previous_stream_hash,
    previousGlobalHash: row.previous_global_hash,
  });
};

/**
 * The envelopes of rows in order. A read fails with the first corrupt row's CorruptEvent; with
 * `upToCorrupt` (a subscription's page) the rows before it are returned instead, and the error
 * only when the corrupt row comes first, so what came before is delivered.
 */
export const rowsToEnvelopes = <E extends StoredEventShape>(
  rows: ReadonlyArray<EventRow>,
  codec: t.Decoder<unknown, E>,
  upToCorrupt = false,
): E.Either<StoreError, ReadonlyArray<EventEnvelope<E>>> => {
  const envelopes: EventEnvelope<E>[] = [];
  for (const row of rows) {
    const envelope = rowToEnvelope(row, codec);
    if (E.isLeft(envelope)) return upToCorrupt && envelopes.length > 0 ? E.right(envelopes) : envelope;
    envelopes.push(envelope.right);
  }
  return E.right(envelopes);
};
