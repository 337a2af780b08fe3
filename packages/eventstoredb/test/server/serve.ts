import { startTestServer } from './startTestServer';

// Runs the test server on its own, to point ESDB_URL at it (a rehearsal of a run against a real
// server): npx tsx packages/eventstoredb/test/server/serve.ts
const server = await startTestServer();
console.log(server.connectionString);
const stop = (): void => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
