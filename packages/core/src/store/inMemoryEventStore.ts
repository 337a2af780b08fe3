import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type * as t from 'io-ts';
import { GENESIS_HASH } from '../integrity/eventSeal';
import { makeCatchUpSubscription, type CatchUpSubscription } from './catchUpSubscription';
import type { EventEnvelope, NewEvent, StoredEventShape } from './eventEnvelope';
import type { AppendResult, EventStore, ReadAllOptions, ReadDirection, ReadStreamOptions } from './eventStore';
import { satisfiesExpectedRevision, type ExpectedRevision } from './expectedRevision';
import { makeInMemoryStorage, type InMemoryStorage } from './inMemoryStorage';
import { prepareAppend } from './prepareAppend';
import { checkBatchParts, prepareBatchAppend, type CheckedBatchPart } from './prepareBatchAppend';
import { sealBatchAppend, type StreamHead } from './sealBatchAppend';
import { sealAppend } from './sealAppend';
import { storableStreamName } from './storableStreamName';
import { storedAppendOutcome } from './storedAppendOutcome';
import { envelopeFromStoredRecord, type StoredRecord } from './storedRecord';
import { checkExpectedRevision, checkOptionalInteger, checkReadDirection, checkStreamName } from './storeArguments';
import type { StoreError } from './storeError';

/** Options of the in-memory store. */
export interface InMemoryEventStoreOptions<E extends StoredEventShape> {
  /** Decodes every appended event; without it events are only checked to be JSON values. */
  readonly codec?: t.Decoder<unknown, E>;
  /** Where recordedAt comes from; defaults to the system clock. */
  readonly clock?: () => Date;
  /** The store's disk (see InMemoryStorage); defaults to a new, empty one. A filled one is reopened. */
  readonly storage?: InMemoryStorage<E>;
}

// How many events a subscription reads per page; small enough not to copy the log at every wake.
const PAGE_SIZE = 256;

// The index of the first stored event at or after a position (the log's length when there is none);
// positions may have gaps when the storage was tampered with.
const firstAtOrAfter = <E extends StoredEventShape>(log: ReadonlyArray<EventEnvelope<E>>, position: number): number => {
  let low = 0;
  let high = log.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((log[middle] as EventEnvelope<E>).globalPosition < position) low = middle + 1;
    else high = middle;
  }
  return low;
};

/**
 * Takes a window of an ordered array: `start` is the inclusive index to begin at (clamped to the
 * array when reading backwards), `limit` the most items to return.
 */
const windowOf = <A>(items: ReadonlyArray<A>, direction: ReadDirection, start: number, limit: number | undefined): ReadonlyArray<A> => {
  const max = limit ?? Number.POSITIVE_INFINITY;
  if (direction === 'forwards') return items.slice(start, start + max);
  const from = Math.min(start, items.length - 1);
  const out: A[] = [];
  for (let i = from; i >= 0 && out.length < max; i--) out.push(items[i] as A);
  return out;
};

// An envelope of the storage as a persistent store reads a row: its data and metadata as values to
// check, since someone may have put anything there behind the store's back.
const recordOf = <E extends StoredEventShape>(envelope: EventEnvelope<E>): StoredRecord => ({
  ...envelope,
  type: (envelope.event as Partial<StoredEventShape> | undefined)?.type as string,
  data: { value: (envelope.event as Partial<StoredEventShape> | undefined)?.data },
  metadata: { value: envelope.metadata },
});

/**
 * An EventStore that keeps its log in memory: the embedded default, and the reference the
 * persistent stores are checked against. Stored events are deep-frozen copies, so neither the
 * objects a caller appended nor the envelopes it reads back can alter the log; mutating a returned
 * envelope throws a TypeError. It checks, prepares and seals appends with the same functions as
 * every store (@campaign-ledger/core/adapter: prepareAppend, sealAppend, storedAppendOutcome),
 * so it refuses and accepts exactly what they do, limits included, and its recordedAt never goes
 * below the log's last one. The log lives in an injectable InMemoryStorage, its "disk", which
 * tests may tamper with to exercise verifyLog; reads check the stored events the store did not
 * seal itself as a persistent store parses its rows (envelopeFromStoredRecord), and report one
 * that is no JSON or no longer decodes as CorruptEvent.
 *
 * @example
 * const store = makeInMemoryEventStore({ codec: CampaignEvent });
 * const appended = await store.append('campaign-muong-te', [{ id: uuidv4(), event, domainDate: '2006-11-26' }], {
 *   expectedRevision: 'no-stream',
 * })();
 * const history = await store.readStream('campaign-muong-te')();
 */
export const makeInMemoryEventStore = <E extends StoredEventShape>(
  options: InMemoryEventStoreOptions<E> = {},
): EventStore<E> & { readonly appendBatch: NonNullable<EventStore<E>['appendBatch']> } => {
  const { codec, clock = () => new Date(), storage = makeInMemoryStorage<E>() } = options;
  const { log } = storage;
  // Indexes over the storage, rebuilt from it here as a persistent store would on opening its file.
  const streams = new Map<string, EventEnvelope<E>[]>();
  const byId = new Map<string, EventEnvelope<E>>();
  const sealedHere = new WeakSet<EventEnvelope<E>>();
  for (const envelope of log) {
    const streamLog = streams.get(envelope.stream) ?? [];
    streamLog.push(envelope);
    streams.set(envelope.stream, streamLog);
    byId.set(envelope.eventId, envelope);
  }
  const subscriptions = new Set<CatchUpSubscription>();
  let closed = false;

  const unavailable: StoreError = { _tag: 'StoreUnavailable', message: 'the in-memory store is closed' };
  const revisionOf = (stream: string): number => (streams.get(stream)?.length ?? 0) - 1;

  const appendNow = (given: string, events: ReadonlyArray<NewEvent<E>>, expected: ExpectedRevision): E.Either<StoreError, AppendResult<E>> => {
    if (closed) return E.left(unavailable);
    const name = storableStreamName(given);
    if (E.isLeft(name)) return name;
    const stream = name.right;
    const actual = revisionOf(stream);
    const wrongRevision = E.left<StoreError>({ _tag: 'WrongExpectedRevision', stream, expected, actual });
    if (events.length === 0) {
      return satisfiesExpectedRevision(expected, actual) ? E.right({ nextExpectedRevision: actual, positions: [], envelopes: [] }) : wrongRevision;
    }
    const prepared = prepareAppend(events, { codec });
    if (E.isLeft(prepared)) return prepared;
    // Idempotency comes before the revision check: a retried append whose first attempt did land
    // must succeed even though the stream has moved on.
    const found = prepared.right.flatMap((p) => {
      const original = byId.get(p.id);
      return original === undefined ? [] : [recordOf(original)];
    });
    const stored = storedAppendOutcome(stream, prepared.right, found, codec);
    if (stored !== null) return stored;
    if (!satisfiesExpectedRevision(expected, actual)) return wrongRevision;

    const streamLog = streams.get(stream) ?? [];
    const lastOfLog = log[log.length - 1];
    const heads = {
      streamRevision: actual,
      streamHash: streamLog[streamLog.length - 1]?.hash ?? GENESIS_HASH,
      globalPosition: lastOfLog?.globalPosition ?? 0,
      globalHash: lastOfLog?.hash ?? GENESIS_HASH,
      recordedAt: lastOfLog?.recordedAt ?? null,
    };
    const envelopes = sealAppend(stream, heads, clock, prepared.right).map((sealed) => sealed.envelope);
    for (const envelope of envelopes) {
      sealedHere.add(envelope);
      log.push(envelope);
      streamLog.push(envelope);
      byId.set(envelope.eventId, envelope);
    }
    streams.set(stream, streamLog);
    for (const subscription of subscriptions) subscription.wake();
    return E.right({
      nextExpectedRevision: actual + envelopes.length,
      positions: envelopes.map((e) => e.globalPosition),
      envelopes,
    });
  };

  // A batch is sealed on the heads as they stand, then applied whole: a refused part leaves the log untouched.
  const appendBatchNow = (parts: ReadonlyArray<CheckedBatchPart<E>>): E.Either<StoreError, ReadonlyArray<AppendResult<E>>> => {
    if (closed) return E.left(unavailable);
    const prepared = prepareBatchAppend(parts, { codec });
    if (E.isLeft(prepared)) return prepared;
    const lastOfLog = log[log.length - 1];
    const streamHeads = new Map<string, StreamHead>();
    for (const { stream } of prepared.right) {
      const streamLog = streams.get(stream);
      const last = streamLog?.[streamLog.length - 1];
      if (last !== undefined) streamHeads.set(stream, { revision: last.streamRevision, hash: last.hash });
    }
    const batch = sealBatchAppend(
      prepared.right,
      {
        streams: streamHeads,
        log: { position: lastOfLog?.globalPosition ?? 0, hash: lastOfLog?.hash ?? GENESIS_HASH, recordedAt: lastOfLog?.recordedAt ?? null },
        stored: prepared.right.flatMap((part) =>
          part.events.flatMap((p) => {
            const original = byId.get(p.id);
            return original === undefined ? [] : [recordOf(original)];
          }),
        ),
      },
      clock,
      codec,
    );
    if (E.isLeft(batch)) return batch;
    for (const { envelope } of batch.right.sealed) {
      sealedHere.add(envelope);
      log.push(envelope);
      const streamLog = streams.get(envelope.stream) ?? [];
      streamLog.push(envelope);
      streams.set(envelope.stream, streamLog);
      byId.set(envelope.eventId, envelope);
    }
    if (batch.right.sealed.length > 0) for (const subscription of subscriptions) subscription.wake();
    return E.right(batch.right.results);
  };

  // Reads check what they return as a persistent store parses and decodes the rows it reads, so
  // that an event altered in the storage behind the store's back is reported as CorruptEvent
  // rather than passed on. Envelopes this store sealed itself are deep-frozen copies of decoded
  // events: they are passed as they are.
  const checked = (envelopes: ReadonlyArray<EventEnvelope<E>>): { readonly envelopes: ReadonlyArray<EventEnvelope<E>>; readonly corrupt?: StoreError } => {
    const out: EventEnvelope<E>[] = [];
    for (const envelope of envelopes) {
      if (sealedHere.has(envelope)) {
        out.push(envelope);
        continue;
      }
      const decoded = envelopeFromStoredRecord(recordOf(envelope), codec);
      if (E.isLeft(decoded)) return { envelopes: out, corrupt: decoded.left };
      out.push(Object.freeze(decoded.right));
    }
    return { envelopes: out };
  };

  // A read fails on a corrupt event; a subscription's page stops before it, so what came before is delivered.
  const read = (result: () => ReadonlyArray<EventEnvelope<E>>, upToCorrupt = false): TE.TaskEither<StoreError, ReadonlyArray<EventEnvelope<E>>> =>
    () => {
      if (closed) return Promise.resolve(E.left(unavailable));
      const { envelopes, corrupt } = checked(result());
      if (corrupt === undefined) return Promise.resolve(E.right(envelopes));
      return Promise.resolve(upToCorrupt && envelopes.length > 0 ? E.right(envelopes) : E.left(corrupt));
    };

  return {
    append: (stream, events, appendOptions = {}) => {
      checkStreamName('append', stream);
      if (!Array.isArray(events)) throw new RangeError('append: events must be an array');
      const expected = checkExpectedRevision(appendOptions.expectedRevision);
      return () => Promise.resolve(appendNow(stream, events, expected));
    },

    appendBatch: (parts) => {
      const checked = checkBatchParts<E>(parts);
      return () => Promise.resolve(appendBatchNow(checked));
    },

    readStream: (stream, readOptions: ReadStreamOptions = {}) => {
      checkStreamName('readStream', stream);
      const direction = checkReadDirection('readStream', readOptions.direction);
      const fromRevision = checkOptionalInteger('readStream', 'fromRevision', readOptions.fromRevision, 0);
      const limit = checkOptionalInteger('readStream', 'limit', readOptions.limit, 0);
      const name = storableStreamName(stream);
      if (E.isLeft(name)) return () => Promise.resolve(closed ? E.left(unavailable) : name);
      return read(() => {
        const streamLog = streams.get(name.right) ?? [];
        const start = fromRevision ?? (direction === 'forwards' ? 0 : streamLog.length - 1);
        return windowOf(streamLog, direction, start, limit);
      });
    },

    readAll: (readOptions: ReadAllOptions = {}) => {
      const direction = checkReadDirection('readAll', readOptions.direction);
      const fromPosition = checkOptionalInteger('readAll', 'fromPosition', readOptions.fromPosition, 0);
      const limit = checkOptionalInteger('readAll', 'limit', readOptions.limit, 0);
      return read(() => {
        if (direction === 'forwards') return windowOf(log, direction, fromPosition === undefined ? 0 : firstAtOrAfter(log, fromPosition), limit);
        const start = fromPosition === undefined ? log.length - 1 : firstAtOrAfter(log, fromPosition + 1) - 1;
        return start < 0 ? [] : windowOf(log, direction, start, limit);
      });
    },

    subscribe: (subscribeOptions) => {
      checkOptionalInteger('subscribe', 'afterPosition', subscribeOptions.afterPosition, 0);
      if (typeof subscribeOptions.onEvent !== 'function') throw new RangeError('subscribe: onEvent must be a function');
      const subscription: CatchUpSubscription = makeCatchUpSubscription(subscribeOptions, {
        readAfter: (position) =>
          read(() => {
            const start = firstAtOrAfter(log, position + 1);
            return log.slice(start, start + PAGE_SIZE);
          }, true),
        onStopped: () => subscriptions.delete(subscription),
      });
      subscriptions.add(subscription);
      return subscription;
    },

    close: async () => {
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
    },
  };
};
