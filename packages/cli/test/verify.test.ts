import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LedgerDirectory, expectOneLine, makeLedgerDirectory, recordMuongTe } from './ledgerDirectory';

let dir: LedgerDirectory;
let tamperedAt: number;
beforeAll(async () => {
  dir = makeLedgerDirectory();
  await recordMuongTe(dir);
  // A copy of the file in which someone lowered the 36 classes the report stated for 2010 to 35,
  // which would make the alarm on them go away; no hash is touched.
  copyFileSync(join(dir.path, 'campaign-ledger.db'), join(dir.path, 'tampered.db'));
  const db = new Database(join(dir.path, 'tampered.db'));
  const changed = db
    .prepare(`UPDATE events SET data = replace(data, '"value":36', '"value":35') WHERE json_extract(data, '$.figureId') = 'figure:2010/classes' RETURNING global_position`)
    .all() as ReadonlyArray<{ readonly global_position: number }>;
  db.close();
  expect(changed).toHaveLength(1);
  tamperedAt = changed[0]?.global_position ?? 0;
});
afterAll(() => dir.remove());

const HASH = '[0-9a-f]{64}';

describe('verify and digest on the Mường Tè transcription in a SQLite file', () => {
  it('says an intact log is intact, with its head, and exits 0', async () => {
    const run = await dir.cli('verify');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(new RegExp(`^intact: 180 events, head at position 180, hash ${HASH}\\n$`));
  });

  it('writes the digest to a new file, refuses to write it over a file, and prints the same to stdout', async () => {
    const written = await dir.cli('digest', '--output', 'audit.digest.json');
    expect([written.code, written.stdout, written.stderr]).toEqual([0, '', 'audit.digest.json: the digest of 180 events, up to position 180\n']);
    const digest = JSON.parse(readFileSync(join(dir.path, 'audit.digest.json'), 'utf8')) as Record<string, unknown>;
    expect(digest).toMatchObject({ format: 'campaign-ledger.log-digest/1', algorithm: 'sha256', headPosition: 180, eventCount: 180 });
    expect(digest['headHash']).toMatch(new RegExp(`^${HASH}$`));
    expectOneLine(await dir.cli('digest', '--output', 'audit.digest.json'), 2, 'audit.digest.json: the file exists; a digest is never written over another: name a new file');
    const printed = await dir.cli('digest');
    expect(printed.stdout).toBe(readFileSync(join(dir.path, 'audit.digest.json'), 'utf8'));
  });

  it('checks the log against a digest written earlier', async () => {
    const run = await dir.cli('verify', '--digest', 'audit.digest.json');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/\nthe digest holds: the log has the chain it was made of, up to position 180; 0 events appended since\n$/);
  });

  it('names the first break of a tampered file, and exits 1', async () => {
    const run = await dir.cli('verify', '--store', 'sqlite:./tampered.db');
    expectOneLine(run, 1, `the log does not verify: the first break is at position ${tamperedAt} (altered)`);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`broken: the first break is at position ${tamperedAt} (altered)`);
    expect(lines[1]).toMatch(new RegExp(`^  event [0-9a-f-]{36}, stream campaign-muong-te, revision ${tamperedAt - 1}$`));
    expect(lines[2]).toMatch(new RegExp(`^  sealed hash ${HASH}$`));
    expect(lines[3]).toMatch(new RegExp(`^  found hash  ${HASH}$`));
    expect(lines[4]).toContain(`position ${tamperedAt}: event `);
  });

  it('writes no digest of a tampered file, and finds that it does not hold the digest of the original', async () => {
    const digest = await dir.cli('digest', '--store', 'sqlite:./tampered.db', '--output', 'tampered.digest.json');
    expectOneLine(digest, 1, `the log does not verify, so no digest was written: the first break is at position ${tamperedAt} (altered)`);
    const held = await dir.cli('verify', '--store', 'sqlite:./tampered.db', '--digest', 'audit.digest.json');
    expectOneLine(held, 1, `the log does not verify: the first break is at position ${tamperedAt} (altered)`);
  });

  it('finds that a log does not hold the digest of another one, whose chain differs', async () => {
    expect((await dir.cli('record', 'clean.report.yaml', '--store', 'sqlite:./clean.db')).code).toBe(0);
    expect((await dir.cli('digest', '--store', 'sqlite:./clean.db', '--output', 'clean.digest.json')).code).toBe(0);
    const run = await dir.cli('verify', '--digest', 'clean.digest.json');
    expectOneLine(
      run,
      1,
      "the log does not hold the digest clean.digest.json: the log's chain is consistent but its hash at position 4 is not the digest's: the log was rewritten up to there",
    );
  });
});

describe('verify refuses a digest it cannot read in one line, with exit code 2', () => {
  it('a digest file that is not there', async () => {
    expectOneLine(await dir.cli('verify', '--digest', 'missing.digest.json'), 2, 'missing.digest.json: there is no such file');
  });

  it('a file that is not a digest, naming each field', async () => {
    dir.write('bad.digest.json', JSON.stringify({ format: 'campaign-ledger.log-digest/1', algorithm: 'sha256', headPosition: 180, headHash: 'ff29', eventCount: 180 }));
    expectOneLine(await dir.cli('verify', '--digest', 'bad.digest.json'), 2, 'bad.digest.json: not a log digest: headHash: a hash must be 64 lower-case hex digits, got "ff29"');
  });
});
