import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { reconcile } from './reconcile';
import { formatFindings, formatReconciliation, formatReconciliations } from './reconciliationText';

const D = 'org:district-a';

const facts = withHierarchy(
  event('ClassesReported', { factId: 'f:district', organisationId: D, period: 2010, count: 2, organiserLevel: 'district', bloc: 'agencies' }),
  event('ClassesReported', { factId: 'f:units', organisationId: D, period: 2010, count: 33, organiserLevel: 'unit' }),
  event('ClassesReported', { factId: 'f:summer', organisationId: D, period: 2010, count: 5, organiserLevel: 'district', audience: 'teachers' }),
  event('FigureReported', {
    figureId: 'figure:classes',
    figure: { measure: 'classes', period: 2010, organisationId: D },
    value: 36,
    parts: ['f:district', 'f:units'],
    quote: 'Toàn huyện đã mở được 36 lớp.',
  }),
  event('FigureReported', { figureId: 'figure:units', figure: { measure: 'classes', period: 2010, organiserLevel: 'unit' }, value: 33 }),
);

describe('formatReconciliation', () => {
  it('names the figure in words, never by its id, marks an alarm with "!", and says what each line under it is', () => {
    const [classes] = reconcile(facts);
    if (classes === undefined) throw new Error('no reconciliation');
    expect(formatReconciliation(classes, 'vi')).toEqual([
      `! Số lớp — 2010, ${D}: tổng khác tổng các phần — 2 + 33 = 35 ≠ 36`,
      '    · ô số liệu của khóa này: 2 + 33 + 5 = 40 (các phần nêu riêng theo khối, cấp tổ chức, đối tượng của lớp, không phải tổng) — báo cáo 36',
    ]);
    expect(formatReconciliation(classes, 'en')).toEqual([
      `! Classes — 2010, ${D}: the total differs from the sum of its parts — 2 + 33 = 35 ≠ 36`,
      "    · the figure key's own cell: 2 + 33 + 5 = 40 (parts itemised by bloc, organiser level, audience, not a total) — stated 36",
    ]);
  });

  it('writes several in the order given, a match without a mark', () => {
    expect(formatReconciliations(reconcile(facts), 'en')).toEqual([
      `! Classes — 2010, ${D}: the total differs from the sum of its parts — 2 + 33 = 35 ≠ 36`,
      "    · the figure key's own cell: 2 + 33 + 5 = 40 (parts itemised by bloc, organiser level, audience, not a total) — stated 36",
      '  Classes, units — 2010: matches — 33 = 33',
    ]);
  });

  it('marks a check that agrees ✓ and one that could not be made ?, under the line that says what the statement is', () => {
    const rate = withHierarchy(
      event('ParticipationReported', { factId: 'f:pm', organisationId: D, period: 2009, category: 'party-members', countUnit: 'person', count: 2181 }),
      event('FigureReported', {
        figureId: 'figure:rate',
        figure: { measure: 'participation-rate', period: 2009, organisationId: D, category: 'party-members' },
        numerator: 2181,
        denominator: 2321,
        percent: { scaled: 942, decimals: 1 },
      }),
    );
    const [r] = reconcile(rate);
    if (r === undefined) throw new Error('no reconciliation');
    expect(formatReconciliation(r, 'vi')).toEqual([
      `! Tỷ lệ tham gia, đảng viên — 2009, ${D}: tỷ lệ không khớp với phân số của chính nó — 2.181/2.321 = 93,97% ≠ 94,2%`,
      '    ✓ tử số: 2.181 = 2.181',
      '    ? mẫu số: báo cáo 2.321; không có số đối tượng phải học',
      // Nothing else holds the numerator here: it is as likely as the percentage.
      '    → giả thuyết: 94,0% thay cho 94,2% thì khớp — có thể sai một chữ số',
      '    → giả thuyết: 2.186 thay cho 2.181 thì khớp — có thể sai một chữ số',
      '    → giả thuyết: 2.187 thay cho 2.181 thì khớp — có thể sai một chữ số',
    ]);
  });
});

describe('formatFindings', () => {
  it('writes each finding with its mark, its figure, its class and arithmetic, and its sentence', () => {
    const [alarm] = reconcile(facts).flatMap((r) => r.findings);
    if (alarm === undefined) throw new Error('no finding');
    expect(formatFindings([alarm], 'vi')).toEqual([`! Số lớp — 2010, ${D}: tổng khác tổng các phần — 2 + 33 = 35 ≠ 36`, '    «Toàn huyện đã mở được 36 lớp.»']);
    expect(formatFindings([alarm], 'en')).toEqual([`! Classes — 2010, ${D}: the total differs from the sum of its parts — 2 + 33 = 35 ≠ 36`, '    «Toàn huyện đã mở được 36 lớp.»']);
  });
});
