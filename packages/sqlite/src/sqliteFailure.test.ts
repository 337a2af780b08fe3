import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrateSqliteSchema } from './migrateSqliteSchema';
import { eventsConflictOf, isDriverFailure, sqliteCodeOf, storeUnavailable } from './sqliteFailure';

// Real driver errors, raised on a scratch database with the real schema.
const thrown = (act: () => unknown): unknown => {
  try {
    act();
  } catch (e) {
    return e;
  }
  return expect.unreachable('the statement did not fail');
};

const withEvents = (): Database.Database => {
  const db = new Database(':memory:');
  migrateSqliteSchema(db);
  db.prepare(
    `INSERT INTO events VALUES (1, unhex('00000000-0000-4000-8000-000000000001', '-'), 's', 0, 'Counted', '{"n":1}', '{}', NULL, '2024-01-01T00:00:00.000Z', zeroblob(32), zeroblob(32), zeroblob(32))`,
  ).run();
  return db;
};

const insert = (db: Database.Database, position: number, id: string, revision: number) => () =>
  db
    .prepare(`INSERT INTO events VALUES (?, unhex(?, '-'), 's', ?, 'Counted', '{"n":2}', '{}', NULL, '2024-01-01T00:00:00.000Z', zeroblob(32), zeroblob(32), zeroblob(32))`)
    .run(position, id, revision);

describe('sqliteFailure', () => {
  it('names the unique constraint of the events table an insert broke', () => {
    const db = withEvents();
    expect(eventsConflictOf(thrown(insert(db, 2, '00000000-0000-4000-8000-000000000002', 0)))).toBe('stream-revision');
    expect(eventsConflictOf(thrown(insert(db, 2, '00000000-0000-4000-8000-000000000001', 1)))).toBe('event-id');
    expect(eventsConflictOf(thrown(insert(db, 1, '00000000-0000-4000-8000-000000000002', 1)))).toBe('global-position');
    // A CHECK constraint is no race: it is a driver failure, but not a conflict.
    const check = thrown(insert(db, 2, '0000', 1));
    expect(sqliteCodeOf(check)).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(eventsConflictOf(check)).toBeUndefined();
    db.close();
  });

  it('tells driver failures from bugs: result codes and closed handles are the database’s, anything else is thrown on', () => {
    const db = new Database(':memory:');
    db.close();
    const closed = thrown(() => db.prepare('SELECT 1'));
    expect(isDriverFailure(closed)).toBe(true);
    expect(storeUnavailable('reading the log', closed)).toEqual({ _tag: 'StoreUnavailable', message: 'reading the log: the database connection is closed', cause: closed });
    expect(isDriverFailure(new RangeError('sealBatch: not consecutive'))).toBe(false);
    expect(isDriverFailure({ code: 'SQLITE_BUSY' })).toBe(false);
    expect(sqliteCodeOf(new Database.SqliteError('database is locked', 'SQLITE_BUSY'))).toBe('SQLITE_BUSY');
  });

  it('explains the usual codes in the StoreUnavailable message, and keeps the driver error as the cause', () => {
    const busy = new Database.SqliteError('database is locked', 'SQLITE_BUSY');
    expect(storeUnavailable('appending to s', busy)).toEqual({
      _tag: 'StoreUnavailable',
      message: 'appending to s: another connection held the database file locked for longer than busy_timeout: database is locked (SQLITE_BUSY)',
      cause: busy,
    });
    expect(storeUnavailable('x', new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE')).message).toBe(
      'x: the disk failed a read or a write: disk I/O error (SQLITE_IOERR_WRITE)',
    );
    expect(storeUnavailable('x', new Database.SqliteError('odd', 'SQLITE_MISUSE')).message).toBe('x: odd (SQLITE_MISUSE)');
  });
});
