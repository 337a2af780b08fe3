import { CampaignEvent } from '@campaign-ledger/core';
import { makePostgresEventStore, migratePostgres } from '@campaign-ledger/postgres';
import pg from 'pg';
import { freshPostgresDatabase } from '../freshDatabases';
import { orThrow } from '../orThrow';
import { oursSession } from '../oursSession';
import { storeOperations, type Subject } from '../subject';
import { requirePostgres } from './requirePostgres';

/** Our PostgreSQL store on a new, migrated database. */
export const oursPostgres: Subject = {
  name: 'ours-postgres',
  family: 'ours',
  backend: 'postgres',
  operations: storeOperations,
  open: async (environment) => {
    const database = await freshPostgresDatabase(requirePostgres(environment, 'ours-postgres'), 'ours');
    const pool = new pg.Pool({ connectionString: database.where, max: 4 });
    pool.on('error', () => undefined);
    await orThrow(migratePostgres(pool), 'migrate');
    const store = makePostgresEventStore(pool, { codec: CampaignEvent });
    const session = oursSession(store, async () => {
      await store.close();
      await pool.end();
      await database.remove();
    });
    return { ...session, storedBytes: database.storedBytes };
  },
};
