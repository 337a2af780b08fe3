import type { AppendResult, EventEnvelope, EventStore, ExpectedRevision, NewEvent, StoreError } from '@campaign-ledger/core';
import type { StoredEventShape } from '@campaign-ledger/core/adapter';
import {
  GENESIS_HASH,
  checkExpectedRevision,
  checkOptionalInteger,
  checkReadDirection,
  checkStreamName,
  envelopesFromStoredRecords,
  makeCatchUpSubscription,
  prepareAppend,
  satisfiesExpectedRevision,
  sealAppend,
  storableStreamName,
  storedAppendOutcome,
  type CatchUpSubscription,
  type PreparedAppendEvent,
  type PreparedBatchPart,
  type SealedAppendEvent,
  type StreamHead as BatchStreamHead,
  checkBatchParts,
  prepareBatchAppend,
  sealBatchAppend,
} from '@campaign-ledger/core/adapter';
import type Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type * as t from 'io-ts';
import { recordsOf } from './eventRow';
import { migrateSqliteSchema } from './migrateSqliteSchema';
import { insertEvent } from './sql/insertEvent';
import { selectLogBackwards } from './sql/selectLogBackwards';
import { selectLogForwards } from './sql/selectLogForwards';
import { selectLogHead } from './sql/selectLogHead';
import { selectStoredByIds } from './sql/selectStoredByIds';
import { selectStreamBackwards } from './sql/selectStreamBackwards';
import { selectStreamForwards } from './sql/selectStreamForwards';
import { selectStreamHead } from './sql/selectStreamHead';
import { eventsConflictOf, isDriverFailure, storeUnavailable } from './sqliteFailure';

/** Options of the SQLite store. */
export interface SqliteEventStoreOptions<E extends StoredEventShape> {
  /** Decodes every appended event and every event read; without it events are only checked to be JSON. */
  readonly codec?: t.Decoder<unknown, E>;
  /** Where recordedAt comes from; defaults to the system clock. */
  readonly clock?: () => Date;
  /**
   * How often, in milliseconds, running subscriptions check whether another connection (another
   * process, another store on the same file) has committed; defaults to DEFAULT_POLL_INTERVAL_MS.
   * Appends made through this store wake its subscriptions at once.
   */
  readonly pollIntervalMs?: number;
}

/** How often subscriptions look for other connections' commits unless told otherwise, in milliseconds. */
export const DEFAULT_POLL_INTERVAL_MS = 100;

// How many events a subscription reads per page.
const PAGE_SIZE = 256;
// SQLite reads LIMIT -1 as no limit.
const NO_LIMIT = -1;
// An append that runs into a writer ignoring the append lock starts again this many times at most.
const MAX_APPEND_ATTEMPTS = 3;

interface StreamHead {
  readonly stream_revision: number;
  readonly hash: string;
}

interface LogHead {
  readonly global_position: number;
  readonly hash: string;
  readonly recorded_at: string;
}

interface Statements {
  readonly storedByIds: Database.Statement;
  readonly streamHead: Database.Statement;
  readonly logHead: Database.Statement;
  readonly insert: Database.Statement;
  readonly streamForwards: Database.Statement;
  readonly streamBackwards: Database.Statement;
  readonly logForwards: Database.Statement;
  readonly logBackwards: Database.Statement;
  /** Runs an append's body inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK when it throws). */
  readonly appendTransaction: <A>(body: () => A) => A;
}

interface BatchOutcome<Ev extends StoredEventShape> {
  readonly result: E.Either<StoreError, ReadonlyArray<AppendResult<Ev>>>;
  readonly inserted: boolean;
}

interface AppendOutcome<Ev extends StoredEventShape> {
  readonly result: E.Either<StoreError, AppendResult<Ev>>;
  /** Whether rows were inserted (not a refusal, not an idempotent retry): subscriptions are woken then. */
  readonly inserted: boolean;
}

/**
 * An EventStore in a SQLite database, over a better-sqlite3 handle the caller opened (see
 * openSqliteEventStore to open a file with the right pragmas). The schema is created or migrated
 * on first use. One append at a time assigns positions: each runs in a BEGIN IMMEDIATE
 * transaction, which takes the file's write lock before it reads the heads of the log and of the
 * stream, so positions are gapless (computed as the last position + 1, never AUTOINCREMENT), a
 * refused append consumes nothing, and rows become visible in position order even with several
 * processes writing to one file. Every event is checked and sealed in that transaction with the
 * adapter's functions (@campaign-ledger/core/adapter), as every store does: recordedAt comes from
 * the clock, but never goes below the log's last recordedAt (a clock that steps back, or several
 * processes with several clocks), so the events recorded up to a moment stay a prefix of the log.
 * Driver failures become StoreUnavailable; a unique violation from a writer that ignored the lock
 * becomes WrongExpectedRevision or the idempotency outcome, as it means. close() stops the
 * subscriptions and leaves the handle open: its owner closes it.
 *
 * @example
 * const db = new Database('ledger.sqlite');
 * const store = makeSqliteEventStore(db, { codec: CampaignEvent });
 * const appended = await store.append('campaign-muong-te', [newEvent], { expectedRevision: 'no-stream' })();
 * await store.close();
 * db.close();
 */
export const makeSqliteEventStore = <E extends StoredEventShape>(db: Database.Database, options: SqliteEventStoreOptions<E> = {}): EventStore<E> & { readonly appendBatch: NonNullable<EventStore<E>['appendBatch']> } => {
  const { codec, clock = () => new Date(), pollIntervalMs = DEFAULT_POLL_INTERVAL_MS } = options;
  if (!Number.isFinite(pollIntervalMs) || pollIntervalMs <= 0) {
    throw new RangeError(`makeSqliteEventStore: pollIntervalMs must be a positive number, got ${String(pollIntervalMs)}`);
  }
  const subscriptions = new Set<CatchUpSubscription>();
  let statements: Statements | undefined;
  let closed = false;
  let poller: ReturnType<typeof setInterval> | undefined;
  let dataVersion: unknown;

  const closedError: StoreError = { _tag: 'StoreUnavailable', message: 'the SQLite store is closed' };

  // Migrates and prepares on first use, so that a store can be made synchronously over any handle.
  const ready = (): E.Either<StoreError, Statements> => {
    if (statements !== undefined) return E.right(statements);
    const migrated = migrateSqliteSchema(db);
    if (E.isLeft(migrated)) return migrated;
    const transaction = db.transaction((body: () => unknown) => body());
    statements = {
      storedByIds: db.prepare(selectStoredByIds),
      streamHead: db.prepare(selectStreamHead),
      logHead: db.prepare(selectLogHead),
      insert: db.prepare(insertEvent),
      streamForwards: db.prepare(selectStreamForwards),
      streamBackwards: db.prepare(selectStreamBackwards),
      logForwards: db.prepare(selectLogForwards),
      logBackwards: db.prepare(selectLogBackwards),
      // The transaction runs the body and returns what it returns (an append's outcome, a batch's).
      appendTransaction: <A>(body: () => A) => transaction.immediate(body) as A,
    };
    return E.right(statements);
  };

  /** Runs a database operation: StoreUnavailable when closed or on a driver failure; a bug is thrown on. */
  const guarded = <A>(doing: string, body: (s: Statements) => E.Either<StoreError, A>): E.Either<StoreError, A> => {
    if (closed) return E.left(closedError);
    try {
      const s = ready();
      return E.isLeft(s) ? s : body(s.right);
    } catch (cause) {
      if (!isDriverFailure(cause)) throw cause;
      return E.left(storeUnavailable(doing, cause));
    }
  };

  const wakeAll = (): void => {
    for (const subscription of subscriptions) subscription.wake();
  };

  const storedOutcome = (s: Statements, stream: string, batch: ReadonlyArray<PreparedAppendEvent<E>>): E.Either<StoreError, AppendResult<E>> | null =>
    storedAppendOutcome(stream, batch, recordsOf(s.storedByIds.all({ ids: JSON.stringify(batch.map((p) => p.id)) })), codec);

  const insertSealed = (s: Statements, sealed: ReadonlyArray<SealedAppendEvent<E>>): void => {
    for (const { envelope, dataJson, metadataJson } of sealed) {
      s.insert.run({
        globalPosition: envelope.globalPosition,
        eventId: envelope.eventId,
        stream: envelope.stream,
        streamRevision: envelope.streamRevision,
        eventType: envelope.event.type,
        data: dataJson,
        metadata: metadataJson,
        domainDate: envelope.domainDate,
        recordedAt: envelope.recordedAt,
        hash: envelope.hash,
        previousStreamHash: envelope.previousStreamHash,
        previousGlobalHash: envelope.previousGlobalHash,
      });
    }
  };

  // A batch in one BEGIN IMMEDIATE transaction: the heads of its streams and of the log, and the
  // stored events among its ids, read once; every row inserted with the one prepared statement;
  // one commit. A refused part rolls nothing back, since nothing was inserted before sealing.
  const appendBatchOnce = (s: Statements, parts: ReadonlyArray<PreparedBatchPart<E>>): BatchOutcome<E> =>
    s.appendTransaction((): BatchOutcome<E> => {
      const ids = parts.flatMap((part) => part.events.map((p) => p.id));
      const streams = new Map<string, BatchStreamHead>();
      for (const { stream } of parts) {
        if (streams.has(stream)) continue;
        const head = s.streamHead.get({ stream }) as StreamHead | undefined;
        if (head !== undefined) streams.set(stream, { revision: head.stream_revision, hash: head.hash });
      }
      const logHead = s.logHead.get() as LogHead | undefined;
      const batch = sealBatchAppend(
        parts,
        {
          streams,
          log: { position: logHead?.global_position ?? 0, hash: logHead?.hash ?? GENESIS_HASH, recordedAt: logHead?.recorded_at ?? null },
          stored: ids.length === 0 ? [] : recordsOf(s.storedByIds.all({ ids: JSON.stringify(ids) })),
        },
        clock,
        codec,
      );
      if (E.isLeft(batch)) return { result: batch, inserted: false };
      insertSealed(s, batch.right.sealed);
      return { result: E.right(batch.right.results), inserted: batch.right.sealed.length > 0 };
    });

  // As append: a unique violation means a writer ignored the lock; the batch is judged again on what it committed.
  const appendBatch = (s: Statements, parts: ReadonlyArray<PreparedBatchPart<E>>): E.Either<StoreError, ReadonlyArray<AppendResult<E>>> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = appendBatchOnce(s, parts);
        if (outcome.inserted) wakeAll();
        return outcome.result;
      } catch (cause) {
        if (eventsConflictOf(cause) === undefined || attempt >= MAX_APPEND_ATTEMPTS) throw cause;
      }
    }
  };

  const appendOnce = (s: Statements, stream: string, batch: ReadonlyArray<PreparedAppendEvent<E>>, expected: ExpectedRevision): AppendOutcome<E> =>
    s.appendTransaction(() => {
      // Idempotency comes before the revision check: a retried append whose first attempt landed
      // must succeed even though the stream has moved on.
      const stored = storedOutcome(s, stream, batch);
      if (stored !== null) return { result: stored, inserted: false };
      const streamHead = s.streamHead.get({ stream }) as StreamHead | undefined;
      const actual = streamHead?.stream_revision ?? -1;
      if (!satisfiesExpectedRevision(expected, actual)) {
        return { result: E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual }), inserted: false };
      }
      const logHead = s.logHead.get() as LogHead | undefined;
      const sealed = sealAppend(
        stream,
        {
          streamRevision: actual,
          streamHash: streamHead?.hash ?? GENESIS_HASH,
          globalPosition: logHead?.global_position ?? 0,
          globalHash: logHead?.hash ?? GENESIS_HASH,
          recordedAt: logHead?.recorded_at ?? null,
        },
        clock,
        batch,
      );
      insertSealed(s, sealed);
      return {
        result: E.right({ nextExpectedRevision: actual + batch.length, positions: sealed.map((r) => r.envelope.globalPosition), envelopes: sealed.map((r) => r.envelope) }),
        inserted: true,
      };
    });

  // The unique constraints back up the lock: they fire only when a writer that does not take
  // BEGIN IMMEDIATE (another library, a hand-written script) raced this one. Each is answered as
  // what it means; a conflict that calls for another attempt gets one.
  const append = (s: Statements, stream: string, batch: ReadonlyArray<PreparedAppendEvent<E>>, expected: ExpectedRevision): E.Either<StoreError, AppendResult<E>> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = appendOnce(s, stream, batch, expected);
        if (outcome.inserted) wakeAll();
        return outcome.result;
      } catch (cause) {
        const conflict = eventsConflictOf(cause);
        if (conflict === undefined) throw cause;
        if (conflict === 'stream-revision' && expected !== 'any') {
          const head = s.streamHead.get({ stream }) as StreamHead | undefined;
          return E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual: head?.stream_revision ?? -1 });
        }
        if (conflict === 'event-id') {
          const stored = storedOutcome(s, stream, batch);
          if (stored !== null) return stored;
        }
        if (attempt >= MAX_APPEND_ATTEMPTS) throw cause;
      }
    }
  };

  const decoded = (rows: ReadonlyArray<unknown>, upToCorrupt = false): E.Either<StoreError, ReadonlyArray<EventEnvelope<E>>> =>
    envelopesFromStoredRecords(recordsOf(rows), codec, upToCorrupt);

  const task =
    <A>(doing: string, body: (s: Statements) => E.Either<StoreError, A>): TE.TaskEither<StoreError, A> =>
    // async, so that a bug thrown inside becomes a rejected promise rather than a synchronous throw.
    async () =>
      guarded(doing, body);

  const stopPolling = (): void => {
    if (poller === undefined) return;
    clearInterval(poller);
    poller = undefined;
  };

  // PRAGMA data_version changes when another connection commits to the file (never for this
  // connection's own commits, which wake subscriptions directly): a cheap test for "anything new".
  const poll = (): void => {
    try {
      const version = db.pragma('data_version', { simple: true });
      if (version === dataVersion) return;
      dataVersion = version;
    } catch {
      // The handle was closed under the store: the subscriptions' next read reports it.
    }
    wakeAll();
  };

  const startPolling = (): void => {
    if (poller !== undefined) return;
    try {
      dataVersion = db.pragma('data_version', { simple: true });
    } catch {
      dataVersion = undefined;
    }
    poller = setInterval(poll, pollIntervalMs);
    // A subscription must not keep a process alive that has nothing else to do.
    poller.unref();
  };

  return {
    append: (stream, events, appendOptions = {}) => {
      checkStreamName('append', stream);
      if (!Array.isArray(events)) throw new RangeError('append: events must be an array');
      const expected = checkExpectedRevision(appendOptions.expectedRevision);
      return task(`appending to ${stream}`, (s) => {
        const name = storableStreamName(stream);
        if (E.isLeft(name)) return name;
        const kept = name.right;
        if (events.length === 0) {
          const actual = (s.streamHead.get({ stream: kept }) as StreamHead | undefined)?.stream_revision ?? -1;
          return satisfiesExpectedRevision(expected, actual)
            ? E.right({ nextExpectedRevision: actual, positions: [], envelopes: [] })
            : E.left({ _tag: 'WrongExpectedRevision', stream: kept, expected, actual });
        }
        const prepared = prepareAppend(events as ReadonlyArray<NewEvent<E>>, { codec });
        return E.isLeft(prepared) ? prepared : append(s, kept, prepared.right, expected);
      });
    },

    appendBatch: (parts) => {
      const checked = checkBatchParts<E>(parts);
      return task('appending a batch', (s) => {
        const prepared = prepareBatchAppend(checked, { codec });
        return E.isLeft(prepared) ? prepared : appendBatch(s, prepared.right);
      });
    },

    readStream: (stream, readOptions = {}) => {
      checkStreamName('readStream', stream);
      const direction = checkReadDirection('readStream', readOptions.direction);
      const fromRevision = checkOptionalInteger('readStream', 'fromRevision', readOptions.fromRevision, 0);
      const limit = checkOptionalInteger('readStream', 'limit', readOptions.limit, 0) ?? NO_LIMIT;
      return task(`reading ${stream}`, (s) => {
        const name = storableStreamName(stream);
        if (E.isLeft(name)) return name;
        return decoded(
          direction === 'forwards'
            ? s.streamForwards.all({ stream: name.right, from: fromRevision ?? 0, limit })
            : s.streamBackwards.all({ stream: name.right, from: fromRevision ?? Number.MAX_SAFE_INTEGER, limit }),
        );
      });
    },

    readAll: (readOptions = {}) => {
      const direction = checkReadDirection('readAll', readOptions.direction);
      const fromPosition = checkOptionalInteger('readAll', 'fromPosition', readOptions.fromPosition, 0);
      const limit = checkOptionalInteger('readAll', 'limit', readOptions.limit, 0) ?? NO_LIMIT;
      return task('reading the log', (s) =>
        decoded(
          direction === 'forwards'
            ? s.logForwards.all({ from: fromPosition ?? 0, limit })
            : s.logBackwards.all({ from: fromPosition ?? Number.MAX_SAFE_INTEGER, limit }),
        ),
      );
    },

    subscribe: (subscribeOptions) => {
      checkOptionalInteger('subscribe', 'afterPosition', subscribeOptions.afterPosition, 0);
      if (typeof subscribeOptions.onEvent !== 'function') throw new RangeError('subscribe: onEvent must be a function');
      // Polling starts before the subscription reads its first page (which it does at once, inside
      // makeCatchUpSubscription), so a commit by another process in between is not missed.
      if (!closed) startPolling();
      const subscription: CatchUpSubscription = makeCatchUpSubscription(subscribeOptions, {
        // A page stops before a corrupt event, so what comes before it is delivered; the next
        // page then starts with it and fails the subscription with CorruptEvent.
        readAfter: (position) =>
          task('reading the log for a subscription', (s) => decoded(s.logForwards.all({ from: position + 1, limit: PAGE_SIZE }), true)),
        onStopped: () => {
          subscriptions.delete(subscription);
          if (subscriptions.size === 0) stopPolling();
        },
      });
      if (!closed) subscriptions.add(subscription);
      return subscription;
    },

    close: async () => {
      closed = true;
      stopPolling();
      await Promise.all([...subscriptions].map((s) => s.close()));
    },
  };
};
