import { fileURLToPath } from 'node:url';
import { verifyLog } from '@campaign-ledger/core';
import { ContractEvent, importedIds, killDelays, killedMidway, killRoundProblems, runKilledChild, runKillRounds, type ImportPlan } from '@campaign-ledger/testing/load';
import * as E from 'fp-ts/lib/Either.js';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMigratedTemplate } from '../test/migratedTemplate';
import { createDatabase, describeWithPostgres, testPool, type TestDatabase } from '../test/testDatabases';
import { findPostgresBinaries, startThrowawayPostgres, type ThrowawayPostgres } from '../test/throwawayPostgres';
import { migratePostgres } from './migratePostgres';
import { makePostgresEventStore } from './postgresEventStore';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
const KILLS = Number(process.env['KILL_POINTS'] ?? 20);
const plan: ImportPlan = { batches: 3_000, batchSize: 5 };

const runImport = (url: string, killAfterMs: number | null, survive = false) =>
  runKilledChild(
    process.execPath,
    ['--import', 'tsx', '--conditions=@campaign-ledger/source', 'test/importUntilKilled.ts', url, String(plan.batches), String(plan.batchSize), ...(survive ? ['survive'] : [])],
    packageDirectory,
    killAfterMs,
  );

// What the database holds, once the log verified: the ids in log order.
const storedIds = async (pool: pg.Pool): Promise<ReadonlyArray<string>> => {
  const store = makePostgresEventStore(pool, { codec: ContractEvent, listen: false });
  try {
    expect(await verifyLog(store)(), 'the log verifies after a kill').toMatchObject(E.right({ _tag: 'Intact' }));
    const log = await store.readAll()();
    if (E.isLeft(log)) return expect.unreachable(`the log reads: ${JSON.stringify(log.left)}`);
    return log.right.map((e) => e.eventId);
  } finally {
    await store.close();
  }
};

describeWithPostgres('PostgreSQL, a writer killed mid-import', (adminUrl) => {
  let template: TestDatabase;
  let database: TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    template = await createMigratedTemplate(adminUrl);
    database = await createDatabase(adminUrl, { template: template.name });
    pool = testPool(database.url, 2);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
    await template.drop();
  });

  it(
    `an import killed with SIGKILL at ${KILLS} random moments leaves, each time, a log that verifies and holds exactly its first batches, whole; run again, it resumes and completes with nothing twice`,
    async () => {
      const rounds = await runKillRounds(killDelays(KILLS, 150), (delay) => runImport(database.url, delay), () => storedIds(pool));
      expect(killRoundProblems(rounds, plan)).toEqual([]);
      expect(killedMidway(rounds, plan)).toBeGreaterThanOrEqual(KILLS - 1);
      const last = await runImport(database.url, null);
      expect(last.stdout).toContain('done');
      expect(await storedIds(pool)).toEqual(importedIds(plan, plan.batches));
    },
    600_000,
  );
});

// A server of its own, since this test stops it as a crash would, mid-append; with
// synchronous_commit on, as a server must run for an acknowledged append to outlive its crash
// (off, the last few acknowledged appends are lost with it: the log stays intact, but shorter than
// the writer was told).
describeWithPostgres('PostgreSQL, the server crashed mid-import', () => {
  let server: ThrowawayPostgres;
  beforeAll(async () => {
    const binaries = findPostgresBinaries();
    if (!binaries.found) throw new Error(binaries.reason);
    server = await startThrowawayPostgres(binaries.dir, { synchronousCommit: true });
    const migrating = new pg.Pool({ connectionString: server.url, max: 1 });
    try {
      expect(E.isRight(await migratePostgres(migrating)())).toBe(true);
    } finally {
      await migrating.end();
    }
  }, 120_000);
  afterAll(() => server.stop());

  it(
    'a writer whose server is stopped as by a crash in the middle of its appends lives through the dropped connections, and once the server is back completes the import: the log verifies and holds every batch once',
    async () => {
      const writer = runImport(server.url, null, true);
      const pool = new pg.Pool({ connectionString: server.url, max: 1 });
      pool.on('error', () => undefined);
      try {
        // Let the import get going, then crash the server under it and bring it back.
        const deadline = Date.now() + 30_000;
        const count = async () => Number((await pool.query<{ readonly n: string }>('SELECT count(*) AS n FROM campaign_ledger.events')).rows[0]?.n ?? 0);
        while ((await count()) < 1_000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        await server.crash();
        await new Promise((resolve) => setTimeout(resolve, 500));
        await server.restart();
        const end = await writer;
        expect(end.stderr).toBe('');
        expect(end.code).toBe(0);
        // It did meet the crash: some of its appends or reads failed and were tried again.
        expect(end.stdout).toMatch(/done after [1-9]\d* failed tries/);
        expect(await storedIds(pool)).toEqual(importedIds(plan, plan.batches));
      } finally {
        await pool.end();
      }
    },
    300_000,
  );
});
