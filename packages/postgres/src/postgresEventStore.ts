import type {
  AppendResult,
  EventEnvelope,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoreError,
} from '@campaign-ledger/core';
import type { StoredEventShape } from '@campaign-ledger/core/adapter';
import {
  checkExpectedRevision,
  checkOptionalInteger,
  checkReadDirection,
  checkStreamName,
  envelopesFromStoredRecords,
  makeCatchUpSubscription,
  prepareAppend,
  satisfiesExpectedRevision,
  storableStreamName,
  checkBatchParts,
  prepareBatchAppend,
  type CatchUpSubscription,
  type CheckedBatchPart,
} from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type * as t from 'io-ts';
import type { Pool } from 'pg';
import { appendBatchTransaction } from './appendBatchTransaction';
import { appendTransaction } from './appendTransaction';
import { makeAppendWatcher } from './appendWatcher';
import { recordOf, type EventRow } from './eventRow';
import { classifyPgError, pgStoreError } from './pgFailure';
import { selectStreamRevision } from './sql/appendStatements';
import { readAllBackwards, readAllForwards, readStreamBackwards, readStreamForwards } from './sql/readStatements';
import { inTransaction, withClient } from './transactions';

/** Options of the PostgreSQL store. */
export interface PostgresEventStoreOptions<E extends StoredEventShape> {
  /** Decodes every appended event, and every event read back (CorruptEvent for one that no longer decodes). */
  readonly codec: t.Decoder<unknown, E>;
  /** Where recordedAt comes from; defaults to the system clock. */
  readonly clock?: () => Date;
  /** Whether subscriptions LISTEN for appends from other processes (default true; turn off behind a transaction-pooling proxy). */
  readonly listen?: boolean;
  /** How often subscriptions look for new events without being woken, in milliseconds (default 1000). */
  readonly pollIntervalMs?: number;
  /** How many times an append runs again after a transient conflict (a deadlock, a racing duplicate id) before StoreUnavailable (default 3). */
  readonly maxAppendRetries?: number;
}

// How many events a subscription reads per page.
const PAGE_SIZE = 256;

/**
 * An EventStore on PostgreSQL, over a pg Pool that the caller owns (close() leaves it open). Run
 * migratePostgres(pool) first. Appends are transactions that lock only their stream's row while
 * they check ids and the expected revision, then lock the log head row for the final insert and
 * commit, so positions are gapless, become visible in order, and every event is sealed into both
 * hash chains. The table itself refuses UPDATE, DELETE and TRUNCATE. Subscriptions are woken by
 * this store's own appends at once, by other processes' appends through LISTEN/NOTIFY, and by a
 * poll as a fallback. Driver errors come back as StoreError values (see classifyPgError); a
 * connection that drops in the middle of an operation is one of them, never a crash: every client
 * the store checks out listens for 'error' while it is out, and the store gives a pool without an
 * 'error' listener one, since an idle client that fails would otherwise kill the process.
 * Appends are checked and sealed with the adapter's functions (@campaign-ledger/core/adapter), as
 * in every store: the same limits, the same storable text, recordedAt never below the log's last.
 *
 * @example
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
 * pool.on('error', (error) => console.error('idle PostgreSQL client failed', error));
 * await migratePostgres(pool)();
 * const store = makePostgresEventStore(pool, { codec: CampaignEvent });
 * await store.append('campaign-muong-te', [{ id: randomUUID(), event, domainDate: '2006-11-26' }], { expectedRevision: 'no-stream' })();
 */
export const makePostgresEventStore = <E extends StoredEventShape>(pool: Pool, options: PostgresEventStoreOptions<E>): EventStore<E> & { readonly appendBatch: NonNullable<EventStore<E>['appendBatch']> } => {
  const { codec, clock = () => new Date(), listen = true, pollIntervalMs = 1000, maxAppendRetries = 3 } = options;
  if (!Number.isFinite(pollIntervalMs) || pollIntervalMs <= 0) throw new RangeError(`makePostgresEventStore: pollIntervalMs must be a positive number, got ${String(pollIntervalMs)}`);
  if (!Number.isSafeInteger(maxAppendRetries) || maxAppendRetries < 0) {
    throw new RangeError(`makePostgresEventStore: maxAppendRetries must be an integer >= 0, got ${String(maxAppendRetries)}`);
  }
  // An idle client that fails (a server restart) is reported on the pool; with no listener at all
  // that would kill the process. The pool drops the client by itself, so there is nothing more to do.
  if (pool.listenerCount('error') === 0) pool.on('error', () => undefined);
  const subscriptions = new Set<CatchUpSubscription>();
  const wakeAll = (): void => {
    for (const subscription of subscriptions) subscription.wake();
  };
  const watcher = makeAppendWatcher(pool, { listen, pollIntervalMs, onAppended: wakeAll });
  let closed = false;
  const unavailable: StoreError = { _tag: 'StoreUnavailable', message: 'the PostgreSQL store is closed' };

  const revisionOf = async (stream: string): Promise<number> => {
    const head = await pool.query<{ readonly revision: string }>(selectStreamRevision, [stream]);
    const last = head.rows[0];
    return last === undefined ? -1 : Number(last.revision);
  };

  const appendNow = async (given: string, events: ReadonlyArray<NewEvent<E>>, expected: ExpectedRevision): Promise<E.Either<StoreError, AppendResult<E>>> => {
    if (closed) return E.left(unavailable);
    const name = storableStreamName(given);
    if (E.isLeft(name)) return name;
    const stream = name.right;
    const doing = `append to ${JSON.stringify(stream)}`;
    if (events.length === 0) {
      try {
        const actual = await revisionOf(stream);
        return satisfiesExpectedRevision(expected, actual)
          ? E.right({ nextExpectedRevision: actual, positions: [], envelopes: [] })
          : E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual });
      } catch (error) {
        return E.left(pgStoreError(error, doing));
      }
    }
    const prepared = prepareAppend(events, { codec });
    if (E.isLeft(prepared)) return prepared;
    // The first run does not look the ids up; one already stored fails the insert, and the append
    // runs again looking them up first: that second run is not a retry, and counts for none.
    let lookUpIdsFirst = false;
    for (let attempt = 0; ; attempt++) {
      try {
        const request = { stream, events: prepared.right, expected, clock, codec, lookUpIdsFirst };
        const result = await withClient(pool, (client) => inTransaction(client, (tx) => appendTransaction(tx, request)));
        if (E.isRight(result)) wakeAll();
        return result;
      } catch (error) {
        if (error instanceof RangeError) throw error;
        const failure = classifyPgError(error, doing);
        if (failure._tag === 'Unavailable') return E.left(failure.error);
        if (failure._tag === 'IdTaken' && !lookUpIdsFirst) {
          lookUpIdsFirst = true;
          attempt -= 1;
          continue;
        }
        if (failure._tag === 'RevisionTaken') {
          // Only a writer that bypasses the stream's row lock can take a revision from under us; report where the stream now is.
          try {
            return E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual: await revisionOf(stream) });
          } catch (readError) {
            return E.left(pgStoreError(readError, doing));
          }
        }
        if (attempt >= maxAppendRetries) {
          return E.left({ _tag: 'StoreUnavailable', message: `PostgreSQL: ${doing} failed after ${attempt + 1} attempts: ${failure.reason}`, cause: error });
        }
      }
    }
  };

  const appendBatchNow = async (parts: ReadonlyArray<CheckedBatchPart<E>>): Promise<E.Either<StoreError, ReadonlyArray<AppendResult<E>>>> => {
    if (closed) return E.left(unavailable);
    const prepared = prepareBatchAppend(parts, { codec });
    if (E.isLeft(prepared)) return prepared;
    const doing = `append a batch to ${new Set(parts.map((p) => p.stream)).size} streams`;
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await withClient(pool, (client) => inTransaction(client, (tx) => appendBatchTransaction(tx, { parts: prepared.right, clock, codec })));
        if (E.isRight(result)) wakeAll();
        return result;
      } catch (error) {
        if (error instanceof RangeError) throw error;
        const failure = classifyPgError(error, doing);
        if (failure._tag === 'Unavailable') return E.left(failure.error);
        // A revision taken by a writer that bypassed the row locks: the batch is judged again on what it committed.
        if (attempt >= maxAppendRetries) {
          return E.left({ _tag: 'StoreUnavailable', message: `PostgreSQL: ${doing} failed after ${attempt + 1} attempts: ${failure._tag === 'RevisionTaken' ? 'a revision was taken meanwhile' : failure.reason}`, cause: error });
        }
      }
    }
  };

  // A read of a stream names it as the store keeps it (storableStreamName), ahead of params.
  const read = (
    doing: string,
    sql: string,
    params: ReadonlyArray<unknown>,
    upToCorrupt = false,
    stream?: string,
  ): TE.TaskEither<StoreError, ReadonlyArray<EventEnvelope<E>>> =>
    async () => {
      if (closed) return E.left(unavailable);
      const name = stream === undefined ? undefined : storableStreamName(stream);
      if (name !== undefined && E.isLeft(name)) return name;
      try {
        const result = await pool.query<EventRow>(sql, name === undefined ? [...params] : [name.right, ...params]);
        return envelopesFromStoredRecords(result.rows.map(recordOf), codec, upToCorrupt);
      } catch (error) {
        return E.left(pgStoreError(error, doing));
      }
    };

  return {
    append: (stream, events, appendOptions = {}) => {
      checkStreamName('append', stream);
      if (!Array.isArray(events)) throw new RangeError('append: events must be an array');
      const expected = checkExpectedRevision(appendOptions.expectedRevision);
      return () => appendNow(stream, events, expected);
    },

    appendBatch: (parts) => {
      const checked = checkBatchParts<E>(parts);
      return () => appendBatchNow(checked);
    },

    readStream: (stream, readOptions: ReadStreamOptions = {}) => {
      checkStreamName('readStream', stream);
      const direction = checkReadDirection('readStream', readOptions.direction);
      const fromRevision = checkOptionalInteger('readStream', 'fromRevision', readOptions.fromRevision, 0);
      const limit = checkOptionalInteger('readStream', 'limit', readOptions.limit, 0) ?? null;
      return direction === 'forwards'
        ? read(`readStream(${JSON.stringify(stream)})`, readStreamForwards, [fromRevision ?? 0, limit], false, stream)
        : read(`readStream(${JSON.stringify(stream)})`, readStreamBackwards, [fromRevision ?? Number.MAX_SAFE_INTEGER, limit], false, stream);
    },

    readAll: (readOptions: ReadAllOptions = {}) => {
      const direction = checkReadDirection('readAll', readOptions.direction);
      const fromPosition = checkOptionalInteger('readAll', 'fromPosition', readOptions.fromPosition, 0);
      const limit = checkOptionalInteger('readAll', 'limit', readOptions.limit, 0) ?? null;
      return direction === 'forwards'
        ? read('readAll', readAllForwards, [fromPosition ?? 1, limit])
        : read('readAll', readAllBackwards, [fromPosition ?? Number.MAX_SAFE_INTEGER, limit]);
    },

    subscribe: (subscribeOptions) => {
      checkOptionalInteger('subscribe', 'afterPosition', subscribeOptions.afterPosition, 0);
      if (typeof subscribeOptions.onEvent !== 'function') throw new RangeError('subscribe: onEvent must be a function');
      const subscription: CatchUpSubscription = makeCatchUpSubscription(subscribeOptions, {
        readAfter: (position) => read('a subscription read', readAllForwards, [position + 1, PAGE_SIZE], true),
        onStopped: () => {
          subscriptions.delete(subscription);
          if (subscriptions.size === 0) void watcher.stop();
        },
      });
      // On a closed store the first read reports StoreUnavailable through onError, and nothing is watched.
      if (closed) return subscription;
      subscriptions.add(subscription);
      watcher.start();
      return subscription;
    },

    close: async () => {
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      await watcher.stop();
    },
  };
};
