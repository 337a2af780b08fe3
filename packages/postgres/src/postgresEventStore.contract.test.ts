import { describeEventStoreContract } from '@campaign-ledger/testing';
import { afterAll, beforeAll } from 'vitest';
import { createMigratedTemplate } from '../test/migratedTemplate';
import { superuserTamper } from '../test/superuserTamper';
import { createDatabase, describeWithPostgres, testPool, type TestDatabase } from '../test/testDatabases';
import { makePostgresEventStore } from './postgresEventStore';

describeWithPostgres('PostgreSQL event store', (adminUrl) => {
  let template: TestDatabase;
  beforeAll(async () => {
    template = await createMigratedTemplate(adminUrl);
  });
  afterAll(() => template.drop());

  // Every check gets a database of its own, copied from the migrated template, and a pool of 10
  // connections as a superuser (the tamper capability needs one; the store does not).
  describeEventStoreContract(
    'postgres',
    async ({ clock, codec }) => {
      const database = await createDatabase(adminUrl, { template: template.name });
      const pool = testPool(database.url);
      return {
        store: makePostgresEventStore(pool, { clock, codec, pollIntervalMs: 250 }),
        tamper: superuserTamper(pool),
        teardown: async () => {
          await pool.end();
          await database.drop();
        },
      };
    },
    { deliveryTimeoutMs: 10_000 },
  );
});
