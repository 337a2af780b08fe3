import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { EventEnvelope, NewEvent, StoredEventShape } from './eventEnvelope';
import type { ExpectedRevision } from './expectedRevision';
import type { StoreError } from './storeError';

/** Options of an append. */
export interface AppendOptions {
  /** Defaults to 'any'. */
  readonly expectedRevision?: ExpectedRevision;
}

/** What an append returns: where the stream now stands, where each event landed, and the events as stored. */
export interface AppendResult<E extends StoredEventShape = StoredEventShape> {
  /**
   * The stream's revision after the append: pass it as the next expected revision. On an
   * idempotent re-append it is the latest revision among the original events; after an empty append it
   * is the current revision (-1: no stream).
   */
  readonly nextExpectedRevision: number;
  /** Global positions of the appended events, in order (the original ones on an idempotent re-append). */
  readonly positions: ReadonlyArray<number>;
  /**
   * The appended events as the store holds them, in order, exactly as a read returns them (the
   * original ones on an idempotent re-append): a writer needs no read to learn their recorded
   * time and hashes.
   */
  readonly envelopes: ReadonlyArray<EventEnvelope<E>>;
}

/** One stream's part of a batch append: what `append` takes, as one object. */
export interface BatchAppendPart<E extends StoredEventShape = StoredEventShape> {
  readonly stream: string;
  readonly events: ReadonlyArray<NewEvent<E>>;
  /** Defaults to 'any'. */
  readonly expectedRevision?: ExpectedRevision;
}

/** Which way a read goes. */
export type ReadDirection = 'forwards' | 'backwards';

/** Options of a stream read. */
export interface ReadStreamOptions {
  readonly direction?: ReadDirection;
  /** Inclusive; forwards defaults to 0, backwards to the last revision. */
  readonly fromRevision?: number;
  readonly limit?: number;
}

/** Options of a read of the whole log. */
export interface ReadAllOptions {
  readonly direction?: ReadDirection;
  /** Inclusive; forwards defaults to 1, backwards to the last position. */
  readonly fromPosition?: number;
  readonly limit?: number;
}

/** A catch-up subscription to the whole log. */
export interface SubscribeOptions<E extends StoredEventShape> {
  /** Deliver events after this position (a checkpoint); 0 delivers the whole history. */
  readonly afterPosition?: number;
  /** Called once per event, in global order; the next event waits for the returned promise. */
  readonly onEvent: (envelope: EventEnvelope<E>) => void | Promise<void>;
  /** Called once, when the history has been delivered and live delivery begins. */
  readonly onCaughtUp?: () => void;
  /** Called when the subscription stops on an error (a corrupt event, a failing handler); without it the subscription stops silently. */
  readonly onError?: (error: StoreError | Error) => void;
}

/** A running subscription. */
export interface Subscription {
  /** Stops delivery; resolves once no handler is running, so awaiting it inside onEvent never resolves. */
  readonly close: () => Promise<void>;
}

/**
 * The storage port: a record of functions returning TaskEither, implemented by every store.
 *
 * @example
 * const store = makeInMemoryEventStore({ codec: CampaignEvent });
 * const result = await store.append('campaign-muong-te', [newEvent], { expectedRevision: 'no-stream' })();
 */
export interface EventStore<E extends StoredEventShape> {
  /** Appends events to a stream, all or none, if the stream is at the expected revision. */
  readonly append: (
    stream: string,
    events: ReadonlyArray<NewEvent<E>>,
    options?: AppendOptions,
  ) => TE.TaskEither<StoreError, AppendResult<E>>;
  /**
   * Appends to several streams in one transaction, all or nothing: the parts are judged in order
   * as `append` judges each (idempotency, then the expected revision against the stream as the
   * earlier parts left it), and the first part refused refuses the batch, which writes nothing.
   * Returns one result per part. Each part that appends reads the clock once, in order. The path
   * for imports: one commit per batch, not per stream. Optional: a store that cannot write several
   * streams atomically (EventStoreDB) does not have it.
   */
  readonly appendBatch?: (parts: ReadonlyArray<BatchAppendPart<E>>) => TE.TaskEither<StoreError, ReadonlyArray<AppendResult<E>>>;
  /** Reads one stream; a stream that does not exist reads as empty. */
  readonly readStream: (stream: string, options?: ReadStreamOptions) => TE.TaskEither<StoreError, ReadonlyArray<EventEnvelope<E>>>;
  /** Reads the whole log in global order. */
  readonly readAll: (options?: ReadAllOptions) => TE.TaskEither<StoreError, ReadonlyArray<EventEnvelope<E>>>;
  /** Delivers the history after a checkpoint, then live events, without gap or duplicate. */
  readonly subscribe: (options: SubscribeOptions<E>) => Subscription;
  /** Releases the store's resources. */
  readonly close: () => Promise<void>;
}
