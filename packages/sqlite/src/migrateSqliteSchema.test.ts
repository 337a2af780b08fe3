import { writeFileSync } from 'node:fs';
import { makeInMemoryEventStore, verifyLog, type EventEnvelope } from '@campaign-ledger/core';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, describe, expect, it } from 'vitest';
import { Counted, counted } from '../test/counted';
import { makeTempDirectory } from '../test/tempDirectory';
import { migrateSqliteSchema } from './migrateSqliteSchema';
import { sqliteMigrations, type SqliteMigration } from './migrations';
import { openSqliteDatabase } from './openSqliteDatabase';
import { makeSqliteEventStore } from './sqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

const tables = (db: Database.Database): ReadonlyArray<string> =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];

const recorded = (db: Database.Database): ReadonlyArray<unknown> => db.prepare('SELECT version, name FROM ledger_migrations ORDER BY version').all();

// A file as releases before version 3 wrote it: ids and hashes as hex text, here the envelopes
// another store sealed, inserted as those releases inserted them.
const fileOfVersion2 = async (path: string, edit?: (db: Database.Database) => void): Promise<ReadonlyArray<EventEnvelope<Counted>>> => {
  const sealer = makeInMemoryEventStore({ codec: Counted });
  for (let n = 1; n <= 6; n++) expect(E.isRight(await sealer.append(n % 2 === 0 ? 'even' : 'odd', [counted(n)])())).toBe(true);
  const read = await sealer.readAll()();
  if (E.isLeft(read)) return expect.unreachable('the memory store reads');
  const db = new Database(path);
  expect(migrateSqliteSchema(db, sqliteMigrations.slice(0, 2))).toEqual(E.right([1, 2]));
  const insert = db.prepare(`INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const e of read.right) {
    insert.run(e.globalPosition, e.eventId, e.stream, e.streamRevision, e.event.type, JSON.stringify(e.event.data), JSON.stringify(e.metadata), e.domainDate, e.recordedAt, e.hash, e.previousStreamHash, e.previousGlobalHash);
  }
  edit?.(db);
  db.close();
  return read.right;
};

describe('migrateSqliteSchema', () => {
  it('moves the events of a version-2 file to bytes: every envelope reads back as it was sealed, and the log verifies', async () => {
    const path = directory.file('version-2');
    const sealed = await fileOfVersion2(path);
    const db = new Database(path);
    expect(migrateSqliteSchema(db)).toEqual(E.right([3]));
    expect(db.prepare('SELECT DISTINCT typeof(event_id) || typeof(hash) || typeof(previous_global_hash) FROM events').pluck().all()).toEqual(['blobblobblob']);
    const store = makeSqliteEventStore(db, { codec: Counted });
    const read = await store.readAll()();
    expect(read).toEqual(E.right(sealed));
    expect(await verifyLog(store)()).toMatchObject(E.right({ _tag: 'Intact' }));
    expect(await store.append('odd', [counted(7)], { expectedRevision: 2 })()).toMatchObject(E.right({ positions: [7] }));
    expect(await verifyLog(store)()).toMatchObject(E.right({ _tag: 'Intact' }));
    await store.close();
    db.close();
  });

  it('refuses to migrate a version-2 file whose hash is not hex, and leaves it as it was', async () => {
    const path = directory.file('version-2-edited');
    await fileOfVersion2(path, (db) => db.prepare(`UPDATE events SET hash = 'not hex' WHERE global_position = 3`).run());
    const db = new Database(path);
    expect(migrateSqliteSchema(db)).toMatchObject(E.left({ _tag: 'StoreUnavailable', message: expect.stringMatching(/NOT NULL constraint failed: events_with_bytes\.hash/) }));
    expect(recorded(db)).toHaveLength(2);
    expect(db.prepare('SELECT hash FROM events WHERE global_position = 3').pluck().get()).toBe('not hex');
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(6);
    db.close();
  });


  it('creates the schema on a new database, records each version once, and applies nothing the second time', () => {
    const db = new Database(':memory:');
    expect(migrateSqliteSchema(db)).toEqual(E.right([1, 2, 3]));
    expect(tables(db)).toEqual(['events', 'ledger_migrations', 'projection_checkpoints']);
    expect(recorded(db)).toEqual([
      { version: 1, name: 'create the events table' },
      { version: 2, name: 'create the projection checkpoints table' },
      { version: 3, name: 'store event ids and hashes as bytes' },
    ]);
    expect(migrateSqliteSchema(db)).toEqual(E.right([]));
    expect(recorded(db)).toHaveLength(3);
    db.close();
  });

  it('applies each migration in its own transaction: a failing one leaves the ones before it applied and nothing of itself', () => {
    const db = new Database(':memory:');
    const first: SqliteMigration = { version: 1, name: 'first', statements: ['CREATE TABLE one (x INTEGER)'] };
    const failing: SqliteMigration = { version: 2, name: 'second', statements: ['CREATE TABLE two (x INTEGER)', 'CREATE TABLE broken ('] };
    const result = migrateSqliteSchema(db, [first, failing]);
    expect(result).toMatchObject(E.left({ _tag: 'StoreUnavailable', message: expect.stringMatching(/^migrating the schema: /) }));
    expect(tables(db)).toEqual(['ledger_migrations', 'one']);
    expect(recorded(db)).toEqual([{ version: 1, name: 'first' }]);
    const fixed: SqliteMigration = { ...failing, statements: ['CREATE TABLE two (x INTEGER)'] };
    expect(migrateSqliteSchema(db, [first, fixed])).toEqual(E.right([2]));
    expect(tables(db)).toEqual(['ledger_migrations', 'one', 'two']);
    db.close();
  });

  it('refuses a file migrated by a newer release, changing nothing', () => {
    const db = new Database(':memory:');
    migrateSqliteSchema(db);
    db.prepare("INSERT INTO ledger_migrations (version, name, applied_at) VALUES (99, 'from the future', '2030-01-01T00:00:00.000Z')").run();
    expect(migrateSqliteSchema(db)).toMatchObject(E.left({ _tag: 'StoreUnavailable', message: expect.stringMatching(/schema version 99, newer than this library's 3/) }));
    db.close();
  });

  it('a second connection to a migrated file finds nothing to do', async () => {
    const path = directory.file('shared');
    const first = await openSqliteDatabase(path)();
    const second = await openSqliteDatabase(path)();
    if (E.isLeft(first) || E.isLeft(second)) return expect.unreachable('both connections open');
    expect(migrateSqliteSchema(second.right)).toEqual(E.right([]));
    expect(recorded(first.right)).toHaveLength(3);
    first.right.close();
    second.right.close();
  });

  it('an up-to-date file migrates without taking the write lock, so opening it never waits for another writer', async () => {
    const path = directory.file('locked');
    const writer = await openSqliteDatabase(path)();
    if (E.isLeft(writer)) return expect.unreachable('the file opens');
    writer.right.prepare('BEGIN IMMEDIATE').run();
    try {
      const reader = await openSqliteDatabase(path, { busyTimeoutMs: 0 })();
      expect(E.isRight(reader)).toBe(true);
      if (E.isRight(reader)) reader.right.close();
    } finally {
      writer.right.prepare('ROLLBACK').run();
      writer.right.close();
    }
  });

  it('a file that is not a SQLite database cannot be opened: StoreUnavailable', async () => {
    const path = directory.file('not-a-database');
    writeFileSync(path, 'Huyện ủy Mường Tè: this is a text file, not a database, and it is long enough to have a header.');
    const opened = await openSqliteDatabase(path)();
    expect(opened).toMatchObject(E.left({ _tag: 'StoreUnavailable', message: expect.stringMatching(/not a sound SQLite database.*SQLITE_NOTADB/) }));
  });
});
