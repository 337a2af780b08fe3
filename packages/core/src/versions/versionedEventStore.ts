import * as E from 'fp-ts/lib/Either.js';
import * as A from 'fp-ts/lib/ReadonlyArray.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { EventEnvelope, NewEvent, StoredEventShape } from '../store/eventEnvelope';
import type { AppendResult, EventStore } from '../store/eventStore';
import type { StoreError } from '../store/storeError';
import type { EventVersioning } from './eventVersioning';

/**
 * A store read and written in the latest version of every event type, over a store that keeps
 * each event in the version it was written in (built with `versioning.storedCodec`). Appends
 * store each chained type under its latest stored type name; every read, append result and
 * subscription brings older versions forward through their chains. An envelope whose event was
 * stored in another form keeps that form in `storedEvent`, which its hash covers: verifyLog passes
 * through this store as through the one below it. A stored event that cannot be brought forward
 * (an unknown version, a payload its version refuses, an upcaster's fault) is CorruptEvent at its
 * position, as on any read.
 *
 * @example
 * const versioning = eventVersioning(MyEvent, [measuredVersions]);
 * const store = versionedEventStore(makeInMemoryEventStore({ codec: versioning.storedCodec }), versioning);
 */
export const versionedEventStore = <E extends StoredEventShape, S extends StoredEventShape = StoredEventShape>(
  storedStore: EventStore<S>,
  versioning: EventVersioning<E>,
): EventStore<E> => {
  // The store below holds stored forms, whatever its own event type says: storedCodec decoded them.
  const stored = storedStore as unknown as EventStore<StoredEventShape>;
  const latestEnvelope = (envelope: EventEnvelope<StoredEventShape>): E.Either<StoreError, EventEnvelope<E>> => {
    if (!versioning.isChained(envelope.event.type)) return E.right(envelope as EventEnvelope<E>);
    return pipe(
      versioning.latestOf(envelope.event),
      E.bimap(
        (reason): StoreError => ({ _tag: 'CorruptEvent', stream: envelope.stream, globalPosition: envelope.globalPosition, reason }),
        (event): EventEnvelope<E> => ({ ...envelope, event, storedEvent: envelope.event }),
      ),
    );
  };
  const latestEnvelopes = (envelopes: ReadonlyArray<EventEnvelope<StoredEventShape>>): E.Either<StoreError, ReadonlyArray<EventEnvelope<E>>> =>
    pipe(envelopes, A.traverse(E.Applicative)(latestEnvelope));
  const latestResult = (result: AppendResult<StoredEventShape>): E.Either<StoreError, AppendResult<E>> =>
    pipe(
      latestEnvelopes(result.envelopes),
      E.map((envelopes) => ({ ...result, envelopes })),
    );
  const storedEvents = (events: ReadonlyArray<NewEvent<E>>): ReadonlyArray<NewEvent<StoredEventShape>> =>
    events.map((e) => ({ ...e, event: versioning.storedOf(e.event) }));

  const appendBatch = stored.appendBatch;
  return {
    append: (stream, events, options) => pipe(stored.append(stream, storedEvents(events), options), TE.chainEitherK(latestResult)),
    ...(appendBatch === undefined
      ? {}
      : {
          appendBatch: (parts) =>
            pipe(
              appendBatch(parts.map((part) => ({ ...part, events: storedEvents(part.events) }))),
              TE.chainEitherK((results) => pipe(results, A.traverse(E.Applicative)(latestResult))),
            ),
        }),
    readStream: (stream, options) => pipe(stored.readStream(stream, options), TE.chainEitherK(latestEnvelopes)),
    readAll: (options) => pipe(stored.readAll(options), TE.chainEitherK(latestEnvelopes)),
    subscribe: (options) => {
      let failed = false;
      const subscription = stored.subscribe({
        ...options,
        onEvent: (envelope) => {
          if (failed) return;
          const latest = latestEnvelope(envelope);
          if (E.isRight(latest)) return options.onEvent(latest.right);
          // Stop as a store stops on a corrupt event: nothing after it is delivered.
          failed = true;
          void subscription.close();
          options.onError?.(latest.left);
        },
      });
      return subscription;
    },
    close: () => stored.close(),
  };
};
