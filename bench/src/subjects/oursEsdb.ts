import { CampaignEvent } from '@campaign-ledger/core';
import { makeEventStoreDbEventStore } from '@campaign-ledger/eventstoredb';
import { EventStoreDBClient } from '@eventstore/db-client';
import { startTestServer } from '../../../packages/eventstoredb/test/server/startTestServer';
import { oursSession } from '../oursSession';
import { storeOperations, type Subject } from '../subject';

/**
 * Our EventStoreDB store over a real gRPC connection to the protocol test server of its tests,
 * which runs in the same process and keeps its log in memory: no EventStoreDB server runs here, so
 * its numbers say what the adapter costs, not what EventStoreDB does.
 */
export const oursEsdb: Subject = {
  name: 'ours-esdb',
  family: 'ours',
  backend: 'esdb',
  operations: storeOperations,
  notes: ['ours-esdb runs against the in-process protocol test server of packages/eventstoredb (in-memory, same process): not comparable with the others.'],
  open: async () => {
    const server = await startTestServer();
    const client = EventStoreDBClient.connectionString(server.connectionString);
    const store = makeEventStoreDbEventStore(client, { codec: CampaignEvent });
    return oursSession(store, async () => {
      await store.close();
      await client.dispose();
      server.stop();
    });
  },
};
