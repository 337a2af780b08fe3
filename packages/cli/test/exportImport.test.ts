import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsFileText, parseEventsFile } from './eventsFiles';
import { type CliRun, runCliProcess } from './runCli';

// The transcription of the Mường Tè report, recorded through the tool as a user would.
const MUONG_TE = fileURLToPath(new URL('../../../examples/muong-te/muong-te.report.yaml', import.meta.url));
const HUNG_NGUYEN = fileURLToPath(new URL('../../../examples/hung-nguyen/hung-nguyen.report.yaml', import.meta.url));

let dir: string;
const cli = (...args: ReadonlyArray<string>): Promise<CliRun> => runCliProcess(args, { cwd: dir });
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
// What an event is, leaving out where and when a store put it.
const contentOf = (text: string) =>
  parseEventsFile(text).events.map((e) => ({
    eventId: e.eventId,
    stream: e.stream,
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    domainDate: e.domainDate,
  }));

const expectDone = (run: CliRun, stderr: RegExp): void => {
  expect(run.stderr).toMatch(stderr);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.code, run.stderr).toBe(0);
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'campaign-ledger-interchange-'));
  expectDone(await cli('--store', 'sqlite:recorded.db', 'record', MUONG_TE), /recorded 180 events into the campaign muong-te/);
  expectDone(
    await cli('--store', 'sqlite:recorded.db', 'export', '--output', 'recorded.ndjson'),
    /^exported 180 events of the whole log to recorded\.ndjson\n$/,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test runs the tool several times over, a few seconds each on a busy machine.
describe('export, then import into a fresh SQLite file, then export again', { timeout: 240_000 }, () => {
  it('gives the same events, hash for hash, and the same report; importing the file again adds nothing', async () => {
    const imported = await cli('--store', 'sqlite:copy.db', 'import', 'recorded.ndjson');
    expectDone(
      imported,
      /^recorded\.ndjson: imported 180 events, 0 already held; the file's hash chain holds, and the store holds every event with the hash the file gives it\n$/,
    );

    const [again, recordedReport, copyReport] = await Promise.all([
      cli('--store', 'sqlite:copy.db', 'export'),
      cli('--store', 'sqlite:recorded.db', 'report', '--format', 'json'),
      cli('--store', 'sqlite:copy.db', 'report', '--format', 'json'),
    ]);
    expectDone(again, /^exported 180 events of the whole log to standard output\n$/);
    const exported = read('recorded.ndjson');
    expect(contentOf(again.stdout)).toEqual(contentOf(exported));
    expect(contentOf(exported)).toHaveLength(180);
    // Kept recorded times and the same positions: the copy is the recorded log, hash for hash.
    expect(again.stdout).toBe(exported);
    expect(recordedReport.code).toBe(0);
    expect(copyReport.stdout).toBe(recordedReport.stdout);
    expect(JSON.parse(copyReport.stdout)).toMatchObject({ eventCount: 180, audit: { log: { _tag: 'Intact' } } });

    const twice = await cli('--store', 'sqlite:copy.db', 'import', 'recorded.ndjson');
    expectDone(twice, /^recorded\.ndjson: the store already holds all 180 events; nothing was imported; /);
    expect((await cli('--store', 'sqlite:copy.db', 'export')).stdout).toBe(exported);
  });

  it("exports one campaign's stream, which imports the same way", async () => {
    const exported = await cli('--store', 'sqlite:recorded.db', '--campaign', 'muong-te', 'export', '-o', 'muong-te.ndjson');
    expectDone(exported, /^exported 180 events of the campaign muong-te to muong-te\.ndjson\n$/);
    expect(parseEventsFile(read('muong-te.ndjson')).header).toEqual({ format: 'campaign-ledger.events/1', campaign: 'muong-te', eventCount: 180 });
    expectDone(
      await cli('--store', 'sqlite:campaign.db', 'import', 'muong-te.ndjson'),
      /imported 180 events, 0 already held; .* with the hash the file gives it/,
    );
  });

  it('imports what a file adds to a store that holds its beginning: an import cut short is finished by importing the file again', async () => {
    const { events } = parseEventsFile(read('recorded.ndjson'));
    writeFileSync(join(dir, 'first-100.ndjson'), eventsFileText(events.slice(0, 100)));
    expectDone(await cli('--store', 'sqlite:resumed.db', 'import', 'first-100.ndjson'), /imported 100 events, 0 already held/);
    expectDone(
      await cli('--store', 'sqlite:resumed.db', 'import', 'recorded.ndjson'),
      /imported 80 events, 100 already held; .* with the hash the file gives it/,
    );
    expect((await cli('--store', 'sqlite:resumed.db', 'export')).stdout).toBe(read('recorded.ndjson'));
  });

  it('seals the events anew in a store that holds another campaign, when --campaign says to keep both, and says their hashes differ from the file', async () => {
    expectDone(await cli('--store', 'sqlite:two.db', 'record', HUNG_NGUYEN), /into the campaign hung-nguyen/);
    const refused = await cli('--store', 'sqlite:two.db', 'import', 'recorded.ndjson');
    expect(refused.stderr).toBe(
      'campaign-ledger: the store holds the campaign hung-nguyen, and recorded.ndjson holds muong-te: nothing was imported; to keep both in this store, pass --campaign muong-te\n',
    );
    expect(refused.code).toBe(2);
    const imported = await cli('--store', 'sqlite:two.db', '--campaign', 'muong-te', 'import', 'recorded.ndjson');
    expectDone(
      imported,
      /imported 180 events, 0 already held; the file's hash chain holds, and the store holds 180 of them at other positions or times than the file says, so with other hashes\n$/,
    );
    // Recorded after the file's events, the other campaign's time is the log's last: the imported events cannot go below it.
    const { events } = parseEventsFile((await cli('--store', 'sqlite:two.db', 'export')).stdout);
    const held = events.length - 180;
    expect(contentOf(eventsFileText(events.slice(held)))).toEqual(contentOf(read('recorded.ndjson')));
    expect(events[held]).toMatchObject({ globalPosition: held + 1, recordedAt: events[held - 1]?.recordedAt });
  });
});
