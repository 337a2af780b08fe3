import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LedgerDirectory, expectOneLine, makeLedgerDirectory, recordMuongTe } from './ledgerDirectory';

let dir: LedgerDirectory;
beforeAll(async () => {
  dir = makeLedgerDirectory();
  await recordMuongTe(dir);
  const clean = await dir.cli('record', 'clean.report.yaml', '--store', 'sqlite:./clean.db');
  expect(clean.code, clean.stderr).toBe(0);
});
afterAll(() => dir.remove());

// A rule the 2007 classes break: 24 classes, fewer than 30.
const RULES = {
  rules: [
    {
      id: 'at-least-30-classes',
      name: { vi: 'Ít nhất 30 lớp mỗi năm', en: 'At least 30 classes a year' },
      importance: 'high',
      left: [{ figure: { measure: 'classes', period: '$period', organisationId: 'org:muong-te' } }],
      operator: 'greater-than-or-equal-to',
      right: [{ constant: 30 }],
      periodType: 'year',
    },
  ],
};

describe('audit on the Mường Tè transcription in a SQLite file', () => {
  it('prints every finding, alarms first, then what was checked, the count of each severity and the log; exits 1 on its alarms', async () => {
    const run = await dir.cli('audit', '--lang', 'en');
    expectOneLine(run, 1, 'the audit fails at --fail-on alarm: 5 alarms');
    const marks = run.stdout
      .split('\n')
      .filter((l) => /^[!⚠–] /.test(l))
      .map((l) => l[0]);
    expect(marks).toEqual(['!', '!', '!', '!', '!', '⚠', '–', '–', '–', '–', '–']);
    expect(run.stdout).toContain('! Participation rate, party members — 2009, Huyện ủy Mường Tè: the percentage does not match its own fraction — 2,181/2,321 = 93.97% ≠ 94.2%');
    expect(run.stdout).toMatch(
      /\n\n70 stated figures reconciled with the figures computed from the events; 15 validation rules, 37 comparisons, 181 skipped for missing values\.\nAlarms: 5, warnings: 1, notes: 5\.\nEvent log intact: 180 events, head hash [0-9a-f]{64}\.\n$/,
    );
  });

  it('fails at --fail-on warning on the warning too, and never with --fail-on none', async () => {
    expectOneLine(await dir.cli('audit', '--fail-on', 'warning'), 1, 'the audit fails at --fail-on warning: 5 alarms, 1 warning');
    const none = await dir.cli('audit', '--fail-on', 'none');
    expect([none.code, none.stderr]).toEqual([0, '']);
    expect(none.stdout).toContain('Báo động: 5, cảnh báo: 1, ghi chú: 5.');
  });

  it('prints the audit section as JSON with --format json', async () => {
    const run = await dir.cli('audit', '--format', 'json', '--fail-on', 'none');
    expect(run.code, run.stderr).toBe(0);
    const audit = JSON.parse(run.stdout) as { readonly bySeverity: unknown; readonly findings: ReadonlyArray<{ readonly severity: string }>; readonly log: { readonly _tag: string } };
    expect(audit.bySeverity).toEqual({ alarm: 5, warning: 1, note: 5 });
    expect(audit.findings.map((f) => f.severity)).toEqual([...Array(5).fill('alarm'), 'warning', ...Array(5).fill('note')]);
    expect(audit.log._tag).toBe('Intact');
  });

  it('evaluates the rules of a --rules file with the built-in ones', async () => {
    dir.write('classes.rules.json', JSON.stringify(RULES, null, 2));
    const run = await dir.cli('audit', '--rules', 'classes.rules.json', '--lang', 'en');
    expectOneLine(run, 1, 'the audit fails at --fail-on alarm: 6 alarms');
    expect(run.stdout).toContain('! At least 30 classes a year (2007): a validation rule is broken — 3 + 20 + 1 = 24 < 30');
    expect(run.stdout).toContain('; 16 validation rules, ');
  });

  it('exits 1 when the log does not verify, naming the position', async () => {
    copyFileSync(join(dir.path, 'campaign-ledger.db'), join(dir.path, 'tampered.db'));
    const db = new Database(join(dir.path, 'tampered.db'));
    db.prepare(`UPDATE events SET data = replace(data, '"value":36', '"value":35') WHERE json_extract(data, '$.figureId') = 'figure:2010/classes'`).run();
    db.close();
    const run = await dir.cli('audit', '--store', 'sqlite:./tampered.db', '--lang', 'en');
    expectOneLine(run, 1, /^campaign-ledger: the log does not verify: position \d+: event [0-9a-f-]+ \(stream campaign-muong-te, revision \d+\) no longer matches the hash it was sealed with\n$/);
    expect(run.stdout).toMatch(/\nAlarms: 4, warnings: 1, notes: 5\.\nEvent log ALTERED: position \d+: event [0-9a-f-]+ \(stream campaign-muong-te, revision \d+\) no longer matches the hash it was sealed with\n$/);
  });
});

describe('audit on a campaign whose report agrees with itself', () => {
  it('exits 0 at every threshold', async () => {
    for (const failOn of ['alarm', 'warning']) {
      const run = await dir.cli('audit', '--store', 'sqlite:./clean.db', '--fail-on', failOn, '--lang', 'en');
      expect([run.code, run.stderr], failOn).toEqual([0, '']);
      expect(run.stdout).toContain('Alarms: 0, warnings: 0, notes: 0.');
    }
  });
});

describe('audit refuses a bad rule set in one line, with exit code 2', () => {
  it('names each path of a rule set that does not decode', async () => {
    const malformed = { rules: [{ ...RULES.rules[0], operator: 'at-most', left: [{ figure: { measure: 'classes', perod: '$period' } }] }] };
    dir.write('malformed.rules.json', JSON.stringify(malformed));
    expectOneLine(
      await dir.cli('audit', '--rules', 'malformed.rules.json'),
      2,
      /^campaign-ledger: malformed\.rules\.json: not a rule set: rules\.0\.operator: expected RuleOperator, one of .*, got "at-most"; rules\.0\.left\.0\.figure\.perod: expected a field of classes \(nearest first: period, .*\), got "\$period"; rules\.0\.left\.0\.figure\.period: expected Period, got nothing \(the field is missing\)\n$/,
    );
  });

  it('names the line and column where a file stops being JSON', async () => {
    dir.write('broken.rules.json', '{\n  "rules": [\n    { "id": "x", }\n  ]\n}\n');
    expectOneLine(await dir.cli('audit', '--rules', 'broken.rules.json'), 2, /^campaign-ledger: broken\.rules\.json:3:18: not JSON \(.+\); expected a rule set/);
  });

  it('refuses a rule whose id a built-in rule has, and a file that is not there', async () => {
    dir.write('taken.rules.json', JSON.stringify({ rules: [{ ...RULES.rules[0], id: 'prizes-within-entries' }] }));
    expectOneLine(
      await dir.cli('audit', '--rules', 'taken.rules.json'),
      2,
      'taken.rules.json: the rule id prizes-within-entries is taken by a built-in rule; give the rule another id',
    );
    expectOneLine(await dir.cli('audit', '--rules', 'missing.rules.json'), 2, 'missing.rules.json: there is no such file');
  });
});
