import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LedgerDirectory, expectOneLine, makeLedgerDirectory, recordMuongTe } from './ledgerDirectory';

let dir: LedgerDirectory;
beforeAll(async () => {
  dir = makeLedgerDirectory();
  await recordMuongTe(dir);
});
afterAll(() => dir.remove());

describe('report --year and --format md on the Mường Tè transcription in a SQLite file', () => {
  it("prints the figures of one year, and says the audit is the whole campaign's", async () => {
    const run = await dir.cli('report', '--year', '2009', '--lang', 'en');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('== '))).toEqual(['== Year 2009 ==']);
    expect(run.stdout).toContain('Participation rate, party members');
    expect(run.stdout.endsWith('\nThe audit covers the whole campaign: campaign-ledger audit.\n')).toBe(true);
    const json = await dir.cli('report', '--year', '2009', '--format', 'json');
    const report = JSON.parse(json.stdout) as { readonly groups: ReadonlyArray<{ readonly period: unknown }>; readonly audit?: unknown };
    expect(report.groups.map((g) => g.period)).toEqual([2009]);
    expect(report.audit).toBeUndefined();
  });

  it('prints the report as Markdown', async () => {
    const run = await dir.cli('report', '--format', 'md');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.startsWith('# Báo cáo kết quả Cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"\n\nPhạm vi: Huyện ủy Mường Tè. 180 sự kiện, vị trí cuối 180.\n')).toBe(true);
    expect(run.stdout).toContain('\n| Tỷ lệ tham gia, đảng viên | 2.181/2.321 = 93,97% | 2.181/2.321, đạt 94,2% ≠ |\n');
    expect(run.stdout).toContain('\n## Kiểm tra\n');
  });

  it('refuses a year the report has no figures of, and one that is not a year', async () => {
    expectOneLine(await dir.cli('report', '--year', '2015'), 2, '--year 2015: the report has no figures of 2015; its years: 2007, 2008, 2009, 2010');
    expectOneLine(await dir.cli('report', '--year', '09'), 2, '--year 09: expected a year, as 2009');
  });
});
