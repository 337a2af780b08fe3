import type { StoreError } from '@campaign-ledger/core';
import type Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import { sqliteMigrations, type SqliteMigration } from './migrations';
import { createMigrationsTable } from './sql/createMigrationsTable';
import { insertMigration } from './sql/insertMigration';
import { selectAppliedMigrations } from './sql/selectAppliedMigrations';
import { isDriverFailure, storeUnavailable } from './sqliteFailure';

/**
 * Brings a database up to the current schema: creates the migrations table if needed, then
 * applies each migration the file has not recorded, each in its own BEGIN IMMEDIATE transaction
 * that also records it, so two processes opening one new file at once apply every migration
 * exactly once. Returns the versions applied now (none on an up-to-date file). A file recording
 * a version this library does not know was written by a newer release and is refused, as is any
 * driver failure, with StoreUnavailable.
 *
 * @example
 * const migrated = migrateSqliteSchema(new Database('ledger.sqlite')); // Right([1, 2]) the first time, Right([]) after
 */
export const migrateSqliteSchema = (
  db: Database.Database,
  migrations: ReadonlyArray<SqliteMigration> = sqliteMigrations,
): E.Either<StoreError, ReadonlyArray<number>> => {
  try {
    db.exec(createMigrationsTable);
    const appliedVersions = (): ReadonlySet<number> => new Set(db.prepare(selectAppliedMigrations).pluck().all() as number[]);
    const latest = Math.max(0, ...migrations.map((m) => m.version));
    const applied = appliedVersions();
    const unknown = [...applied].filter((version) => version > latest);
    if (unknown.length > 0) {
      return E.left({
        _tag: 'StoreUnavailable',
        message: `the database file has schema version ${Math.max(...unknown)}, newer than this library's ${latest}: upgrade @campaign-ledger/sqlite`,
      });
    }
    const apply = db.transaction((migration: SqliteMigration): boolean => {
      // Read again under the write lock: another connection may have applied it meanwhile.
      if (appliedVersions().has(migration.version)) return false;
      for (const statement of migration.statements) db.exec(statement);
      db.prepare(insertMigration).run({ version: migration.version, name: migration.name });
      return true;
    });
    const appliedNow: number[] = [];
    // An up-to-date file takes no write lock, so opening it never waits for another process's append.
    for (const migration of migrations) if (!applied.has(migration.version) && apply.immediate(migration)) appliedNow.push(migration.version);
    return E.right(appliedNow);
  } catch (cause) {
    if (!isDriverFailure(cause)) throw cause;
    return E.left(storeUnavailable('migrating the schema', cause));
  }
};
