import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type TestDatabase, createDatabase, describeWithPostgres } from '../../postgres/test/testDatabases';
import { eventsFileText, parseEventsFile, resealed } from './eventsFiles';
import { runCliProcess } from './runCli';
import { runCliInProcess } from './runCliInProcess';

// Each test runs the tool several times over, a few seconds each on a busy machine.
const SEVERAL_RUNS = 240_000;

const MUONG_TE = fileURLToPath(new URL('../../../examples/muong-te/muong-te.report.yaml', import.meta.url));

describeWithPostgres('export and import with a PostgreSQL store', (adminUrl) => {
  let dir: string;
  let database: TestDatabase;
  let exported: string;
  let report: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'campaign-ledger-import-postgres-'));
    database = await createDatabase(adminUrl);
    expect((await runCliInProcess(['--store', 'sqlite:recorded.db', 'record', MUONG_TE], dir)).code).toBe(0);
    exported = (await runCliInProcess(['--store', 'sqlite:recorded.db', 'export'], dir)).stdout;
    report = (await runCliInProcess(['--store', 'sqlite:recorded.db', 'report', '--format', 'json'], dir)).stdout;
    writeFileSync(join(dir, 'recorded.ndjson'), exported);
  });

  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (...args: ReadonlyArray<string>) => runCliProcess(['--store', database.url, ...args], { cwd: dir });

  it('imports a SQLite export in two goes, the second adding what the first left, and exports it again hash for hash with the same report', async () => {
    writeFileSync(join(dir, 'first-120.ndjson'), eventsFileText(parseEventsFile(exported).events.slice(0, 120)));
    const first = await cli('import', 'first-120.ndjson');
    expect(first.stderr).toMatch(/^first-120\.ndjson: imported 120 events, 0 already held; .* with the hash the file gives it\n$/);
    expect(first.code).toBe(0);
    const rest = await cli('import', 'recorded.ndjson');
    expect(rest.stderr).toMatch(/^recorded\.ndjson: imported 60 events, 120 already held; .* with the hash the file gives it\n$/);
    const [again, fromPostgres, reported] = await Promise.all([cli('import', 'recorded.ndjson'), cli('export'), cli('report', '--format', 'json')]);
    expect(again.stderr).toMatch(/^recorded\.ndjson: the store already holds all 180 events; nothing was imported; /);
    expect(again.code).toBe(0);
    expect(fromPostgres.stdout).toBe(readFileSync(join(dir, 'recorded.ndjson'), 'utf8'));
    expect(reported.stdout).toBe(report);
  }, SEVERAL_RUNS);

  it('refuses a file whose line the store holds with other content, and appends nothing', async () => {
    const events = parseEventsFile(exported).events;
    const altered = events.map((e, i) => (i === 10 ? { ...e, metadata: { ...e.metadata, note: 'changed' } } : e));
    // Sealed again so that the file's own chain holds: only the store can tell.
    writeFileSync(join(dir, 'forged.ndjson'), eventsFileText(resealed(altered)));
    const refused = await cli('import', 'forged.ndjson');
    expect(refused.stderr).toBe(
      `campaign-ledger: forged.ndjson:12: the store holds the event ${events[10]?.eventId} (in the stream campaign-muong-te) with other content than this line; nothing was imported\n`,
    );
    expect(refused.code).toBe(2);
    expect((await cli('export')).stdout).toBe(exported);
  }, SEVERAL_RUNS);
});
