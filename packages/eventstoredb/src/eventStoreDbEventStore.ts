import type { EventStore, NewEvent, StoreError } from '@campaign-ledger/core';
import type { StoredEventShape } from '@campaign-ledger/core/adapter';
import {
  checkExpectedRevision,
  checkOptionalInteger,
  checkReadDirection,
  makeCatchUpSubscription,
  prepareAppend,
  storableStreamName,
  type CatchUpSubscription,
} from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type * as t from 'io-ts';
import { makeEsdbPort, type EventStoreDbClient } from './clientPort';
import { makeLedgerWriter } from './ledgerWriter';
import { makeLiveWakeups } from './liveWakeups';
import { makeLogReader } from './logReader';
import { unavailable } from './storeFailure';
import { checkStream, makeStreamNaming, unstorableTypeReason } from './streamNaming';

/** Options of the EventStoreDB store. */
export interface EventStoreDbEventStoreOptions<E extends StoredEventShape> {
  /** Decodes every appended event and every event read; without it events are only checked to be JSON. */
  readonly codec?: t.Decoder<unknown, E>;
  /** Where recordedAt comes from; defaults to the system clock. */
  readonly clock?: () => Date;
  /**
   * Prepended to every stream name in EventStoreDB (default ''): `campaign-muong-te` is stored as
   * `<prefix>campaign-muong-te`. Give each ledger that shares a server its own prefix.
   */
  readonly streamPrefix?: string;
  /** The EventStoreDB stream that sequences the ledger; defaults to `<prefix>campaign_ledger-head`. */
  readonly headStream?: string;
}

// How many events a subscription reads per page.
const PAGE_SIZE = 256;

/**
 * An EventStore on EventStoreDB (KurrentDB), over a client its owner connected. Each stream of the
 * port is an EventStoreDB stream of the same name (after an optional prefix), holding JSON events
 * whose type is the event's type and whose metadata carries the seal (global position, recordedAt,
 * domain date, the three hashes) and the caller's metadata. EventStoreDB is atomic per stream only,
 * so a head stream sequences the ledger: each append claims the next global positions there under
 * optimistic concurrency, then writes its batch (see makeLedgerWriter). Reads of the whole log read
 * $all and keep this ledger's events only; subscriptions are core's catch-up subscriptions over
 * those reads, woken by this store's appends and by a live subscription to $all. Client errors are
 * mapped into StoreError at the boundary. Appends are checked and sealed with the adapter's
 * functions (@campaign-ledger/core/adapter), as in every store: the same limits, the same storable
 * text, recordedAt never below the ledger's last. close() stops the subscriptions and leaves the
 * client open: its owner disposes of it.
 *
 * @example
 * const client = EventStoreDBClient.connectionString('esdb://localhost:2113?tls=false');
 * const store = makeEventStoreDbEventStore(client, { codec: CampaignEvent });
 * const appended = await store.append('campaign-muong-te', [newEvent], { expectedRevision: 'no-stream' })();
 * await store.close();
 * await client.dispose();
 */
export const makeEventStoreDbEventStore = <E extends StoredEventShape>(
  client: EventStoreDbClient,
  options: EventStoreDbEventStoreOptions<E> = {},
): EventStore<E> => {
  const { codec, clock = () => new Date(), streamPrefix = '' } = options;
  const naming = makeStreamNaming(streamPrefix, options.headStream);
  const port = makeEsdbPort(client);
  const subscriptions = new Set<CatchUpSubscription>();
  let closed = false;

  const closedError: StoreError = unavailable('the EventStoreDB store', 'it is closed');
  const wakeAll = (): void => {
    for (const subscription of subscriptions) subscription.wake();
  };
  const reader = makeLogReader<E>(port, naming, codec);
  const writer = makeLedgerWriter<E>({ port, naming, clock, codec, lastEventId: reader.lastEventId, onWritten: wakeAll });
  const live = makeLiveWakeups(port, naming, wakeAll);

  const task =
    <A>(body: () => Promise<E.Either<StoreError, A>>): TE.TaskEither<StoreError, A> =>
    async () =>
      closed ? E.left(closedError) : body();

  return {
    append: (stream, events, appendOptions = {}) => {
      checkStream(naming, 'append', stream);
      if (!Array.isArray(events)) throw new RangeError('append: events must be an array');
      const expected = checkExpectedRevision(appendOptions.expectedRevision);
      return task(async () => {
        const name = storableStreamName(stream);
        if (E.isLeft(name)) return name;
        const prepared = prepareAppend(events as ReadonlyArray<NewEvent<E>>, { codec, checkType: unstorableTypeReason });
        return E.isLeft(prepared) ? prepared : writer.append(name.right, prepared.right, expected);
      });
    },

    readStream: (stream, readOptions = {}) => {
      checkStream(naming, 'readStream', stream);
      const direction = checkReadDirection('readStream', readOptions.direction);
      const fromRevision = checkOptionalInteger('readStream', 'fromRevision', readOptions.fromRevision, 0);
      const limit = checkOptionalInteger('readStream', 'limit', readOptions.limit, 0);
      return task(async () => {
        const name = storableStreamName(stream);
        if (E.isLeft(name)) return name;
        return reader.readStream(name.right, {
          direction,
          ...(fromRevision === undefined ? {} : { fromRevision }),
          ...(limit === undefined ? {} : { limit }),
        });
      });
    },

    readAll: (readOptions = {}) => {
      const direction = checkReadDirection('readAll', readOptions.direction);
      const fromPosition = checkOptionalInteger('readAll', 'fromPosition', readOptions.fromPosition, 0);
      const limit = checkOptionalInteger('readAll', 'limit', readOptions.limit, 0);
      return task(() =>
        reader.readLog({
          direction,
          ...(fromPosition === undefined ? {} : { fromPosition }),
          ...(limit === undefined ? {} : { limit }),
        }),
      );
    },

    subscribe: (subscribeOptions) => {
      checkOptionalInteger('subscribe', 'afterPosition', subscribeOptions.afterPosition, 0);
      if (typeof subscribeOptions.onEvent !== 'function') throw new RangeError('subscribe: onEvent must be a function');
      let released = closed;
      // The live subscription starts before the first page is read (inside makeCatchUpSubscription),
      // and wakes the subscription once the server confirms it, so no write in between is missed.
      if (!closed) live.retain();
      const subscription: CatchUpSubscription = makeCatchUpSubscription(subscribeOptions, {
        readAfter: (position) => task(() => reader.readLog({ direction: 'forwards', fromPosition: position + 1, limit: PAGE_SIZE, upToCorrupt: true })),
        onStopped: () => {
          subscriptions.delete(subscription);
          if (released) return;
          released = true;
          live.release();
        },
      });
      if (!closed) subscriptions.add(subscription);
      return subscription;
    },

    close: async () => {
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      await live.stop();
    },
  };
};
