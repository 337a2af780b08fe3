import { randomUUID } from 'node:crypto';
import type { EventStore } from '@campaign-ledger/core';
import { describeEventStoreContract, type ContractEvent, type StoreFactory } from '@campaign-ledger/testing';
import { EventStoreDBClient } from '@eventstore/db-client';
import { afterAll, beforeAll } from 'vitest';
import { ledgerTamper } from '../test/server/ledgerTamper';
import { startTestServer, type TestServer } from '../test/server/startTestServer';
import { makeEventStoreDbEventStore } from './eventStoreDbEventStore';
import { defaultHeadStream } from './streamNaming';

// With ESDB_URL (say esdb://localhost:2113?tls=false) the suite runs against that real server;
// otherwise against the in-process test server, through the same client over a real gRPC connection.
const esdbUrl = process.env['ESDB_URL'];

let server: TestServer | undefined;
let client: EventStoreDBClient;

beforeAll(async () => {
  if (esdbUrl === undefined) server = await startTestServer();
  client = EventStoreDBClient.connectionString(esdbUrl ?? (server as TestServer).connectionString);
});

afterAll(async () => {
  await client.dispose();
  server?.stop();
});

// Every test gets its own ledger (a stream prefix, hence its own head stream) on the one server,
// as ledgers share a real server: each must see only its own events in $all.
const run = randomUUID().slice(0, 8);
let ledgers = 0;

const harness: StoreFactory = ({ clock, codec }) => {
  const streamPrefix = `kit${run}_${++ledgers}_`;
  const open = (): EventStore<ContractEvent> => makeEventStoreDbEventStore(client, { clock, codec, streamPrefix });
  let current = open();
  // Reads remember where events are in $all; after tampering the harness reopens the store, as a
  // process restarts, so every read sees what is stored.
  const reopen = (): void => {
    void current.close();
    current = open();
  };
  const store: EventStore<ContractEvent> = {
    append: (stream, events, options) => current.append(stream, events, options),
    readStream: (stream, options) => current.readStream(stream, options),
    readAll: (options) => current.readAll(options),
    subscribe: (options) => current.subscribe(options),
    close: () => current.close(),
  };
  return server === undefined ? { store } : { store, tamper: ledgerTamper(server.log, defaultHeadStream(streamPrefix), reopen) };
};

// EventStoreDB appends to one stream per call, atomically: it has no appendBatch across streams.
const noBatch = 'EventStoreDB writes one stream per append, so it cannot append to several streams all or nothing';

if (esdbUrl === undefined) {
  describeEventStoreContract('eventstoredb (in-process test server)', harness, { unsupported: { batch: noBatch } });
} else {
  describeEventStoreContract('eventstoredb (ESDB_URL)', harness, {
    unsupported: { tamper: 'ESDB_URL names a real server, whose database files this suite cannot edit', batch: noBatch },
    deliveryTimeoutMs: 10_000,
  });
}
