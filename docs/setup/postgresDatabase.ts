// Set-up `postgresDatabase`: a new, empty database on the throwaway PostgreSQL server the tests
// of @campaign-ledger/postgres start (packages/postgres/test/globalSetup.ts), named by the
// environment variable DATABASE_URL, as an application would be given it.
import { inject } from 'vitest';
import type {} from '../../packages/postgres/test/postgresServer';
import { createDatabase } from '../../packages/postgres/test/testDatabases';
import { SetupUnavailable } from './setupUnavailable';

const server = inject('postgresServer');
if (!server.available) throw new SetupUnavailable(server.reason);

const database = await createDatabase(server.url);
process.env['DATABASE_URL'] = database.url;

/** Drops the database once every block that uses it has run. */
export const tearDown = async (): Promise<void> => {
  delete process.env['DATABASE_URL'];
  await database.drop();
};
