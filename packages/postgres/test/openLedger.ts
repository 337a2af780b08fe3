// The quick start of docs/adapters/postgres.md, kept here so that the tests type-check and run it.
import { CampaignEvent, describeStoreError, type EventStore, type ProjectionCheckpointStore } from '@campaign-ledger/core';
import { makePostgresCheckpointStore, makePostgresEventStore, migratePostgres } from '@campaign-ledger/postgres';
import * as E from 'fp-ts/lib/Either.js';
import pg from 'pg';

/** A migrated ledger on PostgreSQL: the event store and the checkpoints of its projections. */
export interface Ledger {
  readonly store: EventStore<CampaignEvent>;
  readonly checkpoints: ProjectionCheckpointStore;
  readonly close: () => Promise<void>;
}

/** Opens the ledger at a connection string, migrating its schema first. */
export const openLedger = async (connectionString: string, clock?: () => Date): Promise<Ledger> => {
  const pool = new pg.Pool({ connectionString, max: 10, idleTimeoutMillis: 30_000 });
  // An idle connection that fails (a server restart) is reported here; without a listener it would crash the process.
  pool.on('error', (error) => console.error('an idle PostgreSQL connection failed:', error.message));
  const migrated = await migratePostgres(pool)();
  if (E.isLeft(migrated)) {
    await pool.end();
    throw new Error(describeStoreError(migrated.left));
  }
  const store = makePostgresEventStore(pool, { codec: CampaignEvent, ...(clock === undefined ? {} : { clock }) });
  return {
    store,
    checkpoints: makePostgresCheckpointStore(pool),
    close: async () => {
      await store.close(); // stops the subscriptions; the pool is ours to end
      await pool.end();
    },
  };
};
