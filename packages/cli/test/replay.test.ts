import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LedgerDirectory, expectOneLine, makeLedgerDirectory, recordMuongTe } from './ledgerDirectory';

let dir: LedgerDirectory;
beforeAll(async () => {
  dir = makeLedgerDirectory();
  await recordMuongTe(dir);
});
afterAll(() => dir.remove());

const headings = (text: string): ReadonlyArray<string> => text.split('\n').filter((l) => l.startsWith('== '));

describe('replay on the Mường Tè transcription in a SQLite file', () => {
  it('rebuilds the report as of a global position, and says so first', async () => {
    const run = await dir.cli('replay', '--as-of', '58');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n').slice(0, 4)).toEqual([
      'Phát lại nhật ký đến vị trí 58.',
      'Báo cáo kết quả Cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"',
      'Phạm vi: Huyện ủy Mường Tè',
      '58 sự kiện, vị trí cuối 58.',
    ]);
    expect(run.stderr).toBe('');
  });

  it('rebuilds it as of a domain date: what had happened by then, the span 2007–2010 not yet over', async () => {
    const run = await dir.cli('replay', '--as-of', '2008-12-31', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Replayed as happened by 2008-12-31.');
    expect(headings(run.stdout)).toEqual(['== The whole campaign ==', '== Year 2007 ==', '== Year 2008 ==', '== Audit ==']);
  });

  it('rebuilds it as of a recorded time: nothing before the recording, everything after it', async () => {
    const before = await dir.cli('replay', '--as-of', '2000-01-01T00:00:00Z', '--format', 'json');
    expect(before.code, before.stderr).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({ eventCount: 0, lastGlobalPosition: 0, groups: [] });
    const after = await dir.cli('replay', '--as-of', '2100-01-01T00:00:00+07:00', '--format', 'json');
    expect(JSON.parse(after.stdout)).toMatchObject({ eventCount: 180, lastGlobalPosition: 180 });
  });

  it('applies every --as-of given, and keeps the JSON of docs/report-format.md, as the report prints it', async () => {
    const run = await dir.cli('replay', '--as-of', '2009-12-31', '--as-of', '150', '--format', 'json');
    const report = JSON.parse(run.stdout) as { readonly format: string; readonly lastGlobalPosition: number; readonly groups: ReadonlyArray<{ readonly title: { readonly en: string } }> };
    expect(report.format).toBe('campaign-ledger.report/2');
    expect(report.lastGlobalPosition).toBeLessThanOrEqual(150);
    expect(report.groups.map((g) => g.title.en)).not.toContain('Year 2010');
  });

  it('takes the options of report: --year and Markdown', async () => {
    const run = await dir.cli('replay', '--as-of', '2009-12-31', '--year', '2008', '--format', 'md', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith('*Replayed as happened by 2009-12-31.*\n\n# Campaign report')).toBe(true);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## Year 2008']);
  });

  it.each([
    ['a word', 'yesterday', 'expected a global position (120), a recorded time with its zone (2011-01-20T08:02:00Z) or a domain date (2009-12-31)'],
    ['a date that is not one', '2009-02-30', 'not a real date; a domain date is written YYYY-MM-DD, as 2009-12-31'],
    ['a time without its zone', '2011-01-20T08:02', 'a recorded time is written with its zone, as 2011-01-20T08:02:00Z or 2011-01-20T15:02:00+07:00'],
  ])('refuses a malformed --as-of (%s) in one line, with exit code 2', async (_what, value, problem) => {
    expectOneLine(await dir.cli('replay', '--as-of', value), 2, `--as-of ${value}: ${problem}`);
  });
});
