import { envelopeFromStoredRecord, type EventEnvelope, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
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

/**
 * The envelope a row holds (see envelopeFromStoredRecord), or CorruptEvent. bigint columns arrive
 * as strings (the driver's default) or numbers (a pool configured so): both are read as numbers,
 * which hold positions up to 2^53 exactly.
 */
export const rowToEnvelope = <E extends StoredEventShape>(row: EventRow, codec: t.Decoder<unknown, E>): E.Either<StoreError, EventEnvelope<E>> =>
  envelopeFromStoredRecord(
    {
      eventId: row.event_id,
      stream: row.stream,
      streamRevision: Number(row.stream_revision),
      globalPosition: Number(row.global_position),
      recordedAt: row.recorded_at,
      domainDate: row.domain_date,
      type: row.event_type,
      dataText: row.data,
      metadataText: row.metadata,
      hash: row.hash,
      previousStreamHash: row.previous_stream_hash,
      previousGlobalHash: row.previous_global_hash,
    },
    codec,
  );

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
