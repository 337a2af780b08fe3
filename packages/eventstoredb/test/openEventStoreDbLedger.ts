import { CampaignEvent, type EventStore } from '@campaign-ledger/core';
import { makeEventStoreDbEventStore } from '@campaign-ledger/eventstoredb';
import { EventStoreDBClient } from '@eventstore/db-client';

/**
 * Connects to EventStoreDB (one node or a cluster, as the connection string says) and opens the
 * campaign ledger on it; closing the store also disposes of the client, which this function made.
 */
export const openEventStoreDbLedger = (connectionString: string, options: { readonly streamPrefix?: string } = {}): EventStore<CampaignEvent> => {
  const client = EventStoreDBClient.connectionString(connectionString);
  const store = makeEventStoreDbEventStore(client, { codec: CampaignEvent, ...options });
  return {
    ...store,
    close: async () => {
      await store.close();
      await client.dispose();
    },
  };
};
