import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it, vi } from 'vitest';
import type { EventEnvelope, StoredEventShape } from '../store/eventEnvelope';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { makeInMemoryStorage, type InMemoryStorage } from '../store/inMemoryStorage';
import { GENESIS_HASH } from './eventSeal';
import { hashEvent } from './hashEvent';
import { LOG_DIGEST_FORMAT, LogDigest, exportDigest, verifyDigest, type DigestVerification } from './logDigest';
import type { LogSource } from './logCursor';
import { verifyLog } from './verifyLog';

interface Counted extends StoredEventShape {
  readonly type: 'Counted';
  readonly data: { readonly n: number };
}
type Envelope = EventEnvelope<Counted>;

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const makeLog = () => {
  let tick = 0;
  let next = 1;
  const storage = makeInMemoryStorage<Counted>();
  const store = makeInMemoryEventStore<Counted>({ storage, clock: () => new Date(Date.UTC(2024, 0, 1, 0, 0, tick++)) });
  const append = async (...streams: ReadonlyArray<string>): Promise<void> => {
    for (const stream of streams) {
      const n = next++;
      const appended = await store.append(stream, [{ id: uuid(n), event: { type: 'Counted', data: { n } }, domainDate: null }])();
      if (E.isLeft(appended)) throw new Error('append failed');
    }
  };
  return { store, storage, append };
};

const digestOfLog = async (source: LogSource): Promise<LogDigest> => {
  const digest = await exportDigest(source)();
  if (E.isLeft(digest)) throw new Error(`expected a digest, got ${JSON.stringify(digest.left)}`);
  return digest.right;
};

const verified = async (source: LogSource, digest: LogDigest, pageSize?: number): Promise<DigestVerification> => {
  const result = await verifyDigest(source, digest, pageSize === undefined ? {} : { pageSize })();
  if (E.isLeft(result)) throw new Error(`expected a verification, got ${JSON.stringify(result.left)}`);
  return result.right;
};

const replace = (storage: InMemoryStorage<Counted>, position: number, change: (e: Envelope) => Envelope): void => {
  const index = storage.log.findIndex((e) => e.globalPosition === position);
  storage.log[index] = change(storage.log[index] as Envelope);
};

// Rewrites the log as a careful forger would: every seal recomputed, in both chains, from the start.
const resealAll = (storage: InMemoryStorage<Counted>): void => {
  const streamHeads = new Map<string, string>();
  let previous = GENESIS_HASH;
  for (const [i, e] of storage.log.entries()) {
    const links = { previousGlobalHash: previous, previousStreamHash: streamHeads.get(e.stream) ?? GENESIS_HASH };
    const resealed = { ...e, ...links, hash: hashEvent({ ...e, ...links }) };
    storage.log[i] = resealed;
    previous = resealed.hash;
    streamHeads.set(e.stream, resealed.hash);
  }
};

describe('exportDigest', () => {
  it('exports the head hash and position of an intact log, with the format and algorithm, as a value the codec reads back', async () => {
    const { store, storage, append } = makeLog();
    await append('a', 'b', 'a', 'c', 'b');
    const digest = await digestOfLog(store);
    expect(digest).toEqual({ format: LOG_DIGEST_FORMAT, algorithm: 'sha256', headPosition: 5, headHash: storage.log[4]?.hash, eventCount: 5 });
    expect(LogDigest.decode(JSON.parse(JSON.stringify(digest)))).toEqual(E.right(digest));
  });

  it('refuses to vouch for a broken log: it returns the Broken report instead', async () => {
    const { store, storage, append } = makeLog();
    await append('a', 'b', 'a');
    replace(storage, 2, (e) => ({ ...e, event: { type: 'Counted', data: { n: 20 } } }));
    expect(await exportDigest(store)()).toMatchObject(E.left({ _tag: 'Broken', problem: { kind: 'altered', globalPosition: 2 } }));
  });
});

describe('verifyDigest', () => {
  it('holds after more events were appended, and reads only up to the digest head', async () => {
    const { store, append } = makeLog();
    await append('a', 'b', 'a', 'c', 'b', 'a', 'c');
    const digest = await digestOfLog(store);
    await append('a', 'd', 'b', 'c', 'd', 'a');
    const readAll = vi.spyOn(store, 'readAll');
    expect(await verified(store, digest, 3)).toEqual({ _tag: 'Holds', headPosition: 7, headHash: digest.headHash });
    expect(readAll.mock.calls.map(([options]) => options?.fromPosition)).toEqual([1, 4, 7]);
  });

  it('is broken by a tampered event before the head, naming it', async () => {
    const { store, storage, append } = makeLog();
    await append('a', 'b', 'a', 'c', 'b');
    const digest = await digestOfLog(store);
    await append('a', 'c');
    replace(storage, 3, (e) => ({ ...e, event: { type: 'Counted', data: { n: 30 } } }));
    expect(await verified(store, digest)).toMatchObject({ _tag: 'Broken', problem: { kind: 'altered', globalPosition: 3, stream: 'a', streamRevision: 1 } });
  });

  it('diverges from a log rewritten with every hash recomputed, which verifyLog alone finds intact', async () => {
    const { store, storage, append } = makeLog();
    await append('a', 'b', 'a', 'c', 'b');
    const digest = await digestOfLog(store);
    await append('a', 'c');
    replace(storage, 2, (e) => ({ ...e, event: { type: 'Counted', data: { n: 200 } } }));
    resealAll(storage);
    expect(await verifyLog(store)()).toEqual(E.right(expect.objectContaining({ _tag: 'Intact', headPosition: 7 })));
    expect(await verified(store, digest)).toEqual({
      _tag: 'Diverged',
      headPosition: 5,
      expectedHash: digest.headHash,
      actualHash: storage.log[4]?.hash,
      message: expect.stringMatching(/rewritten/),
    });
  });

  it('diverges from a log cut before the digest head', async () => {
    const { store, storage, append } = makeLog();
    await append('a', 'b', 'a', 'c', 'b');
    const digest = await digestOfLog(store);
    storage.log.splice(3);
    expect(await verifyLog(store)()).toEqual(E.right(expect.objectContaining({ _tag: 'Intact', headPosition: 3 })));
    expect(await verified(store, digest)).toMatchObject({ _tag: 'Diverged', headPosition: 5, actualHash: null, message: expect.stringMatching(/ends at position 3/) });
  });

  it('still holds when only events after the head were tampered with, which verifyLog reports', async () => {
    const { store, storage, append } = makeLog();
    await append('a', 'b', 'a');
    const digest = await digestOfLog(store);
    await append('b', 'c');
    replace(storage, 5, (e) => ({ ...e, event: { type: 'Counted', data: { n: 50 } } }));
    expect(await verified(store, digest)).toMatchObject({ _tag: 'Holds', headPosition: 3 });
    expect(await verifyLog(store)()).toMatchObject(E.right({ _tag: 'Broken', problem: { kind: 'altered', globalPosition: 5 } }));
  });

  it('holds for the digest of an empty log, whatever was appended since', async () => {
    const { store, append } = makeLog();
    const digest = await digestOfLog(store);
    expect(digest).toMatchObject({ headPosition: 0, headHash: GENESIS_HASH, eventCount: 0 });
    await append('a', 'b');
    expect(await verified(store, digest)).toEqual({ _tag: 'Holds', headPosition: 0, headHash: GENESIS_HASH });
  });

  it('throws a RangeError on a value that is not a digest', () => {
    const { store } = makeLog();
    const forged = { format: LOG_DIGEST_FORMAT, algorithm: 'sha256', headPosition: 2, headHash: GENESIS_HASH, eventCount: 2 } as LogDigest;
    expect(() => verifyDigest(store, forged)).toThrow(RangeError);
  });
});

describe('LogDigest', () => {
  const valid = { format: LOG_DIGEST_FORMAT, algorithm: 'sha256', headPosition: 3, headHash: 'a'.repeat(64), eventCount: 3 };

  it('decodes a digest and refuses another format, algorithm, a malformed hash or inconsistent numbers', () => {
    expect(E.isRight(LogDigest.decode(valid))).toBe(true);
    expect(E.isLeft(LogDigest.decode({ ...valid, format: 'campaign-ledger.log-digest/2' }))).toBe(true);
    expect(E.isLeft(LogDigest.decode({ ...valid, algorithm: 'sha512' }))).toBe(true);
    expect(E.isLeft(LogDigest.decode({ ...valid, headHash: 'A'.repeat(64) }))).toBe(true);
    expect(E.isLeft(LogDigest.decode({ ...valid, eventCount: 4 }))).toBe(true);
    expect(E.isLeft(LogDigest.decode({ ...valid, headHash: GENESIS_HASH }))).toBe(true);
    expect(E.isLeft(LogDigest.decode({ ...valid, headPosition: -1, eventCount: -1 }))).toBe(true);
  });
});
