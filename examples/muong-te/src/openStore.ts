import { CampaignEvent, type EventStore, type StoreError, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { StoreSpec } from './storeSpec';

/** Options every store is opened with: a clock, so that a replay can be made to repeat exactly. */
export interface OpenStoreOptions {
  readonly clock?: () => Date;
}

/**
 * Opens the store a spec names, with the campaign codec. The durable stores' packages are loaded
 * only when asked for, so the embedded default needs none of their drivers.
 */
export const openStore = async (spec: StoreSpec, options: OpenStoreOptions = {}): Promise<E.Either<StoreError, EventStore<CampaignEvent>>> => {
  const clock = options.clock === undefined ? {} : { clock: options.clock };
  switch (spec._tag) {
    case 'Memory':
      return E.right(makeInMemoryEventStore({ codec: CampaignEvent, ...clock }));
    case 'Sqlite': {
      const { openSqliteEventStore } = await import('@campaign-ledger/sqlite');
      return openSqliteEventStore(spec.path, { codec: CampaignEvent, ...clock })();
    }
    case 'Postgres': {
      const [{ default: pg }, { makePostgresEventStore, migratePostgres }] = await Promise.all([
        import('pg'),
        import('@campaign-ledger/postgres'),
      ]);
      const pool = new pg.Pool({ connectionString: spec.url, max: 4 });
      pool.on('error', () => undefined);
      const migrated = await migratePostgres(pool)();
      if (E.isLeft(migrated)) {
        await pool.end();
        return migrated;
      }
      const store = makePostgresEventStore(pool, { codec: CampaignEvent, ...clock });
      // The store leaves the pool to its owner: the example opened it, so closing the store ends it.
      return E.right({ ...store, close: async () => (await store.close(), await pool.end()) });
    }
    case 'EventStoreDb': {
      const [{ EventStoreDBClient }, { makeEventStoreDbEventStore }] = await Promise.all([
        import('@eventstore/db-client'),
        import('@campaign-ledger/eventstoredb'),
      ]);
      // One node or a cluster, TLS or not: the connection string says (docs/adapters/eventstoredb.md).
      const client = EventStoreDBClient.connectionString(spec.url.replace(/^kurrentdb/, 'esdb'));
      const store = makeEventStoreDbEventStore(client, { codec: CampaignEvent, ...clock });
      return E.right({ ...store, close: async () => (await store.close(), await client.dispose()) });
    }
  }
};
