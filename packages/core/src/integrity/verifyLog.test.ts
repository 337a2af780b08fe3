import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it, vi } from 'vitest';
import type { EventEnvelope, StoredEventShape } from '../store/eventEnvelope';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { makeInMemoryStorage, type InMemoryStorage } from '../store/inMemoryStorage';
import type { StoreError } from '../store/storeError';
import { GENESIS_HASH } from './eventSeal';
import { hashEvent } from './hashEvent';
import type { LogSource } from './logCursor';
import { sealBatch } from './sealBatch';
import type { LogProblem, VerificationReport } from './verificationReport';
import { verifyLog } from './verifyLog';

interface Counted extends StoredEventShape {
  readonly type: 'Counted';
  readonly data: { readonly n: number };
}
type Envelope = EventEnvelope<Counted>;

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// Ten events over three streams, interleaved: a1 a2 b1 a3 c1 b2 a4 c2 b3 a5 at positions 1 to 10.
const order: ReadonlyArray<string> = ['a', 'a', 'b', 'a', 'c', 'b', 'a', 'c', 'b', 'a'];

const sealedLog = async (streams: ReadonlyArray<string> = order) => {
  let tick = 0;
  const storage = makeInMemoryStorage<Counted>();
  const store = makeInMemoryEventStore<Counted>({ storage, clock: () => new Date(Date.UTC(2024, 0, 1, 0, 0, tick++)) });
  for (const [i, stream] of streams.entries()) {
    const appended = await store.append(stream, [{ id: uuid(i + 1), event: { type: 'Counted', data: { n: (i + 1) * 10 } }, domainDate: null }])();
    if (E.isLeft(appended)) throw new Error('append failed');
  }
  return { store, storage };
};

const at = (storage: InMemoryStorage<Counted>, position: number): Envelope => {
  const found = storage.log.find((e) => e.globalPosition === position);
  if (found === undefined) throw new Error(`no event at ${position}`);
  return found;
};

const replace = (storage: InMemoryStorage<Counted>, position: number, change: (e: Envelope) => Envelope): void => {
  const index = storage.log.findIndex((e) => e.globalPosition === position);
  storage.log[index] = change(storage.log[index] as Envelope);
};

// As an attacker with database access would: each event takes the other's position, keeping its hash.
const swap = (storage: InMemoryStorage<Counted>, a: number, b: number): void => {
  const first = at(storage, a);
  const second = at(storage, b);
  replace(storage, a, () => ({ ...second, globalPosition: a }));
  replace(storage, b, () => ({ ...first, globalPosition: b }));
};

// Makes room at a position by moving every later event one place on (hashes untouched), then puts a record there.
const insertAt = (storage: InMemoryStorage<Counted>, position: number, record: (previous: Envelope) => Envelope): void => {
  const index = storage.log.findIndex((e) => e.globalPosition === position);
  for (let i = storage.log.length - 1; i >= index; i--) replace(storage, (storage.log[i] as Envelope).globalPosition, (e) => ({ ...e, globalPosition: e.globalPosition + 1 }));
  storage.log.splice(index, 0, record(storage.log[index - 1] as Envelope));
};

// Recomputes the seals from a position on, as a forger would after a change; with streamLinks
// false the stream links are kept as they were, so only the global chain is consistent again.
const resealFrom = (storage: InMemoryStorage<Counted>, position: number, streamLinks = true): void => {
  const streamHeads = new Map<string, string>();
  let previous = GENESIS_HASH;
  for (const [i, e] of storage.log.entries()) {
    if (e.globalPosition >= position) {
      const links = { previousGlobalHash: previous, previousStreamHash: streamLinks ? (streamHeads.get(e.stream) ?? GENESIS_HASH) : e.previousStreamHash };
      const resealed = { ...e, ...links, hash: hashEvent({ ...e, ...links }) };
      storage.log[i] = resealed;
    }
    const current = storage.log[i] as Envelope;
    previous = current.hash;
    streamHeads.set(current.stream, current.hash);
  }
};

const report = async (source: LogSource, pageSize?: number): Promise<VerificationReport> => {
  const result = await verifyLog(source, pageSize === undefined ? {} : { pageSize })();
  if (E.isLeft(result)) throw new Error(`expected a report, got ${JSON.stringify(result.left)}`);
  return result.right;
};

const problemOf = async (source: LogSource, pageSize?: number): Promise<LogProblem> => {
  const result = await report(source, pageSize);
  if (result._tag !== 'Broken') throw new Error('expected a broken log');
  return result.problem;
};

describe('verifyLog on an untouched log', () => {
  it('reports a log of several streams Intact, with its head and count', async () => {
    const { store, storage } = await sealedLog();
    expect(await report(store)).toEqual({ _tag: 'Intact', headPosition: 10, headHash: at(storage, 10).hash, eventCount: 10 });
  });

  it('reports an empty log Intact at position 0 with the genesis hash', async () => {
    expect(await report(makeInMemoryEventStore<Counted>())).toEqual({ _tag: 'Intact', headPosition: 0, headHash: GENESIS_HASH, eventCount: 0 });
  });

  it('pages through a log bigger than one page, and finds tampering across page boundaries', async () => {
    const { store, storage } = await sealedLog([...order, ...order, 'a', 'b', 'c']);
    const readAll = vi.spyOn(store, 'readAll');
    expect(await report(store, 5)).toMatchObject({ _tag: 'Intact', headPosition: 23, eventCount: 23 });
    expect(readAll.mock.calls.map(([options]) => options)).toEqual([1, 6, 11, 16, 21, 24].map((fromPosition) => ({ fromPosition, limit: 5 })));

    swap(storage, 15, 18);
    expect(await problemOf(store, 5)).toMatchObject({ kind: 'reordered', globalPosition: 15, eventId: uuid(15) });
  });

  it('reads with a default page size that a log of more than one page exceeds', async () => {
    const { store } = await sealedLog(Array.from({ length: 501 }, (_, i) => `s${i % 7}`));
    const readAll = vi.spyOn(store, 'readAll');
    expect(await report(store)).toMatchObject({ _tag: 'Intact', headPosition: 501 });
    expect(readAll.mock.calls.map(([options]) => options?.fromPosition)).toEqual([1, 501, 502]);
  });
});

describe('verifyLog on a tampered log', () => {
  it('names an event whose count was changed as altered, with the sealed and the recomputed hash', async () => {
    const { store, storage } = await sealedLog();
    const sealed = at(storage, 6);
    replace(storage, 6, (e) => ({ ...e, event: { type: 'Counted', data: { n: 61 } } }));
    const problem = await problemOf(store);
    expect(problem).toMatchObject({ kind: 'altered', globalPosition: 6, stream: 'b', streamRevision: 1, eventId: uuid(6), expectedHash: sealed.hash });
    expect(problem.actualHash).toBe(hashEvent(at(storage, 6)));
    expect(problem.actualHash).not.toBe(sealed.hash);
    expect(problem.message).toMatch(/position 6/);
  });

  it('names an event whose recordedAt was changed as altered', async () => {
    const { store, storage } = await sealedLog();
    replace(storage, 3, (e) => ({ ...e, recordedAt: '2023-12-31T00:00:00.000Z' }));
    expect(await problemOf(store)).toMatchObject({ kind: 'altered', globalPosition: 3, stream: 'b', streamRevision: 0 });
  });

  it('names a deleted event as removed at its position, with its stream and revision when its stream goes on', async () => {
    const { store, storage } = await sealedLog();
    const deleted = at(storage, 4);
    storage.log.splice(3, 1);
    expect(await problemOf(store)).toMatchObject({ kind: 'removed', globalPosition: 4, stream: 'a', streamRevision: 2, expectedHash: deleted.hash });
  });

  it('names a deleted event whose stream has nothing after it as removed, with no stream', async () => {
    const { store, storage } = await sealedLog();
    storage.log.splice(7, 1);
    expect(await problemOf(store)).toMatchObject({ kind: 'removed', globalPosition: 8, stream: null, streamRevision: null });
  });

  it('names two swapped events as reordered at the first of them, naming the event sealed there', async () => {
    const { store, storage } = await sealedLog();
    swap(storage, 4, 5);
    expect(await problemOf(store)).toMatchObject({ kind: 'reordered', globalPosition: 4, stream: 'a', streamRevision: 2, eventId: uuid(4) });

    const far = await sealedLog();
    const sealedAt3 = at(far.storage, 3);
    swap(far.storage, 3, 9);
    const problem = await problemOf(far.store);
    expect(problem).toMatchObject({ kind: 'reordered', globalPosition: 3, stream: 'b', streamRevision: 0, expectedHash: sealedAt3.hash });
    expect(problem.message).toMatch(/found at position 9/);
  });

  it('names a forged event, sealed as the store would seal it and inserted in the middle, as inserted', async () => {
    const { store, storage } = await sealedLog();
    insertAt(storage, 5, (previous) => {
      const [forged] = sealBatch({ previousGlobalHash: previous.hash, previousStreamHash: at(storage, 3).hash }, [
        { ...previous, eventId: uuid(99), stream: 'b', streamRevision: 1, globalPosition: 5, event: { type: 'Counted', data: { n: 999 } } },
      ]);
      return forged as Envelope;
    });
    expect(storage.log.map((e) => e.globalPosition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await problemOf(store)).toMatchObject({ kind: 'inserted', globalPosition: 5, stream: 'b', eventId: uuid(99) });
  });

  it('names a forged event with a wrong stream link as inserted, not the stream event before it as altered', async () => {
    const { store, storage } = await sealedLog();
    insertAt(storage, 5, (previous) => {
      const [forged] = sealBatch({ previousGlobalHash: previous.hash, previousStreamHash: '9'.repeat(64) }, [
        { ...previous, eventId: uuid(99), stream: 'b', streamRevision: 1, globalPosition: 5, event: { type: 'Counted', data: { n: 999 } } },
      ]);
      return forged as Envelope;
    });
    expect(await problemOf(store)).toMatchObject({ kind: 'inserted', globalPosition: 5, stream: 'b', eventId: uuid(99) });
  });

  it('names a clumsy forgery, with a made-up hash, as inserted when the event sealed at its place follows', async () => {
    const { store, storage } = await sealedLog();
    insertAt(storage, 2, (previous) => ({ ...previous, eventId: uuid(98), globalPosition: 2, hash: 'f'.repeat(64) }));
    expect(await problemOf(store)).toMatchObject({ kind: 'inserted', globalPosition: 2, eventId: uuid(98), expectedHash: at(storage, 3).hash });
  });

  it('names a copy of an earlier event, slotted in later, as inserted', async () => {
    const { store, storage } = await sealedLog();
    insertAt(storage, 8, () => ({ ...at(storage, 2), globalPosition: 8 }));
    const problem = await problemOf(store);
    expect(problem).toMatchObject({ kind: 'inserted', globalPosition: 8, eventId: uuid(2), actualHash: at(storage, 2).hash });
    expect(problem.message).toMatch(/sealed at position 2/);
  });

  it('names an event rewritten with a recomputed hash as altered, through the link of the event after it', async () => {
    const { store, storage } = await sealedLog();
    const original = at(storage, 6);
    replace(storage, 6, (e) => {
      const changed = { ...e, event: { type: 'Counted' as const, data: { n: 61 } } };
      return { ...changed, hash: hashEvent(changed) };
    });
    const problem = await problemOf(store);
    expect(problem).toMatchObject({ kind: 'altered', globalPosition: 6, eventId: uuid(6), expectedHash: original.hash, actualHash: at(storage, 6).hash });
  });

  it('names an event as altered through its stream chain when a rewrite recomputed only the global chain after it', async () => {
    const { store, storage } = await sealedLog();
    const original = at(storage, 3);
    replace(storage, 3, (e) => ({ ...e, event: { type: 'Counted', data: { n: 31 } } }));
    resealFrom(storage, 3, false);
    const problem = await problemOf(store);
    // Found at position 6, the next event of stream b, whose stream link still holds the old hash.
    expect(problem).toMatchObject({ kind: 'altered', globalPosition: 3, stream: 'b', streamRevision: 0, expectedHash: original.hash });
    expect(problem.message).toMatch(/at position 6/);
  });

  it('cannot see a rewrite that recomputed both chains: that is what a digest is for', async () => {
    const { store, storage } = await sealedLog();
    replace(storage, 3, (e) => ({ ...e, event: { type: 'Counted', data: { n: 31 } } }));
    resealFrom(storage, 3);
    expect(await report(store)).toMatchObject({ _tag: 'Intact', headPosition: 10 });
  });

  it('reports the first event without a hash as unhashed', async () => {
    const { store, storage } = await sealedLog();
    replace(storage, 7, (e) => {
      const { hash: _hash, ...rest } = e;
      return rest as Envelope;
    });
    expect(await problemOf(store)).toMatchObject({ kind: 'unhashed', globalPosition: 7, stream: 'a', streamRevision: 3 });
  });

  it('reports the first of several problems', async () => {
    const { store, storage } = await sealedLog();
    replace(storage, 8, (e) => ({ ...e, event: { type: 'Counted', data: { n: 0 } } }));
    storage.log.splice(4, 1);
    expect(await problemOf(store)).toMatchObject({ kind: 'removed', globalPosition: 5 });
  });
});

describe('verifyLog through stores that decode on read', () => {
  // A store that decodes what it reads fails a whole page when one stored event no longer decodes.
  const decodingStore = (inner: LogSource, corrupt: ReadonlySet<number>): LogSource => ({
    readAll: (options = {}) => async () => {
      const page = await inner.readAll(options)();
      if (E.isLeft(page)) return page;
      const bad = page.right.find((e) => corrupt.has(e.globalPosition));
      return bad === undefined
        ? page
        : E.left<StoreError>({ _tag: 'CorruptEvent', stream: bad.stream, globalPosition: bad.globalPosition, reason: 'data.n: expected number' });
    },
  });

  it('places an event that no longer decodes as altered, after checking the events before it', async () => {
    const { store } = await sealedLog();
    expect(await problemOf(decodingStore(store, new Set([7])), 4)).toMatchObject({ kind: 'altered', globalPosition: 7, stream: 'a', eventId: null });
  });

  it('still reports an earlier problem first', async () => {
    const { store, storage } = await sealedLog();
    replace(storage, 5, (e) => ({ ...e, metadata: { by: 'someone' } }));
    expect(await problemOf(decodingStore(store, new Set([7])), 4)).toMatchObject({ kind: 'altered', globalPosition: 5, stream: 'c' });
  });

  it('passes on any other store error', async () => {
    const failing: LogSource = { readAll: () => () => Promise.resolve(E.left<StoreError>({ _tag: 'StoreUnavailable', message: 'down' })) };
    expect(await verifyLog(failing)()).toEqual(E.left({ _tag: 'StoreUnavailable', message: 'down' }));
  });

  it('throws a RangeError on a page size that is no positive integer', () => {
    expect(() => verifyLog(makeInMemoryEventStore(), { pageSize: 0 })).toThrow(RangeError);
  });
});
