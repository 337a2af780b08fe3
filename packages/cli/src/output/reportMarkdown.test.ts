import { type CampaignReport, type Language, formatReport } from '@campaign-ledger/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { muongTeReport } from '../../test/muongTeReport';
import { escapeMarkdown, formatReportMarkdown } from './reportMarkdown';

let report: CampaignReport;
beforeAll(async () => {
  report = await muongTeReport();
});

// A table row's cells, unescaped: `| a \| b | c |` is ['a | b', 'c'].
const cellsOf = (line: string): ReadonlyArray<string> =>
  line
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((c) => c.replace(/\\(.)/g, '$1'));

const tableRows = (markdown: string): ReadonlyArray<ReadonlyArray<string>> =>
  markdown
    .split('\n')
    .filter((l) => l.startsWith('| ') && !/^\| (Số liệu|Figure) \|/.test(l) && !l.startsWith('| ---'))
    .map(cellsOf);

describe('the report as Markdown', () => {
  it('heads the report, each period and each section, and puts each section in a table of three columns', () => {
    const md = formatReportMarkdown(report, 'vi');
    expect(md.startsWith('# Báo cáo kết quả Cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"\n\nPhạm vi: Huyện ủy Mường Tè.')).toBe(true);
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Toàn Cuộc vận động',
      '## Năm 2007',
      '## Năm 2008',
      '## Năm 2009',
      '## Năm 2010',
      '## Giai đoạn 2007–2010',
      '## Kiểm tra',
    ]);
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.match(/(?<!\\)\|/g), line).toHaveLength(4);
    const rows = report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows));
    expect(tableRows(md)).toHaveLength(rows.length);
  });

  it('writes each row as the text report does: the computed figure, and each statement with the audit verdict', () => {
    for (const lang of ['vi', 'en'] as const satisfies ReadonlyArray<Language>) {
      const text = formatReport(report, lang);
      const [computedWord, statedWord] = lang === 'vi' ? ['tính', 'báo cáo'] : ['computed', 'stated'];
      for (const [label, computed, stated] of tableRows(formatReportMarkdown(report, lang))) {
        const statements = stated === '' ? '' : `   ${statedWord}: ${(stated ?? '').split('; ').join(`; ${statedWord}: `)}`;
        expect(text, `${lang}: ${label}`).toContain(`${computedWord}: ${computed}${statements}\n`);
      }
    }
  });

  it('marks the rows the audit judged, and escapes what Markdown would read', () => {
    const md = formatReportMarkdown(report, 'vi');
    expect(md).toContain('| Tỷ lệ tham gia, đảng viên | 2.181/2.321 = 93,97% | 2.181/2.321, đạt 94,2% ≠ |');
    expect(md).toContain('| Số lớp | 40\\* | 36 ≠ |');
    expect(md).toContain('| Lượt người được tuyên truyền | trên 12.360 | trên 12.360 ⚠; 12.360 ⚠ |');
    expect(formatReportMarkdown(report, 'en')).toContain('| Participation rate, party members | 2,181/2,321 = 93.97% | 2,181/2,321, 94.2% ≠ |');
  });

  it("puts a contest's rows under its title", () => {
    const md = formatReportMarkdown(report, 'vi');
    expect(md).toContain(
      '#### Hội thi Báo cáo viên kể chuyện tấm gương đạo đức Hồ Chí Minh\n\n| Số liệu | Tính | Báo cáo |\n| --- | --- | --- |\n| Thí sinh | 20 | 20 ✓ |',
    );
  });

  it('closes with the audit: its alarms and warnings in full, its notes counted, and the state of the log', () => {
    const md = formatReportMarkdown(report, 'en');
    const audit = md.slice(md.indexOf('## Audit'));
    expect(audit).toContain('### Alarms (the report contradicts itself): 5\n\n- ! Participation rate, party members — 2009, Huyện ủy Mường Tè:');
    expect(audit.split('\n').filter((l) => l.startsWith('- !'))).toHaveLength(5);
    expect(audit.split('\n').filter((l) => l.startsWith('- ⚠'))).toHaveLength(1);
    expect(audit).toContain('Notes (what could not be checked, or only in part): 5, each in the JSON report.');
    expect(audit).toMatch(/\nEvent log intact: 180 events, head hash `[0-9a-f]{64}`\.\n$/);
  });

  it('escapes the characters that would start emphasis, code, links, HTML or a table cell', () => {
    expect(escapeMarkdown('a|b *c* _d_ `e` [f](g) <h> #i \\j')).toBe('a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\#i \\\\j');
  });
});
