import { ContractEvent, runKillableImport } from '@campaign-ledger/testing/load';
import pg from 'pg';
import { makePostgresEventStore } from '../src/postgresEventStore';

// Test-only, run as a child process by postgresEventStore.kill.int.test.ts: the kit's killable
// import into a PostgreSQL database (URL, BATCHES, BATCH_SIZE). With "survive", an append or read
// that fails (the server is down) is tried again every 100 ms for up to 60 s, so the writer lives
// through a server that crashes and comes back. It says "started" once it has read what the
// store holds, and "done" when every batch is in.

const main = async (): Promise<void> => {
  const [url, batches, batchSize, mode] = process.argv.slice(2);
  if (url === undefined) throw new Error('usage: importUntilKilled URL BATCHES BATCH_SIZE [survive]');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  const store = makePostgresEventStore(pool, { codec: ContractEvent, listen: false });
  const deadline = Date.now() + 60_000;
  let failures = 0;
  await runKillableImport(
    store,
    { batches: Number(batches), batchSize: Number(batchSize) },
    {
      onStarted: () => process.stdout.write('started\n'),
      retry: async () => {
        if (mode !== 'survive' || Date.now() > deadline) return false;
        failures += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
        return true;
      },
    },
  );
  await store.close();
  await pool.end();
  process.stdout.write(`done after ${failures} failed tries\n`);
};

void main();
