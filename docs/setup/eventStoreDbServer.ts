// Set-up `eventStoreDbServer`: the in-process server that speaks EventStoreDB's gRPC protocol,
// which the tests of @campaign-ledger/eventstoredb run against (packages/eventstoredb/test/server/),
// started empty and named by the environment variable ESDB_URL, as an application would be given it.
import { startTestServer } from '../../packages/eventstoredb/test/server/startTestServer';

const server = await startTestServer();
process.env['ESDB_URL'] = server.connectionString;

/** Stops the server once every block that uses it has run. */
export const tearDown = (): void => {
  delete process.env['ESDB_URL'];
  server.stop();
};
