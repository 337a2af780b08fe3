import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { withAdmin } from './withAdmin';

export { withAdmin };

/**
 * Registers a suite that needs the throwaway server. Without one (no binaries, outside CI: with
 * CI=true the global setup already failed the run) it registers one skipped test in its place,
 * named after the suite, whose note gives the reason: vitest's default reporter prints it beside
 * the test and counts it as skipped, so a skip is never silent and never passes for a run.
 */
export const describeWithPostgres = (title: string, body: (adminUrl: string) => void): void => {
  const server = inject('postgresServer');
  if (server.available) {
    describe(title, () => body(server.url));
    return;
  }
  it(title, (context) => {
    expect(process.env['CI'], 'with CI=true the PostgreSQL suites must run').not.toBe('true');
    context.skip(`did not run: ${server.reason}`);
  });
};

/** The URL of a database of the server, as a user (the superuser `postgres` unless told). */
export const databaseUrl = (adminUrl: string, database: string, user = 'postgres'): string => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  url.username = user;
  return url.toString();
};

/** A pool for tests: idle clients that fail (the server stops at the end of the run) are ignored. */
export const testPool = (url: string, max = 10): pg.Pool => {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  return pool;
};

/** Runs one statement as the superuser on the server's `postgres` database. */
export const adminQuery = (adminUrl: string, sql: string): Promise<pg.QueryResult> => withAdmin(adminUrl, (client) => client.query(sql));

/** A database made for one suite or one test. */
export interface TestDatabase {
  readonly name: string;
  /** Its URL, as the superuser. */
  readonly url: string;
  /** Drops it, closing any connection still open to it. */
  readonly drop: () => Promise<void>;
}

/** Options of createDatabase. */
export interface CreateDatabaseOptions {
  /** The database to copy (nobody may be connected to it); template1, an empty one, by default. */
  readonly template?: string;
  /** The role that owns the new database; the superuser by default. */
  readonly owner?: string;
}

/**
 * Creates a database for a suite or a test. FILE_COPY copies the template's files and takes a
 * checkpoint, which with fsync off is several times faster than the default WAL_LOG strategy.
 */
export const createDatabase = async (adminUrl: string, options: CreateDatabaseOptions = {}): Promise<TestDatabase> => {
  const name = `ledger_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const template = options.template === undefined ? '' : ` TEMPLATE ${options.template}`;
  const owner = options.owner === undefined ? '' : ` OWNER ${options.owner}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}${template}${owner} STRATEGY FILE_COPY`);
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
};

/** A role name no other suite of the run uses (roles belong to the whole server). */
export const uniqueRoleName = (prefix: string): string => `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
