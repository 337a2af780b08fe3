import type { AppendResult, ExpectedRevision, StoreError } from '@campaign-ledger/core';
import type { StoredEventShape } from '@campaign-ledger/core/adapter';
import { satisfiesExpectedRevision, sealAppend, storedAppendOutcome, type PreparedAppendEvent } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { PoolClient } from 'pg';
import { recordOf, type EventRow } from './eventRow';
import { headMismatch } from './headMismatch';
import { insertEvents, lockLogHead, lockStream, selectStoredEvents, type InsertedRow } from './sql/appendStatements';
import { withValues } from './sql/preparedStatement';

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
  /** Decodes the stored events an append meets, as reads do. */
  readonly codec: t.Decoder<unknown, E> | undefined;
  /**
   * Whether the batch's ids are looked up before the insert. Without it (the first attempt), they
   * are looked up only when the expected revision fails; an id already stored then fails the
   * insert on its unique key, and the store runs the append again with it.
   */
  readonly lookUpIdsFirst: boolean;
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
 * 2. look the batch's ids up (when asked to, or when step 3 fails): a retry is answered with the
 *    original result, a reused id refused, a stored row that no longer parses reported as
 *    CorruptEvent (storedAppendOutcome);
 * 3. check the expected revision against the stream's head;
 * 4. lock the log head row, the one lock all appends share, seal the batch with sealAppend on the
 *    two heads (recordedAt never below the head's) and insert it, the trigger events_move_heads
 *    moving both heads, unless the head rows disagree with the log's events (then nothing is written, and the error says which
 *    row is wrong); the caller commits, which releases both locks.
 * Steps 1 to 3 are per stream; only step 4 and the commit are serial, two round trips and a
 * commit. A statement run after a lock was granted reads a new snapshot, so it sees everything
 * the lock's previous holder committed. An append whose ids are new (nearly all) is BEGIN, three
 * prepared statements and COMMIT: the ids are not looked up, since the insert's unique key on
 * event_id catches one already stored and the store then runs the append again, looking first.
 */
export const appendTransaction = async <E extends StoredEventShape>(
  client: PoolClient,
  request: AppendRequest<E>,
): Promise<E.Either<StoreError, AppendResult<E>>> => {
  const { stream, events, expected } = request;
  const streamHead = headOf((await client.query<HeadRow & { readonly revision: string }>(withValues(lockStream, [stream]))).rows, 'stream');
  const storedOutcome = async (): Promise<E.Either<StoreError, AppendResult<E>> | null> => {
    const stored = await client.query<EventRow>(withValues(selectStoredEvents, [events.map((e) => e.id)]));
    return storedAppendOutcome(stream, events, stored.rows.map(recordOf), request.codec);
  };
  const lookedUp = request.lookUpIdsFirst ? await storedOutcome() : null;
  if (lookedUp !== null) return lookedUp;
  const actual = Number(streamHead.revision);
  if (!satisfiesExpectedRevision(expected, actual)) {
    // A retry of an append that landed meets its own events at the revision it expected: answered as before.
    const retried = request.lookUpIdsFirst ? null : await storedOutcome();
    return retried ?? E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual });
  }

  const logHead = headOf((await client.query<HeadRow & { readonly position: string; readonly recorded_at: string | null }>(withValues(lockLogHead))).rows, 'log head');
  const sealed = sealAppend(
    stream,
    { streamRevision: actual, streamHash: streamHead.hash, globalPosition: Number(logHead.position), globalHash: logHead.hash, recordedAt: logHead.recorded_at },
    request.clock,
    events,
  );
  const envelopes = sealed.map((s) => s.envelope);
  const last = envelopes[envelopes.length - 1];
  if (last === undefined) throw new RangeError('appendTransaction: an append needs at least one event');
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
  if (inserted.rows[0]?.heads_agree !== true) return E.left(await headMismatch(client, [stream]));
  return E.right({ nextExpectedRevision: last.streamRevision, positions: envelopes.map((s) => s.globalPosition), envelopes });
};
