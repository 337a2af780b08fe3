import { count, dumbo, rawSql } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, messagesTable, readMessagesBatch, type PostgresReadEventMetadata } from '@event-driven-io/emmett-postgresql';
import { envelopeOfEmmett, emmettSession, type EmmettCampaignEvent } from '../emmettSession';
import { freshPostgresDatabase } from '../freshDatabases';
import { REPLAY_PAGE } from '../oursSession';
import { storeOperations, type Subject } from '../subject';
import { requirePostgres } from './requirePostgres';

/**
 * Emmett's PostgreSQL store on a new database, its schema migrated before anything is timed; the
 * whole log is read with its own batch reader (readMessagesBatch, what its consumers poll with),
 * in pages as large as ours.
 */
export const emmettPostgres: Subject = {
  name: 'emmett-postgres',
  family: 'emmett',
  backend: 'postgres',
  operations: storeOperations,
  notes: [
    "emmett-postgres: its full replay reads with readMessagesBatch, the reader its consumers poll with, which orders each page by transaction id and then global position (so that no event is skipped past an open transaction).",
  ],
  open: async (environment) => {
    const database = await freshPostgresDatabase(requirePostgres(environment, 'emmett-postgres'), 'emmett');
    const pool = dumbo({ connectionString: database.where });
    const store = getPostgreSQLEventStore(database.where, { connectionOptions: { dumbo: pool } });
    await store.schema.migrate();
    return emmettSession(store, {
      fullReplay: async (fold) => {
        for (let after = 0n; ; ) {
          const batch = await readMessagesBatch<EmmettCampaignEvent, PostgresReadEventMetadata>(pool.execute, { after, batchSize: REPLAY_PAGE });
          for (const read of batch.messages) fold.add(envelopeOfEmmett(read));
          if (!batch.areMessagesLeft) return;
          after = batch.currentGlobalPosition;
        }
      },
      // count() hands PostgreSQL's bigint over as it comes, a string.
      storedCount: async () => Number(await count(pool.execute.query(rawSql(`SELECT count(*) AS count FROM ${messagesTable.name}`)))),
      storedBytes: database.storedBytes,
      close: async () => {
        await store.close();
        await database.remove();
      },
    });
  },
};
