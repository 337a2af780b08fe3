import { afterAll, beforeAll, expect, it } from 'vitest';
import { type TestDatabase, createDatabase, describeWithPostgres } from '../../postgres/test/testDatabases';
import { type LedgerDirectory, expectOneLine, makeLedgerDirectory, recordMuongTe } from './ledgerDirectory';

// The reading commands give on PostgreSQL what they give on the embedded SQLite file: the same
// log (the same ids, the same order), so the same figures, audit and verification.
describeWithPostgres('the reading commands on PostgreSQL', (adminUrl) => {
  let dir: LedgerDirectory;
  let database: TestDatabase;
  let store: string;
  beforeAll(async () => {
    dir = makeLedgerDirectory();
    database = await createDatabase(adminUrl);
    store = `--store=${database.url}`;
    await recordMuongTe(dir, store);
    await recordMuongTe(dir);
  });
  afterAll(async () => {
    await database.drop();
    dir.remove();
  });

  it('prints the report the SQLite file gives, and as of a moment', async () => {
    const fromPostgres = await dir.cli('report', store, '--format', 'json');
    const fromSqlite = await dir.cli('report', '--format', 'json');
    expect([fromPostgres.code, fromPostgres.stderr]).toEqual([0, '']);
    const figures = (json: string) => (JSON.parse(json) as { readonly groups: unknown }).groups;
    expect(figures(fromPostgres.stdout)).toEqual(figures(fromSqlite.stdout));
    const replayed = await dir.cli('replay', store, '--as-of', '2008-12-31', '--lang', 'en');
    expect(replayed.code, replayed.stderr).toBe(0);
    expect(replayed.stdout.split('\n').filter((l) => l.startsWith('== '))).toEqual(['== The whole campaign ==', '== Year 2007 ==', '== Year 2008 ==', '== Audit ==']);
  });

  it('verifies the log, and checks it against the digest written from it', async () => {
    const verified = await dir.cli('verify', store);
    expect([verified.code, verified.stderr]).toEqual([0, '']);
    expect(verified.stdout).toMatch(/^intact: 180 events, head at position 180, hash [0-9a-f]{64}\n$/);
    const written = await dir.cli('digest', store, '--output', 'postgres.digest.json');
    expect(written.code, written.stderr).toBe(0);
    const held = await dir.cli('verify', store, '--digest', 'postgres.digest.json');
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toContain('the digest holds: the log has the chain it was made of, up to position 180');
  });

  it('audits it, exiting 1 on its alarms', async () => {
    expectOneLine(await dir.cli('audit', store), 1, 'the audit fails at --fail-on alarm: 5 alarms');
  });
});
