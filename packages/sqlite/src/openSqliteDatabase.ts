import type { StoreError } from '@campaign-ledger/core';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { migrateSqliteSchema } from './migrateSqliteSchema';
import { isDriverFailure, storeUnavailable } from './sqliteFailure';

/** Options of openSqliteDatabase. */
export interface OpenSqliteOptions {
  /**
   * How long, in milliseconds, a statement waits for another connection's lock before it fails
   * with SQLITE_BUSY (StoreUnavailable); defaults to DEFAULT_BUSY_TIMEOUT_MS.
   */
  readonly busyTimeoutMs?: number;
}

/** How long a statement waits for another connection's lock unless told otherwise, in milliseconds. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating it if needed) a SQLite database file for the ledger and migrates its schema:
 * busy_timeout first, so that everything after waits for other connections' locks; WAL journal
 * mode, so readers never block the writer nor it them; synchronous=NORMAL, which under WAL loses
 * no committed transaction on a process crash (only, possibly, the last ones on a power cut);
 * and foreign_keys=ON. ':memory:' opens a private in-memory database (its journal stays in
 * memory). The handle belongs to the caller, who closes it; the event store and the checkpoint
 * store can share it. Fails with StoreUnavailable when the file cannot be opened or migrated.
 *
 * @example
 * const opened = await openSqliteDatabase('ledger.sqlite')();
 * if (E.isRight(opened)) {
 *   const events = makeSqliteEventStore(opened.right, { codec: CampaignEvent });
 *   const checkpoints = makeSqliteCheckpointStore(opened.right);
 * }
 */
export const openSqliteDatabase = (path: string, options: OpenSqliteOptions = {}): TE.TaskEither<StoreError, Database.Database> => {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (typeof path !== 'string' || path === '') throw new RangeError('openSqliteDatabase: the path must be a non-empty string');
  if (!Number.isSafeInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new RangeError(`openSqliteDatabase: busyTimeoutMs must be an integer >= 0, got ${String(options.busyTimeoutMs)}`);
  }
  return async () => {
    let db: Database.Database;
    try {
      db = new Database(path);
    } catch (cause) {
      // The driver checks the directory itself and throws a TypeError: a missing directory is as
      // much the environment's failure as a file SQLite cannot open.
      return E.left(storeUnavailable(`opening ${path}`, cause));
    }
    try {
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
    } catch (cause) {
      db.close();
      if (!isDriverFailure(cause)) throw cause;
      return E.left(storeUnavailable(`opening ${path}`, cause));
    }
    const migrated = migrateSqliteSchema(db);
    if (E.isLeft(migrated)) {
      db.close();
      return migrated;
    }
    return E.right(db);
  };
};
