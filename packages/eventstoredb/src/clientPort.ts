import {
  BACKWARDS,
  END,
  FORWARDS,
  NO_STREAM,
  START,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  streamNameFilter,
  type AppendExpectedRevision,
  type EventData,
  type EventStoreDBClient,
  type ResolvedEvent,
} from '@eventstore/db-client';
import * as E from 'fp-ts/lib/Either.js';

// This is the only module that touches @eventstore/db-client: the rest of the package talks to the
// narrow EsdbPort below, so that moving to @kurrent/kurrentdb-client changes this file alone
// (docs/adapters/eventstoredb.md, "Moving to @kurrent/kurrentdb-client").

/**
 * The EventStoreDB client a store is built on: an `EventStoreDBClient` from @eventstore/db-client,
 * made by its owner (for example with `EventStoreDBClient.connectionString('esdb://…')`).
 */
export type EventStoreDbClient = EventStoreDBClient;

/** A position in $all: the server's commit and prepare positions. */
export interface RecordPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** An event as EventStoreDB returns it, reduced to what the store reads. */
export interface ReadRecord {
  /** The EventStoreDB stream name. */
  readonly stream: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  /** The parsed JSON data; the raw text when it does not parse, the bytes when it is not JSON. */
  readonly data: unknown;
  /** The parsed JSON metadata; the bytes when it does not parse; undefined when empty. */
  readonly metadata: unknown;
  /** Where it is in $all; servers before 22.6 leave it out of stream reads. */
  readonly position: RecordPosition | undefined;
}

/** An event to write: JSON data and JSON metadata. */
export interface WriteRecord {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** What a write expects of its stream (the store only ever writes with these). */
export type WriteExpectation = 'no-stream' | 'any' | bigint;

/** A client failure, mapped at the boundary: a refused expectation, a deleted stream, or anything else. */
export type ClientFailure =
  | {
      readonly _tag: 'WrongExpectedVersion';
      /** The stream's actual revision; 'unknown' when the client did not say. */
      readonly actual: bigint | 'no-stream' | 'unknown';
    }
  | { readonly _tag: 'StreamDeleted' }
  | { readonly _tag: 'Unavailable'; readonly message: string; readonly cause: unknown };

/** Where a stream read starts. */
export type StreamReadStart = 'start' | 'end' | bigint;
/** Where a read of $all starts. */
export type AllReadStart = 'start' | 'end' | RecordPosition;
/** Which way a read goes. */
export type Direction = 'forwards' | 'backwards';

/** A running live subscription to $all. */
export interface LiveListener {
  readonly close: () => Promise<void>;
}

/** How a live subscription reports. */
export interface ListenOptions {
  /** Only streams starting with this prefix are sent (server-side filter); '' sends every non-system event. */
  readonly streamPrefix: string;
  readonly onRecord: (record: ReadRecord) => void;
  /** The server confirmed the subscription: records committed from now on will arrive. */
  readonly onConfirmed: () => void;
  readonly onError: (failure: ClientFailure) => void;
}

/** The calls the store makes to EventStoreDB, with every client error mapped into ClientFailure. */
export interface EsdbPort {
  /** Appends records to a stream, all or none, if it is where expected. */
  readonly append: (stream: string, records: ReadonlyArray<WriteRecord>, expected: WriteExpectation) => Promise<E.Either<ClientFailure, void>>;
  /** Reads a stream; null when it does not exist. */
  readonly readStream: (
    stream: string,
    options: { readonly direction: Direction; readonly from: StreamReadStart; readonly maxCount: number },
  ) => Promise<E.Either<ClientFailure, ReadonlyArray<ReadRecord> | null>>;
  /** Reads $all, every record (system events included). */
  readonly readAll: (options: {
    readonly direction: Direction;
    readonly from: AllReadStart;
    readonly maxCount: number;
  }) => Promise<E.Either<ClientFailure, ReadonlyArray<ReadRecord>>>;
  /** Subscribes to $all from its end: records committed after the confirmation. */
  readonly listen: (options: ListenOptions) => LiveListener;
}

const describe = (error: unknown): string => {
  if (error instanceof Error) return `${error.constructor.name}: ${error.message}`;
  return String(error);
};

/** Maps anything the client throws or emits into a ClientFailure. */
export const clientFailureOf = (error: unknown): ClientFailure => {
  if (error instanceof WrongExpectedVersionError) {
    const actual = error.actualVersion;
    return { _tag: 'WrongExpectedVersion', actual: actual === NO_STREAM ? 'no-stream' : typeof actual === 'bigint' ? actual : 'unknown' };
  }
  if (error instanceof StreamDeletedError) return { _tag: 'StreamDeleted' };
  return { _tag: 'Unavailable', message: describe(error), cause: error };
};

const expectedRevisionOf = (expected: WriteExpectation): AppendExpectedRevision => (expected === 'no-stream' ? NO_STREAM : expected === 'any' ? 'any' : expected);

const recordOf = (resolved: ResolvedEvent): ReadRecord | undefined => {
  const event = resolved.event;
  if (event === undefined) return undefined;
  return {
    stream: event.streamId,
    revision: event.revision,
    id: event.id.toLowerCase(),
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    position: event.position === undefined ? undefined : { commit: event.position.commit, prepare: event.position.prepare },
  };
};

const collect = async (source: AsyncIterable<ResolvedEvent>): Promise<E.Either<ClientFailure, ReadonlyArray<ReadRecord> | null>> => {
  const records: ReadRecord[] = [];
  try {
    for await (const resolved of source) {
      const record = recordOf(resolved);
      if (record !== undefined) records.push(record);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return E.right(null);
    return E.left(clientFailureOf(error));
  }
  return E.right(records);
};

/**
 * The EsdbPort of a client. Appends are JSON events whose data and metadata the client serialises
 * with JSON.stringify; the client must keep its default `throwOnAppendFailure: true` (a refused
 * append is then an error the port maps, not a result it would have to inspect).
 */
export const makeEsdbPort = (client: EventStoreDbClient): EsdbPort => ({
  append: async (stream, records, expected) => {
    const events = records.map(
      (r) => ({ id: r.id, contentType: 'application/json', type: r.type, data: r.data, metadata: r.metadata }) as EventData,
    );
    try {
      const result = await client.appendToStream(stream, events, { expectedRevision: expectedRevisionOf(expected) });
      // Only a client made with throwOnAppendFailure: false answers a refusal this way.
      return result.success ? E.right(undefined) : E.left({ _tag: 'WrongExpectedVersion', actual: 'unknown' });
    } catch (error) {
      return E.left(clientFailureOf(error));
    }
  },

  readStream: (stream, { direction, from, maxCount }) => {
    try {
      return collect(
        client.readStream(stream, {
          direction: direction === 'forwards' ? FORWARDS : BACKWARDS,
          fromRevision: from === 'start' ? START : from === 'end' ? END : from,
          maxCount,
        }),
      );
    } catch (error) {
      return Promise.resolve(E.left(clientFailureOf(error)));
    }
  },

  readAll: async ({ direction, from, maxCount }) => {
    try {
      const read = await collect(
        client.readAll({
          direction: direction === 'forwards' ? FORWARDS : BACKWARDS,
          fromPosition: from === 'start' ? START : from === 'end' ? END : from,
          maxCount,
        }),
      );
      return E.map((records: ReadonlyArray<ReadRecord> | null) => records ?? [])(read);
    } catch (error) {
      return E.left(clientFailureOf(error));
    }
  },

  listen: ({ streamPrefix, onRecord, onConfirmed, onError }) => {
    const subscription = client.subscribeToAll({
      fromPosition: END,
      filter: streamPrefix === '' ? excludeSystemEvents() : streamNameFilter({ prefixes: [streamPrefix] }),
    });
    subscription.on('confirmation', onConfirmed);
    subscription.on('data', (resolved: ResolvedEvent) => {
      const record = recordOf(resolved);
      if (record !== undefined) onRecord(record);
    });
    subscription.on('error', (error: unknown) => onError(clientFailureOf(error)));
    return { close: () => subscription.unsubscribe() };
  },
});
