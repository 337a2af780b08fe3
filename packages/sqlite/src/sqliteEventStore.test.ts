import { existsSync } from 'node:fs';
import { verifyLog, type EventEnvelope, type EventStore, type StoreError } from '@campaign-ledger/core';
import { GENESIS_HASH } from '@campaign-ledger/core/adapter';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, describe, expect, it } from 'vitest';
import { Counted, counted, eventId } from '../test/counted';
import { makeTempDirectory } from '../test/tempDirectory';
import { openSqliteDatabase } from './openSqliteDatabase';
import { openSqliteEventStore } from './openSqliteEventStore';
import { makeSqliteEventStore } from './sqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

const opened = async (path: string, options: Parameters<typeof openSqliteEventStore<Counted>>[1] = {}): Promise<EventStore<Counted>> => {
  const result = await openSqliteEventStore<Counted>(path, { codec: Counted, ...options })();
  if (E.isLeft(result)) return expect.unreachable(`cannot open ${path}: ${JSON.stringify(result.left)}`);
  return result.right;
};

const right = async <A>(task: () => Promise<E.Either<StoreError, A>>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) return expect.unreachable(`expected success, got ${JSON.stringify(result.left)}`);
  return result.right;
};

const left = async <A>(task: () => Promise<E.Either<StoreError, A>>): Promise<StoreError> => {
  const result = await task();
  if (E.isRight(result)) return expect.unreachable(`expected a StoreError, got ${JSON.stringify(result.right)}`);
  return result.left;
};

const numbers = (envelopes: ReadonlyArray<EventEnvelope<Counted>>): ReadonlyArray<number> => envelopes.map((e) => e.event.data.n);

const waitFor = async (what: string, condition: () => boolean, timeoutMs = 5_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return expect.unreachable(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('the file', () => {
  it('is opened in WAL mode with synchronous=NORMAL, foreign keys on and the busy timeout given', async () => {
    const db = await right(openSqliteDatabase(directory.file('pragmas'), { busyTimeoutMs: 1234 }));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(1);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
    } finally {
      db.close();
    }
  });

  it('keeps the log across close and reopen: the same envelopes, and a chain verifyLog finds intact', async () => {
    const path = directory.file('persistent');
    const first = await opened(path);
    await right(first.append('s', [counted(1), counted(2)]));
    await right(first.append('t', [{ ...counted(3), domainDate: '2010-08-10', metadata: { by: 'Huyện ủy' } }]));
    const before = await right(first.readAll());
    await first.close();
    const second = await opened(path);
    expect(await right(second.readAll())).toEqual(before);
    expect(await right(verifyLog(second))).toMatchObject({ _tag: 'Intact', headPosition: 3 });
    expect(await right(second.append('s', [counted(4)], { expectedRevision: 1 }))).toMatchObject({ nextExpectedRevision: 2, positions: [4] });
    await second.close();
  });

  it('cannot be opened in a directory that does not exist: StoreUnavailable, not an exception', async () => {
    const error = await left(openSqliteEventStore(`${directory.path}/missing/ledger.sqlite`));
    expect(error).toMatchObject({ _tag: 'StoreUnavailable', message: expect.stringMatching(/^opening .*missing.*: .*directory does not exist/) });
  });

  it('close() closes the file, and a second close() is harmless', async () => {
    const path = directory.file('close');
    const store = await opened(path);
    await right(store.append('s', [counted(1)]));
    expect(existsSync(`${path}-wal`), 'the open file writes ahead to its WAL').toBe(true);
    await store.close();
    await store.close();
    // SQLite folds the WAL back into the file and removes it when the last connection closes.
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(await left(store.readAll())).toMatchObject({ _tag: 'StoreUnavailable' });
  });
});

describe('positions', () => {
  it('are never AUTOINCREMENT: the schema has no sequence, and refused appends leave no gap even across a reopen', async () => {
    const path = directory.file('positions');
    const store = await opened(path);
    await right(store.append('s', [counted(1)]));
    expect(await left(store.append('s', [counted(2), counted(3)], { expectedRevision: 'no-stream' }))).toMatchObject({ _tag: 'WrongExpectedRevision' });
    await store.close();
    const db = new Database(path);
    const schema = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events'").pluck().get() as string).toUpperCase();
    const sequence = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'").pluck().get();
    db.close();
    expect(schema).not.toContain('AUTOINCREMENT');
    expect(sequence).toBe(0);
    const reopened = await opened(path);
    expect(await right(reopened.append('s', [counted(4)]))).toMatchObject({ nextExpectedRevision: 1, positions: [2] });
    await reopened.close();
  });

  it('a batch the database fails half way stores nothing and takes no position (the whole transaction rolls back)', async () => {
    const db = new Database(':memory:');
    const store = makeSqliteEventStore(db, { codec: Counted });
    await right(store.append('s', [counted(1)]));
    // The disk "fails" on the second row of the batch.
    db.exec(`CREATE TEMP TRIGGER failing BEFORE INSERT ON events WHEN NEW.stream = 'doomed' AND NEW.stream_revision = 1
      BEGIN SELECT RAISE(ABORT, 'the disk failed'); END`);
    const error = await left(store.append('doomed', [counted(2), counted(3), counted(4)]));
    expect(error).toMatchObject({ _tag: 'StoreUnavailable', message: expect.stringContaining('the disk failed') });
    expect(await right(store.readStream('doomed'))).toEqual([]);
    expect(await right(store.append('t', [counted(5)]))).toMatchObject({ nextExpectedRevision: 0, positions: [2] });
    await store.close();
    db.close();
  });
});

describe('one writer at a time', () => {
  it('while another connection holds the write lock past busy_timeout, appends fail with StoreUnavailable (SQLITE_BUSY) and reads go on; then appends resume', async () => {
    const path = directory.file('busy');
    const store = await opened(path, { busyTimeoutMs: 50 });
    await right(store.append('s', [counted(1)]));
    const other = new Database(path);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const error = await left(store.append('s', [counted(2)]));
      expect(error).toMatchObject({ _tag: 'StoreUnavailable', message: expect.stringMatching(/busy_timeout/) });
      expect((error as { readonly cause?: { readonly code?: string } }).cause?.code).toBe('SQLITE_BUSY');
      expect(numbers(await right(store.readAll()))).toEqual([1]);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(await right(store.append('s', [counted(2)]))).toMatchObject({ nextExpectedRevision: 1, positions: [2] });
    await store.close();
  });

  it('two stores on one file (two connections) share one gapless order and one chain', async () => {
    const path = directory.file('two-connections');
    const a = await opened(path);
    const b = await opened(path);
    for (let n = 1; n <= 20; n++) await right((n % 2 === 0 ? a : b).append(n % 3 === 0 ? 'x' : 'y', [counted(n)]));
    const log = await right(a.readAll());
    expect(log.map((e) => e.globalPosition)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await left(b.append('x', [counted(21)], { expectedRevision: 0 }))).toEqual({ _tag: 'WrongExpectedRevision', stream: 'x', expected: 0, actual: 5 });
    expect(await right(verifyLog(b))).toMatchObject({ _tag: 'Intact', eventCount: 20 });
    await a.close();
    await b.close();
  });

  it('recordedAt never goes below the log’s last one, so writers with clocks behind keep the log in time order', async () => {
    const path = directory.file('clocks');
    const ahead = await opened(path, { clock: () => new Date('2024-01-01T10:00:00.000Z') });
    const behind = await opened(path, { clock: () => new Date('2024-01-01T09:00:00.000Z') });
    await right(behind.append('s', [counted(1)]));
    await right(ahead.append('s', [counted(2)]));
    await right(behind.append('s', [counted(3)]));
    expect((await right(ahead.readAll())).map((e) => e.recordedAt)).toEqual([
      '2024-01-01T09:00:00.000Z',
      '2024-01-01T10:00:00.000Z',
      '2024-01-01T10:00:00.000Z',
    ]);
    expect(await right(verifyLog(ahead))).toMatchObject({ _tag: 'Intact', eventCount: 3 });
    await ahead.close();
    await behind.close();
  });
});

describe('a writer that ignores the append lock', () => {
  // Between this library's writers BEGIN IMMEDIATE makes these races impossible; a temporary
  // trigger plays a foreign writer that takes the revision (or the id) just before this insert.
  // Its row rolls back with the failed append, so the revision read again is the one before it.
  const rival = (db: Database.Database, column: 'revision' | 'id'): void => {
    db.exec(`CREATE TEMP TRIGGER rival BEFORE INSERT ON events WHEN NEW.stream = 'contested'
      BEGIN INSERT INTO events (global_position, event_id, stream, stream_revision, event_type, data, metadata, domain_date, recorded_at, hash, previous_stream_hash, previous_global_hash)
      VALUES (NEW.global_position + 1000, ${column === 'id' ? 'NEW.event_id' : `unhex('${eventId(999)}', '-')`}, ${column === 'id' ? "'elsewhere'" : 'NEW.stream'}, NEW.stream_revision,
        'Counted', '{"n":999}', '{}', NULL, NEW.recorded_at, NEW.hash, NEW.previous_stream_hash, NEW.previous_global_hash); END`);
  };

  it('a unique violation on (stream, revision) is a WrongExpectedRevision with the revision read again, and stores nothing', async () => {
    const db = new Database(':memory:');
    const store = makeSqliteEventStore(db, { codec: Counted });
    await right(store.append('contested', [counted(1)]));
    rival(db, 'revision');
    expect(await left(store.append('contested', [counted(2)], { expectedRevision: 0 }))).toEqual({
      _tag: 'WrongExpectedRevision',
      stream: 'contested',
      expected: 0,
      actual: 0,
    });
    // With 'any' the conflict means "try again"; against a rival that never yields it gives up as unavailable.
    expect(await left(store.append('contested', [counted(3)]))).toMatchObject({ _tag: 'StoreUnavailable', message: expect.stringMatching(/UNIQUE/) });
    db.exec('DROP TRIGGER rival');
    expect(numbers(await right(store.readAll()))).toEqual([1]);
    await store.close();
    db.close();
  });

  it('a unique violation on the event id is looked up again under the idempotency rules, and retried; a rival that never yields makes the append unavailable, storing nothing', async () => {
    const db = new Database(':memory:');
    const store = makeSqliteEventStore(db, { codec: Counted });
    expect(await right(store.readAll())).toEqual([]);
    rival(db, 'id');
    // The rival's row rolls back with the append, so the id is free again when it is looked up:
    // the append is retried, meets the rival again, and at last reports the store as unavailable.
    expect(await left(store.append('contested', [counted(1)]))).toMatchObject({ _tag: 'StoreUnavailable', message: expect.stringMatching(/event_id/) });
    db.exec('DROP TRIGGER rival');
    expect(await right(store.readAll())).toEqual([]);
    expect(await right(store.append('contested', [counted(1)]))).toMatchObject({ nextExpectedRevision: 0, positions: [1] });
    await store.close();
    db.close();
  });
});

describe('what is stored', () => {
  it('refuses values JSON would mangle (NaN, a Date, a Map, undefined in an array) as InvalidEvent, and drops undefined properties', async () => {
    const db = new Database(':memory:');
    const store = makeSqliteEventStore<{ readonly type: string; readonly data: unknown }>(db);
    const append = (data: unknown) => store.append('s', [{ id: eventId(1), event: { type: 'Any', data }, domainDate: null }]);
    expect(await left(append({ n: Number.NaN }))).toMatchObject({ _tag: 'InvalidEvent', index: 0, reason: expect.stringMatching(/event\.data\.n: the number NaN/) });
    expect(await left(append({ at: new Date(0) }))).toMatchObject({ reason: expect.stringMatching(/event\.data\.at: a Date/) });
    expect(await left(append(new Map()))).toMatchObject({ reason: expect.stringMatching(/a Map/) });
    expect(await left(append([1, undefined]))).toMatchObject({ reason: expect.stringMatching(/event\.data\[1\]: undefined/) });
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(await left(append(cyclic))).toMatchObject({ reason: expect.stringMatching(/refers to itself/) });
    await right(append({ kept: 1, dropped: undefined }));
    const [envelope] = await right(store.readAll());
    expect(envelope?.event.data).toStrictEqual({ kept: 1 });
    expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact' });
    await store.close();
    db.close();
  });

  it('stores event ids and hashes as bytes, reads them back as the lower-case text they were sealed as, and the table refuses any other length', async () => {
    const db = new Database(':memory:');
    const store = makeSqliteEventStore(db, { codec: Counted });
    await right(store.append('s', [{ ...counted(1), id: 'ABCDEF01-2345-4789-8ABC-DEF012345678' }]));
    expect(db.prepare('SELECT typeof(event_id) AS id, length(event_id) AS idLength, typeof(hash) AS hash, length(hash) AS hashLength FROM events').get()).toEqual({
      id: 'blob',
      idLength: 16,
      hash: 'blob',
      hashLength: 32,
    });
    const [envelope] = await right(store.readAll());
    expect(envelope?.eventId).toBe('abcdef01-2345-4789-8abc-def012345678');
    expect(envelope?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(envelope?.previousGlobalHash).toBe(GENESIS_HASH);
    expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact' });
    expect(() => db.prepare("UPDATE events SET event_id = x'00'").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE events SET hash = x'00'").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE events SET hash = 'ab'").run()).toThrow(/cannot store TEXT value in BLOB column/);
    await store.close();
    db.close();
  });

  it('a handle closed under the store makes every operation StoreUnavailable', async () => {
    const db = new Database(':memory:');
    const store = makeSqliteEventStore(db, { codec: Counted });
    await right(store.append('s', [counted(1)]));
    db.close();
    expect(await left(store.append('s', [counted(2)]))).toMatchObject({ _tag: 'StoreUnavailable', message: expect.stringMatching(/connection is closed/) });
    expect(await left(store.readAll())).toMatchObject({ _tag: 'StoreUnavailable' });
    await store.close();
  });
});

describe('subscriptions', () => {
  it('wake at once on this store’s appends, and see another connection’s only when they poll', async () => {
    const path = directory.file('poll');
    const subscriber = await opened(path, { pollIntervalMs: 1_000 });
    const writer = await opened(path);
    const delivered: number[] = [];
    let caughtUp = false;
    const subscription = subscriber.subscribe({ onEvent: (e) => void delivered.push(e.event.data.n), onCaughtUp: () => (caughtUp = true) });
    await waitFor('catching up', () => caughtUp);
    await right(writer.append('s', [counted(1)]));
    await right(subscriber.append('s', [counted(2)]));
    // The local append woke the subscription, whose next page holds the other connection's event too.
    await waitFor('the local append', () => delivered.length === 2, 200);
    await right(writer.append('s', [counted(3)]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(delivered, 'not before the next poll').toEqual([1, 2]);
    await waitFor('the poll', () => delivered.length === 3, 3_000);
    expect(delivered).toEqual([1, 2, 3]);
    await subscription.close();
    await subscriber.close();
    await writer.close();
  });

  it('a subscription opened on a closed store stops at once with StoreUnavailable', async () => {
    const store = await opened(directory.file('closed-subscription'));
    await store.close();
    const errors: unknown[] = [];
    store.subscribe({ onEvent: () => undefined, onError: (e) => void errors.push(e) });
    await waitFor('onError', () => errors.length === 1);
    expect(errors).toMatchObject([{ _tag: 'StoreUnavailable' }]);
  });

  it('pollIntervalMs must be a positive number', () => {
    const db = new Database(':memory:');
    expect(() => makeSqliteEventStore(db, { pollIntervalMs: 0 })).toThrow(RangeError);
    db.close();
  });
});
