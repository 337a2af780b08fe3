import { randomUUID } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type pg from 'pg';
import { withAdmin } from '../../packages/postgres/test/withAdmin';

/** A database made for one measurement, and how to be rid of it. */
export interface FreshDatabase<Where> {
  readonly where: Where;
  /** The bytes it takes on disk now: what an import left, tables, indexes and all. */
  readonly storedBytes: () => Promise<number>;
  readonly remove: () => Promise<void>;
}

const adminQuery = <R extends pg.QueryResultRow = pg.QueryResultRow>(adminUrl: string, sql: string, values: ReadonlyArray<unknown> = []): Promise<ReadonlyArray<R>> =>
  withAdmin(adminUrl, async (client) => (await client.query<R>(sql, [...values])).rows);

/** A new, empty PostgreSQL database on the bench's server, named after the subject; `where` is its URL. */
export const freshPostgresDatabase = async (adminUrl: string, label: string): Promise<FreshDatabase<string>> => {
  const name = `bench_${label.replace(/[^a-z0-9]/g, '_')}_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const where = url.toString();
  // The whole database, catalog included (about 7.5 MB on an empty one, the same for every subject).
  const storedBytes = async (): Promise<number> =>
    Number((await adminQuery<{ readonly bytes: string }>(adminUrl, 'SELECT pg_database_size($1) AS bytes', [name]))[0]?.bytes ?? Number.NaN);
  return { where, storedBytes, remove: () => removePostgresDatabase(adminUrl, where) };
};

/** Drops the database a URL names, closing the connections still open to it. */
export const removePostgresDatabase = async (adminUrl: string, databaseUrl: string): Promise<void> => {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`);
};

/** Deletes a SQLite file with its WAL and shared-memory files. */
export const removeSqliteFile = async (path: string): Promise<void> => {
  for (const suffix of ['', '-wal', '-shm']) await rm(`${path}${suffix}`, { force: true });
};

/** A path for a new SQLite file in the directory; `remove` deletes it with its WAL and shared-memory files. */
export const freshSqliteFile = (dir: string, label: string): FreshDatabase<string> => {
  const path = join(dir, `${label}-${randomUUID().slice(0, 8)}.sqlite`);
  // The file alone, once a checkpoint has moved every page out of the WAL into it.
  const storedBytes = async (): Promise<number> => {
    const db = new Database(path);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    return (await stat(path)).size;
  };
  return { where: path, storedBytes, remove: () => removeSqliteFile(path) };
};
