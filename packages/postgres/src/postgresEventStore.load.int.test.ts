import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyLog } from '@campaign-ledger/core';
import { checkCommandLoad, runLoadInProcesses, startLoadWriter, Tallied } from '@campaign-ledger/testing/load';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMigratedTemplate } from '../test/migratedTemplate';
import { createDatabase, describeWithPostgres, testPool, type TestDatabase } from '../test/testDatabases';
import { makePostgresEventStore } from './postgresEventStore';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
// The full load (8 × 1,000 commands on 50 streams) runs in `npm run test:faults`; the suite's is smaller.
const WRITERS = 8;
const COMMANDS = Number(process.env['LOAD_COMMANDS'] ?? 120);
const STREAMS = Number(process.env['LOAD_STREAMS'] ?? 50);

describeWithPostgres('PostgreSQL under a command load from several processes', (adminUrl) => {
  let template: TestDatabase;
  let database: TestDatabase;
  let dir = '';
  beforeAll(async () => {
    template = await createMigratedTemplate(adminUrl);
    database = await createDatabase(adminUrl, { template: template.name });
    dir = mkdtempSync(join(tmpdir(), 'campaign-ledger-load-'));
  });
  afterAll(async () => {
    await database.drop();
    await template.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    `${WRITERS} processes × ${COMMANDS} commands through handleCommand on ${STREAMS} shared streams: every command accepted with no caller-level retry, its events once each, positions and revisions without a gap, and a subscriber that saw every event once, in order`,
    async () => {
      const pool = testPool(database.url, 4);
      const store = makePostgresEventStore(pool, { codec: Tallied, pollIntervalMs: 50 });
      const go = join(dir, 'go');
      try {
        const run = await runLoadInProcesses(store, {
          writers: WRITERS,
          start: (writer) =>
            startLoadWriter(
              process.execPath,
              ['--import', 'tsx', '--conditions=@campaign-ledger/source', 'test/commandLoadFromAnotherProcess.ts', database.url, String(writer), String(COMMANDS), String(STREAMS), go],
              packageDirectory,
            ),
          go: () => writeFileSync(go, ''),
        });
        expect(run.exits.map(({ code, stderr }) => ({ code, stderr }))).toEqual(Array.from({ length: WRITERS }, () => ({ code: 0, stderr: '' })));
        expect(run.reports).toHaveLength(WRITERS);
        expect(checkCommandLoad(run.log, run.reports, run.delivered)).toEqual([]);
        expect(run.reports.flatMap((r) => r.outcomes)).toHaveLength(WRITERS * COMMANDS);
        expect(run.subscriptionErrors).toEqual([]);
        expect(await verifyLog(store)()).toMatchObject(E.right({ _tag: 'Intact', eventCount: run.log.length }));
      } finally {
        await store.close();
        await pool.end();
      }
    },
    300_000,
  );
});
