import * as E from 'fp-ts/lib/Either.js';
import { GENESIS_HASH } from '../integrity/eventSeal';
import type * as t from 'io-ts';
import type { StoredEventShape } from './eventEnvelope';
import type { AppendResult } from './eventStore';
import { satisfiesExpectedRevision, type ExpectedRevision } from './expectedRevision';
import type { PreparedAppendEvent } from './prepareAppend';
import { sealAppend, type SealedAppendEvent } from './sealAppend';
import { storedAppendOutcome } from './storedAppendOutcome';
import type { StoreError } from './storeError';
import type { StoredRecord } from './storedRecord';

/** One stream's part of a batch append, once checked and prepared. */
export interface PreparedBatchPart<E extends StoredEventShape> {
  readonly stream: string;
  readonly events: ReadonlyArray<PreparedAppendEvent<E>>;
  readonly expected: ExpectedRevision;
}

/** A stream's head as the store holds it: its last revision (-1: no stream) and its last hash. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
}

/** What a store reads, inside its append lock, before it seals a batch: one read each, for the whole batch. */
export interface BatchAppendHeads {
  /** The heads of the batch's streams; a stream the store does not hold is absent (or revision -1). */
  readonly streams: ReadonlyMap<string, StreamHead>;
  /** The log's head: last position (0: empty), last hash, last recordedAt (null: empty). */
  readonly log: { readonly position: number; readonly hash: string; readonly recordedAt: string | null };
  /** The stored records among all the batch's event ids, for idempotency. */
  readonly stored: ReadonlyArray<StoredRecord>;
}

/** A sealed batch: each part's result, the new events to insert in order, and where the heads move. */
export interface SealedBatchAppend<E extends StoredEventShape> {
  /** One result per part, in order: an idempotent part has its original result. */
  readonly results: ReadonlyArray<AppendResult<E>>;
  /** The events to insert, in global order. Empty when every part was held already or empty. */
  readonly sealed: ReadonlyArray<SealedAppendEvent<E>>;
  /** Every stream the batch moves, with its new head. */
  readonly movedStreams: ReadonlyMap<string, StreamHead>;
}

/**
 * Seals a batch of appends to several streams on the heads a store read once inside its append
 * lock, as if the parts were appended one after the other, but all or nothing: the first part
 * refused (a wrong expected revision, a reused id) refuses the whole batch, which the store then
 * does not write. Each part is judged as `append` judges it (idempotency first, then the expected
 * revision, against the stream as the earlier parts left it); an id used by two parts is a
 * DuplicateEventId. The clock is read once per part that appends, in order, so each part has one
 * recordedAt, as an append has. A store inserts `sealed` and moves the heads in the same
 * transaction that read them.
 */
export const sealBatchAppend = <E extends StoredEventShape>(
  parts: ReadonlyArray<PreparedBatchPart<E>>,
  heads: BatchAppendHeads,
  clock: () => Date,
  codec: t.Decoder<unknown, E> | undefined,
): E.Either<StoreError, SealedBatchAppend<E>> => {
  const streams = new Map(heads.streams);
  const moved = new Map<string, StreamHead>();
  const storedById = new Map(heads.stored.map((r) => [r.eventId, r]));
  const usedBy = new Map<string, string>();
  let log = heads.log;
  const results: AppendResult<E>[] = [];
  const sealed: SealedAppendEvent<E>[] = [];
  for (const part of parts) {
    const { stream, events, expected } = part;
    for (const e of events) {
      const earlier = usedBy.get(e.id);
      if (earlier !== undefined) return E.left({ _tag: 'DuplicateEventId', eventId: e.id, stream: earlier });
    }
    for (const e of events) usedBy.set(e.id, stream);
    const head = streams.get(stream) ?? { revision: -1, hash: GENESIS_HASH };
    const actual = head.revision;
    if (events.length === 0) {
      if (!satisfiesExpectedRevision(expected, actual)) return E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual });
      results.push({ nextExpectedRevision: actual, positions: [], envelopes: [] });
      continue;
    }
    const found = events.flatMap((e) => {
      const record = storedById.get(e.id);
      return record === undefined ? [] : [record];
    });
    const stored = storedAppendOutcome(stream, events, found, codec);
    if (stored !== null) {
      if (E.isLeft(stored)) return stored;
      results.push(stored.right);
      continue;
    }
    if (!satisfiesExpectedRevision(expected, actual)) return E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual });
    const sealedPart = sealAppend(
      stream,
      { streamRevision: actual, streamHash: head.hash, globalPosition: log.position, globalHash: log.hash, recordedAt: log.recordedAt },
      clock,
      events,
    );
    const last = sealedPart[sealedPart.length - 1]?.envelope;
    if (last === undefined) throw new RangeError('sealBatchAppend: a part with events sealed none');
    sealed.push(...sealedPart);
    const next = { revision: last.streamRevision, hash: last.hash };
    streams.set(stream, next);
    moved.set(stream, next);
    log = { position: last.globalPosition, hash: last.hash, recordedAt: last.recordedAt };
    results.push({ nextExpectedRevision: last.streamRevision, positions: sealedPart.map((s) => s.envelope.globalPosition), envelopes: sealedPart.map((s) => s.envelope) });
  }
  return E.right({ results, sealed, movedStreams: moved });
};
