import type { AppendResult, StoreError } from '@campaign-ledger/core';
import type { StoredEventShape } from '@campaign-ledger/core/adapter';
import { sealBatchAppend, type PreparedBatchPart, type StreamHead } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { PoolClient } from 'pg';
import { recordOf, type EventRow } from './eventRow';
import { headMismatch } from './headMismatch';
import { insertEvents, lockLogHead, lockStreams, selectStoredEvents, type InsertedRow } from './sql/appendStatements';
import { withValues } from './sql/preparedStatement';

/** What a batch append asks of its transaction. */
export interface AppendBatchRequest<E extends StoredEventShape> {
  readonly parts: ReadonlyArray<PreparedBatchPart<E>>;
  readonly clock: () => Date;
  readonly codec: t.Decoder<unknown, E> | undefined;
}

/**
 * The body of a batch append's transaction (READ COMMITTED, begun and ended by the caller), four
 * round trips whatever the number of streams and events: lock every stream of the batch (in name
 * order) and read their heads; look every id up; lock the log head; seal the batch
 * (sealBatchAppend) and insert it in one statement, whose trigger moves every head. A refused part returns
 * Left, and the caller rolls back, which also drops the stream rows the lock created.
 */
export const appendBatchTransaction = async <E extends StoredEventShape>(
  client: PoolClient,
  request: AppendBatchRequest<E>,
): Promise<E.Either<StoreError, ReadonlyArray<AppendResult<E>>>> => {
  const { parts } = request;
  const names = [...new Set(parts.map((p) => p.stream))].sort();
  const locked = await client.query<{ readonly stream: string; readonly revision: string; readonly hash: string }>(withValues(lockStreams, [names]));
  const streams = new Map<string, StreamHead>(locked.rows.map((r) => [r.stream, { revision: Number(r.revision), hash: r.hash }]));
  const ids = parts.flatMap((p) => p.events.map((e) => e.id));
  const stored = ids.length === 0 ? [] : (await client.query<EventRow>(withValues(selectStoredEvents, [ids]))).rows.map(recordOf);
  // The log head is locked only when something may be appended, and last, as append locks it.
  const appends = parts.some((p) => p.events.length > 0);
  const logHead = appends
    ? (await client.query<{ readonly position: string; readonly hash: string; readonly recorded_at: string | null }>(withValues(lockLogHead))).rows[0]
    : undefined;
  if (appends && logHead === undefined) throw new Error('the log head row is missing: the schema is not the one migratePostgres creates');
  const batch = sealBatchAppend(
    parts,
    { streams, log: { position: Number(logHead?.position ?? 0), hash: logHead?.hash ?? '', recordedAt: logHead?.recorded_at ?? null }, stored },
    request.clock,
    request.codec,
  );
  if (E.isLeft(batch)) return batch;
  const { sealed, results } = batch.right;
  if (sealed.length === 0) return E.right(results);
  const envelopes = sealed.map((s) => s.envelope);
  const inserted = await client.query<InsertedRow>(withValues(insertEvents, [
    envelopes.map((s) => s.globalPosition),
    envelopes.map((s) => s.eventId),
    envelopes.map((s) => s.stream),
    envelopes.map((s) => s.streamRevision),
    envelopes.map((s) => s.event.type),
    sealed.map((s) => s.dataJson),
    sealed.map((s) => s.metadataJson),
    envelopes.map((s) => s.domainDate),
    envelopes.map((s) => s.recordedAt),
    envelopes.map((s) => s.hash),
    envelopes.map((s) => s.previousStreamHash),
    envelopes.map((s) => s.previousGlobalHash),
  ]));
  if (inserted.rows[0]?.heads_agree !== true) return E.left(await headMismatch(client, names));
  return E.right(results);
};
