import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, databaseUrl, describeWithPostgres } from '../../postgres/test/testDatabases';
import { repositoryRoot, runCliProcess } from './runCli';

const SEED = join(repositoryRoot, 'examples/muong-te/muong-te.report.yaml');
const TUTORIAL = `transcription: 1
document: { id: tutorial, campaign: tutorial, title: Báo cáo thử, scope: org:district }
launch: { title: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh }
organisations:
  - { id: org:district, name: Huyện uỷ Thử, kind: district-committee }
sentences:
  - at: 1.1
    quote: Năm 2009, toàn huyện tổ chức 28 lớp.
    year: 2009
    facts:
      - ReportClasses: { factId: classes-2009, count: "28" }
    states:
      - { figure: classes, id: classes-2009, number: "28" }
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'campaign-ledger-cli-'));
  copyFileSync(SEED, join(dir, 'muong-te.report.yaml'));
  writeFileSync(join(dir, 'tutorial.report.yaml'), TUTORIAL);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: ReadonlyArray<string>) => runCliProcess(args, { cwd: dir });

describe('record and report on the embedded SQLite default', () => {
  it('records the Mường Tè transcription into ./campaign-ledger.db, then finds it there and records nothing', async () => {
    const first = await cli('record', 'muong-te.report.yaml');
    expect([first.code, first.stderr]).toEqual([0, 'muong-te.report.yaml: recorded 180 events into the campaign muong-te: 180 new, 0 corrected, 0 retracted; 0 already recorded\n']);
    const again = await cli('record', 'muong-te.report.yaml');
    expect([again.code, again.stderr]).toEqual([0, 'muong-te.report.yaml: the campaign muong-te already holds all 180 entries; nothing was recorded\n']);
  });

  it('prints the report from the file, in Vietnamese, English and JSON', async () => {
    const vi = await cli('report');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Phạm vi: Huyện ủy Mường Tè');
    expect(vi.stdout).toContain('180 sự kiện');
    const en = await cli('report', '--lang', 'en');
    expect(en.stdout).toContain('180 events');
    const json = await cli('report', '--format', 'json');
    expect((JSON.parse(json.stdout) as { readonly eventCount: number }).eventCount).toBe(180);
  });

  it('resolves a relative --store path from INIT_CWD, the directory npm was run in', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'campaign-ledger-cli-cwd-'));
    try {
      const run = await runCliProcess(['report', '--store', 'sqlite:./campaign-ledger.db'], { cwd: elsewhere, env: { INIT_CWD: dir } });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('180 sự kiện');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('lists with --dry-run what a changed file would record, and records nothing', async () => {
    writeFileSync(join(dir, 'edited.report.yaml'), (await import('node:fs')).readFileSync(SEED, 'utf8').replace('count: "2.181"', 'count: "2.118"'));
    const dry = await cli('record', 'edited.report.yaml', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe('correct ParticipationReported fact:2009/participants/party-members (count)\n');
    expect(dry.stderr).toContain('would record 1 events');
    expect((await cli('record', 'muong-te.report.yaml')).stderr).toContain('nothing was recorded');
  });

  it('refuses a transcription of another campaign, unless --campaign names it', async () => {
    const refused = await cli('record', 'tutorial.report.yaml');
    expect([refused.code, refused.stderr]).toEqual([
      2,
      'campaign-ledger: the store holds the campaign muong-te, and tutorial.report.yaml records into tutorial: nothing was recorded; to keep both in this store, pass --campaign tutorial\n',
    ]);
    const both = await cli('record', 'tutorial.report.yaml', '--campaign', 'tutorial');
    expect(both.code).toBe(0);
    const ambiguous = await cli('report');
    expect([ambiguous.code, ambiguous.stderr]).toEqual([2, 'campaign-ledger: the store holds 2 campaigns (muong-te, tutorial): choose one with --campaign\n']);
    expect((await cli('report', '--campaign', 'tutorial', '--lang', 'en')).stdout).toContain('Scope: Huyện ủy Thử');
  });
});

describe('bad input: one line on stderr, a non-zero exit, no stack trace', () => {
  const oneLine = (run: { readonly stderr: string }) => {
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  };

  it.each([
    ['a file that is not there', ['record', 'missing.yaml'], 2, 'campaign-ledger: missing.yaml: there is no such file'],
    ['a file that is not a transcription', ['record', 'notes.txt'], 2, 'campaign-ledger: notes.txt: a transcription is a .yaml, .yml, .xlsx or .csv file'],
    ['an unknown store', ['report', '--store', 'mysql://x'], 2, 'campaign-ledger: --store: expected sqlite:<path> (the default, sqlite:./campaign-ledger.db), memory, postgres://… or esdb://…, got mysql://x'],
    ['a SQLite file that does not exist, to read', ['report', '--store', 'sqlite:./nothing.db'], 3, `campaign-ledger: cannot open the store sqlite:${'DIR'}/nothing.db: there is no such file; record a transcription or import events into it first`],
  ])('%s', async (_what, args, code, line) => {
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const run = await cli(...args);
    expect([run.code, run.stderr.trim()]).toEqual([code, line.replace('DIR', dir)]);
    oneLine(run);
  });

  it('an unreachable PostgreSQL server and EventStoreDB node, in the same shape', async () => {
    const pg = await cli('report', '--store', 'postgres://nobody@127.0.0.1:1/ledger');
    expect(pg.code).toBe(3);
    expect(pg.stderr).toMatch(/^campaign-ledger: cannot open the store postgres:\/\/nobody@127\.0\.0\.1:1\/ledger: the store is unavailable: .*ECONNREFUSED/);
    oneLine(pg);
    const esdb = await cli('report', '--store', 'esdb://127.0.0.1:1?tls=false');
    expect(esdb.code).toBe(3);
    expect(esdb.stderr).toMatch(/^campaign-ledger: cannot open the store esdb:\/\/127\.0\.0\.1:1\?tls=false: the store is unavailable: /);
    oneLine(esdb);
  }, 60_000);

  it.each([
    ['malformed YAML', 'transcription: 1\ndocument: [\n', /^campaign-ledger: bad\.yaml:3:1: /],
    ['an empty file', '', /^campaign-ledger: bad\.yaml: the file is empty$/m],
    ['a truncated file', TUTORIAL.slice(0, TUTORIAL.indexOf('sentences:')), /^campaign-ledger: bad\.yaml:1:1: sentences: expected/],
    ['wrong types', TUTORIAL.replace('count: "28"', 'count: "twenty"'), /^campaign-ledger: bad\.yaml:\d+:\d+: sentences\[0\]\.facts\[0\]\.ReportClasses\.count: /],
    ['an unknown event type', TUTORIAL.replace('ReportClasses:', 'ReportKlasses:'), /^campaign-ledger: bad\.yaml:\d+:\d+: sentences\[0\]\.facts\[0\]\.ReportKlasses: ReportKlasses is not a command a fact can name; known: ReportClasses/],
  ])('a transcription with %s, recording nothing', async (_what, text, line) => {
    const store = `sqlite:./bad-${Math.random().toString(36).slice(2)}.db`;
    writeFileSync(join(dir, 'bad.yaml'), text);
    const run = await cli('record', 'bad.yaml', '--store', store);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(line);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const report = await cli('report', '--store', store);
    expect(report.stderr).toContain('the store holds no campaign yet');
  });

  it('an unknown command or option is named, with a pointer to --help', async () => {
    const run = await cli('frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: unknown command 'frobnicate'\n(add --help for usage)\n");
  });
});

describe('help and version', () => {
  it('--version prints the version, and --help of each command its examples', async () => {
    expect(await cli('--version')).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
    for (const command of ['record', 'report']) {
      const help = await cli(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Examples:\n  $ campaign-ledger ${command}`);
    }
  });
});

describeWithPostgres('record and report on PostgreSQL', (adminUrl) => {
  it('records the transcription, again records nothing, and prints the report the SQLite file gives', async () => {
    const database = `cli_${Date.now()}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
    const store = databaseUrl(adminUrl, database);
    expect((await cli('record', 'muong-te.report.yaml', '--store', store)).code).toBe(0);
    expect((await cli('record', 'muong-te.report.yaml', '--store', store)).stderr).toContain('nothing was recorded');
    const fromPostgres = await cli('report', '--store', store, '--format', 'json');
    const fromSqlite = await cli('report', '--campaign', 'muong-te', '--format', 'json');
    const figures = (run: { readonly stdout: string }) => JSON.stringify((JSON.parse(run.stdout) as { readonly sections: unknown }).sections);
    expect(fromPostgres.code).toBe(0);
    expect(figures(fromPostgres)).toBe(figures(fromSqlite));
  }, 120_000);
});
