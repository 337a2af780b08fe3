import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

/** A database made for one measurement, and how to be rid of it. */
export interface FreshDatabase<Where> {
  readonly where: Where;
  readonly remove: () => Promise<void>;
}

const adminQuery = async (adminUrl: string, sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/** A new, empty PostgreSQL database on the bench's server, named after the subject; `where` is its URL. */
export const freshPostgresDatabase = async (adminUrl: string, label: string): Promise<FreshDatabase<string>> => {
  const name = `bench_${label.replace(/[^a-z0-9]/g, '_')}_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const where = url.toString();
  return { where, remove: () => removePostgresDatabase(adminUrl, where) };
};

/** Drops the database a URL names, closing the connections still open to it. */
export const removePostgresDatabase = (adminUrl: string, databaseUrl: string): Promise<void> =>
  adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`);

/** Deletes a SQLite file with its WAL and shared-memory files. */
export const removeSqliteFile = async (path: string): Promise<void> => {
  for (const suffix of ['', '-wal', '-shm']) await rm(`${path}${suffix}`, { force: true });
};

/** A path for a new SQLite file in the directory; `remove` deletes it with its WAL and shared-memory files. */
export const freshSqliteFile = (dir: string, label: string): FreshDatabase<string> => {
  const path = join(dir, `${label}-${randomUUID().slice(0, 8)}.sqlite`);
  return { where: path, remove: () => removeSqliteFile(path) };
};
