import { randomUUID } from 'node:crypto';

/** A position in $all: the server's commit and prepare positions, byte offsets in a real server. */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** One stored event, as the test server keeps it: everything a real server stores of a record. */
export interface ServerRecord {
  readonly stream: string;
  readonly revision: bigint;
  /** The event id in its lower-case string form. */
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** When the server wrote it, in .NET ticks (100 ns) since the Unix epoch. */
  readonly created: bigint;
  readonly position: LogPosition;
}

/** An event as a client proposes it. */
export interface ProposedRecord {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

/** What an append expects of its stream, as the protocol's oneof says it. */
export type ExpectedState =
  | { readonly kind: 'any' }
  | { readonly kind: 'no-stream' }
  | { readonly kind: 'stream-exists' }
  | { readonly kind: 'revision'; readonly revision: bigint };

/** How a write ended. */
export type WriteOutcome =
  | { readonly kind: 'success'; readonly currentRevision: bigint; readonly position: LogPosition | null }
  /** `currentRevision` null: the stream does not exist. */
  | { readonly kind: 'wrong-expected-version'; readonly currentRevision: bigint | null }
  | { readonly kind: 'stream-deleted' };

/** Where a stream read starts. */
export type StreamStart = 'start' | 'end' | bigint;
/** Where a read of $all starts. */
export type AllStart = 'start' | 'end' | LogPosition;

/** What a stream read finds. */
export type StreamReadResult =
  | { readonly kind: 'records'; readonly records: ReadonlyArray<ServerRecord> }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'deleted' };

/** The revision a tombstone is written at (long.MaxValue), as a real server does. */
export const TOMBSTONE_REVISION = 9_223_372_036_854_775_807n;

const TICKS_PER_MILLISECOND = 10_000n;
// $all positions are byte offsets of records in a real server's transaction file: they start after
// the server's own first records and grow by each record's size, so they are never 1, 2, 3.
const FIRST_POSITION = 1_024n;
const RECORD_HEADER_BYTES = 96n;

interface StreamState {
  records: ServerRecord[];
  tombstoned: boolean;
}

const compareRevisions = (a: ServerRecord, b: ServerRecord): number => (a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0);

/** Whether `a` comes before `b` in $all. */
export const positionBefore = (a: LogPosition, b: LogPosition): boolean => a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);

/**
 * The test server's storage: the $all log in commit order and an index of streams over it. It
 * applies the rules a real server applies to writes (expected-revision checks, idempotent
 * re-appends by event id, tombstones) and tells listeners about every committed record, in order.
 * Nothing here is asynchronous, so a write is committed and announced in one turn of the event loop.
 */
export interface ServerLog {
  readonly write: (stream: string, expected: ExpectedState, events: ReadonlyArray<ProposedRecord>) => WriteOutcome;
  readonly tombstone: (stream: string, expected: ExpectedState) => WriteOutcome;
  readonly readStream: (stream: string, direction: 'forwards' | 'backwards', from: StreamStart, count: bigint) => StreamReadResult;
  readonly readAll: (direction: 'forwards' | 'backwards', from: AllStart, count: bigint) => ReadonlyArray<ServerRecord>;
  /** Records strictly after a position (all of them from 'start', none from 'end'): a subscription's history. */
  readonly after: (from: AllStart) => ReadonlyArray<ServerRecord>;
  /** Calls the listener with every batch of records committed from now on; returns the unsubscribe function. */
  readonly onCommit: (listener: (records: ReadonlyArray<ServerRecord>) => void) => () => void;
  /** The $all log, oldest first (read-only view; tampering goes through `replace` and `remove`). */
  readonly records: () => ReadonlyArray<ServerRecord>;
  /** Overwrites the record in a $all slot; the slot keeps its position. Simulates editing the database files. */
  readonly replace: (index: number, record: Omit<ServerRecord, 'position'>) => void;
  /** Removes the record in a $all slot; the others keep their positions. Simulates editing the database files. */
  readonly remove: (index: number) => void;
}

/** An empty server log; `now` gives the time stamped on records (the server's clock, not the client's). */
export const makeServerLog = (now: () => Date = () => new Date()): ServerLog => {
  const log: ServerRecord[] = [];
  const streams = new Map<string, StreamState>();
  const listeners = new Set<(records: ReadonlyArray<ServerRecord>) => void>();
  let nextPosition = FIRST_POSITION;

  const lastRevisionOf = (state: StreamState | undefined): bigint => {
    const last = state?.records[state.records.length - 1];
    return last === undefined ? -1n : last.revision;
  };

  const satisfies = (expected: ExpectedState, current: bigint): boolean => {
    switch (expected.kind) {
      case 'any':
        return true;
      case 'no-stream':
        return current === -1n;
      case 'stream-exists':
        return current >= 0n;
      case 'revision':
        return current === expected.revision;
    }
  };

  // Replays of a write whose ids are already stored are acknowledged, not written twice. With an
  // exact expectation the server compares the ids right after the expected revision; otherwise it
  // looks the first id up in the stream. Ids that only partly match are a conflict.
  const idempotentOutcome = (state: StreamState, expected: ExpectedState, events: ReadonlyArray<ProposedRecord>): WriteOutcome | null => {
    const first = events[0];
    if (first === undefined) return null;
    let start: number;
    if (expected.kind === 'revision' || expected.kind === 'no-stream') {
      const after = expected.kind === 'revision' ? expected.revision : -1n;
      start = state.records.findIndex((r) => r.revision === after + 1n);
      if (start === -1 || state.records[start]?.id !== first.id) return null;
    } else {
      start = state.records.findIndex((r) => r.id === first.id);
      if (start === -1) return null;
    }
    const matched = events.every((e, i) => state.records[start + i]?.id === e.id);
    if (!matched) return { kind: 'wrong-expected-version', currentRevision: lastRevisionOrNull(state) };
    const last = state.records[start + events.length - 1] as ServerRecord;
    return { kind: 'success', currentRevision: last.revision, position: last.position };
  };

  const lastRevisionOrNull = (state: StreamState | undefined): bigint | null => {
    const last = lastRevisionOf(state);
    return last === -1n ? null : last;
  };

  const commit = (stream: string, state: StreamState, records: ReadonlyArray<Omit<ServerRecord, 'position'>>): ReadonlyArray<ServerRecord> => {
    const written = records.map((r): ServerRecord => {
      const position = { commit: nextPosition, prepare: nextPosition };
      nextPosition += RECORD_HEADER_BYTES + BigInt(r.data.length + r.customMetadata.length + Buffer.byteLength(r.type) + Buffer.byteLength(stream));
      return { ...r, position };
    });
    log.push(...written);
    state.records.push(...written);
    streams.set(stream, state);
    for (const listener of [...listeners]) listener(written);
    return written;
  };

  const ticksNow = (): bigint => BigInt(now().getTime()) * TICKS_PER_MILLISECOND;

  const reindex = (): void => {
    for (const state of streams.values()) state.records = [];
    for (const record of log) {
      const state = streams.get(record.stream) ?? { records: [], tombstoned: false };
      state.records.push(record);
      streams.set(record.stream, state);
    }
    for (const state of streams.values()) state.records.sort(compareRevisions);
  };

  const take = <A>(items: ReadonlyArray<A>, count: bigint): ReadonlyArray<A> => (count >= BigInt(items.length) ? items : items.slice(0, Number(count)));

  return {
    write: (stream, expected, events) => {
      const state = streams.get(stream) ?? { records: [], tombstoned: false };
      if (state.tombstoned) return { kind: 'stream-deleted' };
      const idempotent = idempotentOutcome(state, expected, events);
      if (idempotent !== null) return idempotent;
      const current = lastRevisionOf(state);
      if (!satisfies(expected, current)) return { kind: 'wrong-expected-version', currentRevision: lastRevisionOrNull(state) };
      if (events.length === 0) return { kind: 'success', currentRevision: current, position: null };
      const created = ticksNow();
      const written = commit(
        stream,
        state,
        events.map((e, i) => ({ ...e, stream, revision: current + 1n + BigInt(i), created })),
      );
      const last = written[written.length - 1] as ServerRecord;
      return { kind: 'success', currentRevision: last.revision, position: last.position };
    },

    tombstone: (stream, expected) => {
      const state = streams.get(stream) ?? { records: [], tombstoned: false };
      if (state.tombstoned) return { kind: 'stream-deleted' };
      const current = lastRevisionOf(state);
      if (!satisfies(expected, current)) return { kind: 'wrong-expected-version', currentRevision: lastRevisionOrNull(state) };
      state.tombstoned = true;
      const [record] = commit(stream, state, [
        {
          stream,
          revision: TOMBSTONE_REVISION,
          id: randomUUID(),
          type: '$streamDeleted',
          contentType: 'application/octet-stream',
          data: new Uint8Array(),
          customMetadata: new Uint8Array(),
          created: ticksNow(),
        },
      ]);
      return { kind: 'success', currentRevision: TOMBSTONE_REVISION, position: (record as ServerRecord).position };
    },

    readStream: (stream, direction, from, count) => {
      const state = streams.get(stream);
      if (state?.tombstoned === true) return { kind: 'deleted' };
      if (state === undefined || state.records.length === 0) return { kind: 'not-found' };
      if (direction === 'forwards') {
        const start = from === 'start' ? 0n : from === 'end' ? lastRevisionOf(state) + 1n : from;
        return { kind: 'records', records: take(state.records.filter((r) => r.revision >= start), count) };
      }
      const start = from === 'start' ? 0n : from === 'end' ? lastRevisionOf(state) : from;
      return { kind: 'records', records: take(state.records.filter((r) => r.revision <= start).reverse(), count) };
    },

    // Forwards from a position includes the record at it; backwards from a position starts with
    // the record before it, as a real server reads its transaction file.
    readAll: (direction, from, count) => {
      if (direction === 'forwards') {
        const selected = from === 'start' ? log : from === 'end' ? [] : log.filter((r) => !positionBefore(r.position, from));
        return take(selected, count);
      }
      const selected = from === 'end' ? log : from === 'start' ? [] : log.filter((r) => positionBefore(r.position, from));
      return take([...selected].reverse(), count);
    },

    after: (from) => (from === 'start' ? [...log] : from === 'end' ? [] : log.filter((r) => positionBefore(from, r.position))),

    onCommit: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    records: () => log,

    replace: (index, record) => {
      const slot = log[index];
      if (slot === undefined) throw new RangeError(`test server: no record in $all slot ${index}`);
      log[index] = { ...record, position: slot.position };
      reindex();
    },

    remove: (index) => {
      if (log[index] === undefined) throw new RangeError(`test server: no record in $all slot ${index}`);
      log.splice(index, 1);
      reindex();
    },
  };
};
