import type { TestProject } from 'vitest/node';
import type { PostgresServer } from './postgresServer';
import { findPostgresBinaries, startThrowawayPostgres } from './throwawayPostgres';

const isCi = (): boolean => process.env['CI'] === 'true';

/**
 * Starts one throwaway PostgreSQL server for the whole run and hands its URL to the tests through
 * `provide('postgresServer')`; the returned teardown stops it and deletes its files. With CI=true a
 * missing binary or a server that does not start fails the run. Elsewhere a machine without
 * PostgreSQL gets the reason, and each suite reports it in one skipped test (see describeWithPostgres).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const binaries = findPostgresBinaries();
  if (!binaries.found) {
    if (isCi()) throw new Error(`@campaign-ledger/postgres tests: CI=true, but ${binaries.reason}; install PostgreSQL (Debian: postgresql) or set CAMPAIGN_LEDGER_PG_BIN`);
    const server: PostgresServer = { available: false, reason: `${binaries.reason} (install PostgreSQL or set CAMPAIGN_LEDGER_PG_BIN to run them)` };
    project.provide('postgresServer', server);
    return async () => undefined;
  }
  // A server that does not start is a failure everywhere: the binaries are there, so something is broken.
  const postgres = await startThrowawayPostgres(binaries.dir);
  const server: PostgresServer = { available: true, url: postgres.url };
  project.provide('postgresServer', server);
  return () => postgres.stop();
}
