import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { reconcile } from './reconcile';
import { formatReconciliation, formatReconciliations } from './reconciliationText';

const facts = withHierarchy(
  event('ClassesReported', { factId: 'f:district', organisationId: 'org:district-a', period: 2010, count: 2, organiserLevel: 'district', bloc: 'agencies' }),
  event('ClassesReported', { factId: 'f:units', organisationId: 'org:district-a', period: 2010, count: 33, organiserLevel: 'unit' }),
  event('ClassesReported', { factId: 'f:summer', organisationId: 'org:district-a', period: 2010, count: 5, organiserLevel: 'district', audience: 'teachers' }),
  event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2010, organisationId: 'org:district-a' }, value: 36, parts: ['f:district', 'f:units'] }),
  event('FigureReported', { figureId: 'figure:units', figure: { measure: 'classes', period: 2010, organiserLevel: 'unit' }, value: 33 }),
);

describe('formatReconciliation', () => {
  it('marks an alarm with "!", names the class, shows the arithmetic and indents the notes', () => {
    const [classes] = reconcile(facts);
    if (classes === undefined) throw new Error('no reconciliation');
    expect(formatReconciliation(classes, 'vi')).toEqual([
      '! figure:classes: tổng khác tổng các phần — 2 + 33 = 35 ≠ 36',
      '    · ô số liệu của khóa này: 2 + 33 + 5 = 40 (các phần nêu riêng theo khối, cấp tổ chức, đối tượng của lớp, không phải tổng) — báo cáo 36',
    ]);
    expect(formatReconciliation(classes, 'en')).toEqual([
      '! figure:classes: the total differs from the sum of its parts — 2 + 33 = 35 ≠ 36',
      "    · the figure key's own cell: 2 + 33 + 5 = 40 (parts itemised by bloc, organiser level, audience, not a total) — stated 36",
    ]);
  });

  it('writes several in the order given, a match without the alarm mark', () => {
    expect(formatReconciliations(reconcile(facts), 'en')).toEqual([
      '! figure:classes: the total differs from the sum of its parts — 2 + 33 = 35 ≠ 36',
      "    · the figure key's own cell: 2 + 33 + 5 = 40 (parts itemised by bloc, organiser level, audience, not a total) — stated 36",
      '  figure:units: matches — 33 = 33',
    ]);
  });
});
