import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LedgerDirectory, expectOneLine, makeLedgerDirectory, recordMuongTe } from './ledgerDirectory';

let dir: LedgerDirectory;
beforeAll(async () => {
  dir = makeLedgerDirectory();
  await recordMuongTe(dir);
});
afterAll(() => dir.remove());

describe('explain on the Mường Tè transcription in a SQLite file', () => {
  it("prints a figure's lineage, each side of a rate, then where each event was read from", async () => {
    const run = await dir.cli('explain', '2009/tỷ-lệ-tham-gia/đảng-viên');
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Tỷ lệ tham gia, đảng viên — 2009, Huyện ủy Mường Tè: 2.181/2.321 = 93,97%', '  tử số: 2.181']);
    expect(lines[2]).toMatch(/^ {4}\+ 2\.181 {2}ParticipationReported fact:2009\/participants\/party-members @\d+ «Trong đó: đảng viên là 2\.181\/2\.321/);
    expect(lines[3]).toBe('  mẫu số: 2.321');
    expect(lines[4]).toMatch(/^ {4}\+ 2\.321 {2}EligiblePopulationDeclared fact:2009\/eligible\/party-members @\d+ /);
    expect(lines.slice(5)).toEqual([
      'Nguồn:',
      '  Tạp chí Tuyên giáo: "Đảng bộ Mường Tè học và làm theo Bác", báo cáo kết quả 4 năm (2007–2010) của Đảng bộ huyện Mường Tè, tỉnh Lai Châu',
      expect.stringMatching(
        /^ {4}12\.2 \(@\d+ @\d+\): «Trong đó: đảng viên là 2\.181\/2\.321 đồng chí, đạt 94,2%, công chức, viên chức là quần chúng có 901 người tham gia học tập; tổ chức học tập, tuyên truyền tới 12\.360 lượt quân chúng nhân dân\.»$/,
      ),
      '',
    ]);
  });

  it('finds the figure by its English name, by the words of its label, and without diacritics', async () => {
    const first = await dir.cli('explain', '2009/tỷ-lệ-tham-gia/đảng-viên', '--lang', 'en');
    for (const name of ['2009/participation-rate/party-members', '2009/Tỷ lệ tham gia, đảng viên', '2009/ty-le-tham-gia/dang-vien']) {
      const run = await dir.cli('explain', name, '--lang', 'en');
      expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      expect(run.stdout, name).toBe(first.stdout);
    }
    expect(first.stdout.split('\n')[0]).toBe('Participation rate, party members — 2009, Huyện ủy Mường Tè: 2,181/2,321 = 93.97%');
  });

  it('explains a figure given by its key, and prints the explanation as JSON', async () => {
    const run = await dir.cli('explain', '--key', '{"measure":"classes","period":2007,"organisationId":"org:muong-te"}', '--format', 'json');
    expect(run.code, run.stderr).toBe(0);
    const explanation = JSON.parse(run.stdout) as { readonly value: number; readonly entries: ReadonlyArray<{ readonly factId: string; readonly effect: string }> };
    expect(explanation.value).toBe(24);
    expect(explanation.entries.map((e) => [e.factId, e.effect])).toEqual([
      ['fact:2007/classes/agencies', 'added'],
      ['fact:2007/classes/rural', 'added'],
      ['fact:2007/classes/armed-forces', 'added'],
    ]);
  });

  it("lists the names of the report's figures, one a line", async () => {
    const run = await dir.cli('explain', '--list', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    const names = run.stdout.trimEnd().split('\n');
    expect(names.slice(0, 2)).toEqual(['campaign/steering-committees-formed', 'campaign/steering-committee-members']);
    expect(names).toContain('2010/classes');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('explain refuses a figure it cannot find in one line, with exit code 2', () => {
  it('an unknown name, offering the nearest names', async () => {
    expectOneLine(
      await dir.cli('explain', '2009/party-member-rate'),
      2,
      'no figure of the report is named 2009/party-member-rate; nearest: 2009/participation-rate/party-members, 2007/participation-rate/party-members, 2008/participation-rate/party-members, 2009/eligible/party-members, 2007/eligible/party-members; campaign-ledger explain --list names them all',
    );
  });

  it('a key that is not JSON, and one that is not a figure key', async () => {
    expectOneLine(await dir.cli('explain', '--key', '{measure: classes}'), 2, /^campaign-ledger: --key: not JSON \(.+\); expected a figure key, as \{"measure":"classes"/);
    expectOneLine(await dir.cli('explain', '--key', '{"measure":"klasses"}'), 2, /^campaign-ledger: --key: \{"measure":"klasses"\} is not a figure key: measure: expected a measure of FigureKey, one of classes, .*, got "klasses"\n$/);
  });

  it('no figure at all', async () => {
    expectOneLine(await dir.cli('explain'), 2, 'name one figure (as the report prints it), or give --key <json>, or --list to list the names');
  });
});
