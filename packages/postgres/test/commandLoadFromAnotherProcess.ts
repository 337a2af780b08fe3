import { existsSync } from 'node:fs';
import { runCommandLoad, Tallied } from '@campaign-ledger/testing/load';
import pg from 'pg';
import { makePostgresEventStore } from '../src/postgresEventStore';

// Test-only, run as a child process by postgresEventStore.load.int.test.ts: one writer of the
// kit's command load on a database shared with the others, through a pool of its own. It says
// "ready", waits for the go file (so that the writers start together), sends its commands, and
// prints its report as one JSON line.

const [url, writerArg, commandsArg, streamsArg, goFile] = process.argv.slice(2);
const writer = Number(writerArg);

const main = async (): Promise<void> => {
  if (url === undefined || goFile === undefined || !Number.isInteger(writer)) {
    process.stderr.write('usage: commandLoadFromAnotherProcess URL WRITER COMMANDS STREAMS GO_FILE\n');
    process.exit(1);
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  const store = makePostgresEventStore(pool, { codec: Tallied, listen: false });
  process.stdout.write('ready\n');
  while (!existsSync(goFile)) await new Promise((resolve) => setTimeout(resolve, 5));
  const report = await runCommandLoad(store, { writer, commands: Number(commandsArg), streams: Number(streamsArg), seed: 14 });
  process.stdout.write(`${JSON.stringify(report)}\n`);
  await store.close();
  await pool.end();
};

void main();
