import {
  satisfiesExpectedRevision,
  sealBatch,
  type AppendResult,
  type ExpectedRevision,
  type StoreError,
  type PreparedAppendEvent,
  type StoredEventShape,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { PoolClient } from 'pg';
import { insertEvents, lockLogHead, lockStream, selectStoredEvents } from './sql/appendStatements';
import { storedOutcome, type StoredEventRow } from './storedOutcome';

interface HeadRow {
  readonly hash: string;
}

/** What one append asks of its transaction. */
export interface AppendRequest<E extends StoredEventShape> {
  readonly stream: string;
  readonly events: ReadonlyArray<PreparedAppendEvent<E>>;
  readonly expected: ExpectedRevision;
  /** Read once, under the log head lock, so recordedAt never decreases along the log. */
  readonly clock: () => Date;
}

const headOf = <R>(rows: ReadonlyArray<R>, what: string): R => {
  const row = rows[0];
  // The migration creates the log head row and appends only ever create stream rows: a missing one is a broken schema.
  if (row === undefined) throw new Error(`the ${what} row is missing: the schema is not the one migratePostgres creates`);
  return row;
};

/**
 * The body of an append's transaction (READ COMMITTED, begun and ended by the caller). In order:
 * 1. lock the stream's row and read its head: appends to other streams go on meanwhile;
 * 2. look the batch's ids up: a retry is answered with the original result, a reused id refused;
 * 3. check the expected revision against the stream's head;
 * 4. lock the log head row, the one lock all appends share, seal the batch with sealBatch on the
 *    two heads, insert it and move both heads; the caller commits, which releases both locks.
 * Steps 1 to 3 are per stream; only step 4 and the commit are serial, two round trips and a
 * commit. A statement run after a lock was granted reads a new snapshot, so it sees everything
 * the lock's previous holder committed.
 */
export const appendTransaction = async <E extends StoredEventShape>(
  client: PoolClient,
  request: AppendRequest<E>,
): Promise<E.Either<StoreError, AppendResult>> => {
  const { stream, events, expected } = request;
  const streamHead = headOf((await client.query<HeadRow & { readonly revision: string }>(lockStream, [stream])).rows, 'stream');
  const stored = await client.query<StoredEventRow>(selectStoredEvents, [events.map((e) => e.id)]);
  if (stored.rows.length > 0) return storedOutcome(stream, events, stored.rows);
  const actual = Number(streamHead.revision);
  if (!satisfiesExpectedRevision(expected, actual)) return E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual });

  const logHead = headOf((await client.query<HeadRow & { readonly position: string }>(lockLogHead)).rows, 'log head');
  const firstPosition = Number(logHead.position) + 1;
  const recordedAt = request.clock().toISOString();
  const sealed = sealBatch(
    { previousGlobalHash: logHead.hash, previousStreamHash: streamHead.hash },
    events.map((e, i) => ({
      eventId: e.id,
      stream,
      streamRevision: actual + 1 + i,
      globalPosition: firstPosition + i,
      recordedAt,
      domainDate: e.domainDate,
      event: e.event,
      metadata: e.metadata,
    })),
  );
  const last = sealed[sealed.length - 1];
  if (last === undefined) throw new RangeError('appendTransaction: an append needs at least one event');
  await client.query(insertEvents, [
    sealed.map((s) => s.globalPosition),
    sealed.map((s) => s.eventId),
    sealed.map((s) => s.stream),
    sealed.map((s) => s.streamRevision),
    sealed.map((s) => s.event.type),
    events.map((e) => JSON.stringify(e.event.data)),
    events.map((e) => JSON.stringify(e.metadata)),
    sealed.map((s) => s.domainDate),
    sealed.map((s) => s.recordedAt),
    sealed.map((s) => s.hash),
    sealed.map((s) => s.previousStreamHash),
    sealed.map((s) => s.previousGlobalHash),
    last.streamRevision,
    last.hash,
    last.globalPosition,
    last.hash,
  ]);
  return E.right({ nextExpectedRevision: last.streamRevision, positions: sealed.map((s) => s.globalPosition) });
};
