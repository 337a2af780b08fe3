import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CampaignEvent, type CampaignReport, REPORT_FORMAT, type ReportRow, formatReport, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { muongTeHistory } from '@campaign-ledger/fixtures';
import { muongTeReport } from './muongTeReport';

let report: CampaignReport;

beforeAll(async () => {
  const result = await muongTeReport(makeInMemoryEventStore({ codec: CampaignEvent }));
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  report = result.right;
});

const rows = (): ReadonlyArray<ReportRow> => report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows));
const statedRow = (figureId: string): ReportRow | undefined => rows().find((r) => r.stated.some((s) => s.figureId === figureId));

describe('the Mường Tè report', () => {
  it('is versioned JSON over the district scope', () => {
    expect(report.format).toBe(REPORT_FORMAT);
    expect(report.scope).toEqual({ organisationId: 'org:muong-te', name: 'Huyện ủy Mường Tè' });
    expect(report.eventCount).toBe(muongTeHistory.length);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('prints the campaign, then each year, then the four-year span', () => {
    expect(report.groups.map((g) => g.title.en)).toEqual(['The whole campaign', 'Year 2007', 'Year 2008', 'Year 2009', 'Year 2010', '2007–2010']);
  });

  it('shows every figure the report stated exactly once', () => {
    const stated = muongTeHistory.flatMap((c) => (c.type === 'ReportFigure' ? [c.data.figureId] : []));
    const shown = rows().flatMap((r) => r.stated.map((s) => s.figureId));
    expect([...shown].sort()).toEqual([...stated].sort());
  });

  it('marks the stated figures that the facts do not bear out', () => {
    const agreement = (figureId: string) => statedRow(figureId)?.stated.find((s) => s.figureId === figureId)?.verdict.agreement;
    expect(agreement('figure:2009/party-members')).toBe('differs');
    expect(agreement('figure:2010/classes')).toBe('differs');
    expect(agreement('figure:2010/participants')).toBe('differs');
    expect(agreement('figure:2007/party-members')).toBe('agrees');
    expect(agreement('figure:2008/party-members')).toBe('incomplete');
  });

  it('agrees with 2009’s 3.082: 2.181 party members and 901 non-party civil servants, the categories that make the total', () => {
    const row = statedRow('figure:2009/participants');
    expect(row?.computed).toMatchObject({ status: 'computed', value: 3082, fromCategories: ['party-members', 'non-party-civil-servants'] });
    expect(row?.computed.itemisedBy).toBeUndefined();
    // It agrees; the note is the audit's: the same group itemised by organiser covers only part of it.
    expect(row?.stated[0]?.verdict).toEqual({
      kind: 'matches-exactly',
      alarm: false,
      severity: 'note',
      agreement: 'agrees',
      arithmetic: { vi: '2.181 + 901 = 3.082', en: '2,181 + 901 = 3,082' },
    });
    expect(formatReport(report, 'vi')).toMatch(/Người tham gia, cán bộ, đảng viên, công chức, viên chức \(người\) +tính: 3\.082 +báo cáo: 3\.082 ✓/);
  });

  it('shows the arithmetic of a rate: 94,2% stated against 2.181/2.321 re-rounded to one decimal', () => {
    const row = statedRow('figure:2009/party-members');
    expect(row?.computed.percent).toEqual({ numerator: 2181, denominator: 2321, scaled: 9397, decimals: 2 });
    expect(row?.stated[0]?.verdict).toMatchObject({ kind: 'percent-mismatches-fraction', alarm: true, arithmetic: { vi: '2.181/2.321 = 93,97% ≠ 94,2%' } });
  });

  it('lists the events behind each computed figure', () => {
    const classes2007 = rows().find((r) => r.key.measure === 'classes' && 'period' in r.key && r.key.period === 2007 && !('bloc' in r.key));
    expect(classes2007?.computed.value).toBe(24);
    expect(classes2007?.computed.countedEventIds).toHaveLength(3);
  });

  it('writes Vietnamese numbers by default and English ones on request', () => {
    const vi = formatReport(report, 'vi');
    expect(vi).toContain('3.573');
    expect(vi).toContain('2.181/2.321 = 93,97%');
    expect(vi).toContain('đạt 94,2% ≠');
    expect(vi).toContain('trên 12.360');
    const en = formatReport(report, 'en');
    expect(en).toContain('3,573');
    expect(en).toContain('2,181/2,321 = 93.97%');
    expect(en).toContain('94.2% ≠');
    expect(en).toContain('more than 12,360');
  });

  it('matches the example row of docs/report-format.md, but for event ids', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/report-format.md', import.meta.url)), 'utf8');
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? 'null');
    const row = statedRow('figure:2009/party-members');
    expect(row?.key).toEqual(example.key);
    expect(row?.label).toEqual(example.label);
    const { countedEventIds: _c, shadowedEventIds: _s, ...computed } = row?.computed ?? {};
    const { countedEventIds: _dc, shadowedEventIds: _ds, ...documented } = example.computed;
    expect(computed).toEqual(documented);
    const { eventId: _e, quote, ...stated } = row?.stated[0] ?? {};
    const { eventId: _de, quote: documentedQuote, ...documentedStated } = example.stated[0];
    expect(stated).toEqual(documentedStated);
    expect(quote?.startsWith(documentedQuote.replace(/ \.\.\.$/, ''))).toBe(true);
  });

  it('closes with the audit: the three contradictions of the figures, the awards decided beyond those proposed, an intact log', () => {
    const audit = report.audit;
    expect(audit?.reconciliation.statedFigures).toBe(muongTeHistory.filter((c) => c.type === 'ReportFigure').length);
    expect(audit?.reconciliation.alarms.map((r) => [r.figureId, r.kind])).toEqual([
      ['figure:2009/party-members', 'percent-mismatches-fraction'],
      ['figure:2010/classes', 'total-differs-from-parts'],
      ['figure:2010/participants', 'headcount-versus-attendances'],
    ]);
    expect(audit?.rules.violations.map((v) => v.arithmetic.en)).toEqual(['15 + 29 = 44 > 43', '59 + 122 = 181 > 172']);
    expect(audit?.log._tag).toBe('Intact');
    const text = formatReport(report, 'en');
    expect(text).toContain('== Audit ==');
    expect(text).toContain('2,181/2,321 = 93.97% ≠ 94.2%');
    expect(text).toContain('2 + 33 = 35 ≠ 36');
    expect(text).toContain('257 + 158 + 2,648 = 3,063 persons ≠ 6,713 persons');
    expect(text).toContain('15 + 29 = 44 > 43');
    expect(text).toMatch(/intact: 180 events, head hash [0-9a-f]{64}/);
  });
});
