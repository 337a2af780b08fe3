import type { EventEnvelope, StoreError } from '@campaign-ledger/core';
import type { ReadDirection, StoredEventShape } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { AllReadStart, EsdbPort, ReadRecord, RecordPosition } from './clientPort';
import { makePositionIndex } from './positionIndex';
import { envelopeOf, kindOf } from './recordEnvelope';
import { storeErrorOf } from './storeFailure';
import type { StreamNaming } from './streamNaming';

/** Options of a read of the ledger's log. */
export interface ReadLogOptions {
  readonly direction: ReadDirection;
  /** Inclusive; forwards defaults to 1, backwards to the last position. */
  readonly fromPosition?: number;
  readonly limit?: number;
  /** Return what comes before a corrupt event instead of failing (a subscription's page); the next read then fails on it. */
  readonly upToCorrupt?: boolean;
}

/** How the store reads the ledger back from EventStoreDB. */
export interface LogReader<E extends StoredEventShape> {
  /** The ledger's events in $all, in global order, by global position. */
  readonly readLog: (options: ReadLogOptions) => Promise<E.Either<StoreError, ReadonlyArray<EventEnvelope<E>>>>;
  /** One stream of the ledger, by revision; a stream that does not exist reads as empty. */
  readonly readStream: (
    stream: string,
    options: { readonly direction: ReadDirection; readonly fromRevision?: number; readonly limit?: number },
  ) => Promise<E.Either<StoreError, ReadonlyArray<EventEnvelope<E>>>>;
  /** The id of the ledger's last event in $all, or null when it has none. */
  readonly lastEventId: () => Promise<E.Either<StoreError, string | null>>;
}

// The most records asked of the server per page of $all: big enough for few round trips, small
// enough that a read with a small limit does not pull much of someone else's traffic.
const MAX_PAGE = 512;

const samePosition = (a: RecordPosition, b: RecordPosition): boolean => a.commit === b.commit && a.prepare === b.prepare;
const isBefore = (a: RecordPosition, b: RecordPosition): boolean => a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);

// Each event of the ledger follows its claim on the head stream in $all, so twice the events
// wanted, and two more: the first record of a page may repeat the last of the previous one. A
// read without a limit starts small and doubles its pages.
const pageSizeFor = (limit: number): number => Math.min(MAX_PAGE, Number.isFinite(limit) ? 2 * limit + 2 : 32);

/**
 * Reads the ledger from $all. The ledger's global positions live in each event's metadata, and
 * $all holds them in increasing order (the head stream lets one batch be written at a time), so a
 * read from a position starts at the remembered $all position of an event before it (or at the
 * head stream's first event, which precedes every event of the ledger) and skips what lies before.
 * Everything in $all that is not this ledger's is skipped: system events, other ledgers, other
 * applications. The reader does not rely on whether the server's reads from a position include the
 * record at it: a repeated record is dropped, and each read starts strictly before (or after) its window.
 */
export const makeLogReader = <E extends StoredEventShape>(
  port: EsdbPort,
  naming: StreamNaming,
  codec: t.Decoder<unknown, E> | undefined,
): LogReader<E> => {
  const index = makePositionIndex();
  let origin: RecordPosition | undefined;

  // Where the head stream's first event is in $all: no event of this ledger can come before it, and
  // without a head stream the ledger has no events at all. 'unknown' when the server would not say
  // (servers before 22.6 give no positions in stream reads): then reads start at the beginning of $all.
  const originOf = async (): Promise<RecordPosition | 'empty' | 'unknown'> => {
    if (origin !== undefined) return origin;
    const first = await port.readStream(naming.headStream, { direction: 'forwards', from: 'start', maxCount: 1 });
    if (E.isLeft(first)) return 'unknown';
    if (first.right === null) return 'empty';
    origin = first.right[0]?.position;
    return origin ?? 'unknown';
  };

  /** Reads $all from a start, a page at a time, until the visitor says stop (true) or $all ends. */
  const scan = async (
    direction: ReadDirection,
    start: AllReadStart,
    firstPageSize: number,
    visit: (record: ReadRecord) => boolean,
  ): Promise<E.Either<StoreError, void>> => {
    const firstOfLedger = direction === 'backwards' ? await originOf() : undefined;
    const stopBefore = typeof firstOfLedger === 'object' ? firstOfLedger : undefined;
    let pageSize = firstPageSize;
    let from = start;
    let previous: RecordPosition | undefined;
    for (;;) {
      const page = await port.readAll({ direction, from, maxCount: pageSize });
      if (E.isLeft(page)) return E.left(storeErrorOf(page.left, 'reading $all'));
      for (const record of page.right) {
        if (previous !== undefined && record.position !== undefined && samePosition(record.position, previous)) continue;
        if (stopBefore !== undefined && record.position !== undefined && isBefore(record.position, stopBefore)) return E.right(undefined);
        if (visit(record)) return E.right(undefined);
      }
      const last = page.right[page.right.length - 1];
      if (page.right.length < pageSize || last?.position === undefined) return E.right(undefined);
      previous = last.position;
      from = last.position;
      pageSize = Math.min(MAX_PAGE, pageSize * 2);
    }
  };

  const readLog = async (options: ReadLogOptions): Promise<E.Either<StoreError, ReadonlyArray<EventEnvelope<E>>>> => {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    if (limit === 0) return E.right([]);
    const forwards = options.direction === 'forwards';
    const from = options.fromPosition ?? (forwards ? 1 : Number.POSITIVE_INFINITY);
    const remembered = forwards ? index.before(from) : Number.isFinite(from) ? index.after(from) : undefined;
    const beginning = remembered === undefined ? await originOf() : remembered;
    if (beginning === 'empty') return E.right([]);
    const start: AllReadStart = remembered ?? (forwards ? (beginning === 'unknown' ? 'start' : beginning) : 'end');
    const out: EventEnvelope<E>[] = [];
    let failure: StoreError | undefined;
    // The last global position met in scan order: a damaged seal has no position of its own, so it
    // is reported next to it.
    let lastMet: number | undefined;
    const outside = (position: number): boolean => (forwards ? position < from : position > from);
    const scanned = await scan(options.direction, start, pageSizeFor(limit), (record) => {
      const kind = kindOf(record, naming);
      if (kind._tag === 'Foreign') return false;
      if (kind._tag === 'Damaged') {
        const guess = lastMet === undefined ? (forwards ? from : 0) : forwards ? lastMet + 1 : lastMet - 1;
        if (outside(guess)) return false;
        failure = { _tag: 'CorruptEvent', stream: kind.stream, globalPosition: guess, reason: kind.reason };
        return true;
      }
      const position = kind.metadata.globalPosition;
      lastMet = position;
      if (record.position !== undefined) index.remember(position, record.position);
      if (outside(position)) return false;
      const envelope = envelopeOf(record, kind, codec);
      if (E.isLeft(envelope)) {
        failure = envelope.left;
        return true;
      }
      out.push(envelope.right);
      return out.length >= limit;
    });
    if (E.isLeft(scanned)) return scanned;
    if (failure === undefined) return E.right(out);
    return options.upToCorrupt === true && out.length > 0 ? E.right(out) : E.left(failure);
  };

  return {
    readLog,

    readStream: async (stream, { direction, fromRevision, limit }) => {
      if (limit === 0) return E.right([]);
      const esdbStream = naming.toEsdb(stream);
      const read = await port.readStream(esdbStream, {
        direction,
        from: fromRevision !== undefined ? BigInt(fromRevision) : direction === 'forwards' ? 'start' : 'end',
        maxCount: limit ?? Number.MAX_SAFE_INTEGER,
      });
      if (E.isLeft(read)) return E.left(storeErrorOf(read.left, `reading ${stream}`, stream));
      const envelopes: EventEnvelope<E>[] = [];
      for (const record of read.right ?? []) {
        const kind = kindOf(record, naming);
        // A stream of the ledger holds the ledger's events only: anything else was written behind its back.
        if (kind._tag !== 'Ledger') {
          const reason =
            kind._tag === 'Damaged' ? kind.reason : `revision ${record.revision} of EventStoreDB stream ${esdbStream} was not written by this ledger`;
          return E.left({ _tag: 'CorruptEvent', stream, globalPosition: 0, reason });
        }
        if (record.position !== undefined) index.remember(kind.metadata.globalPosition, record.position);
        const envelope = envelopeOf(record, kind, codec);
        if (E.isLeft(envelope)) return envelope;
        envelopes.push(envelope.right);
      }
      return E.right(envelopes);
    },

    lastEventId: async () => {
      let found: string | null = null;
      const scanned = await scan('backwards', 'end', 64, (record) => {
        if (kindOf(record, naming)._tag === 'Foreign') return false;
        found = record.id;
        return true;
      });
      return E.map(() => found)(scanned);
    },
  };
};
