import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import type { CampaignFacts } from '../projections/campaignFacts';
import { buildAuditSection } from './auditSection';
import { builtInRules } from './builtInRules';
import type { AuditFinding } from './finding';
import { reconcile } from './reconcile';
import type { Reconciliation } from './reconciliation';

// Small reports that each contradict themselves in one way, or leave one thing unchecked: every
// class of finding, every hypothesis and every severity, and a report that raises nothing.

const D = 'org:district-a';
const COMMUNE = 'org:commune-a1';
const OFFICE = 'org:office-a';

type Category = 'party-members' | 'cadres-civil-servants' | 'non-party-civil-servants' | 'cadres-party-members-civil-servants' | 'public' | 'everyone' | 'teachers';

const participants = (factId: string, period: number, category: Category, count: number, extra: { organiserLevel?: 'district' | 'unit'; organisationId?: string; classesFactId?: string } = {}) =>
  event('ParticipationReported', { factId, organisationId: D, period, category, countUnit: 'person', count, ...extra });

const eligible = (factId: string, period: number, count: number, extra: { exempted?: number; organisationId?: string } = {}) =>
  event('EligiblePopulationDeclared', { factId, organisationId: D, period, category: 'party-members', count, ...extra });

const classes = (factId: string, period: number, count: number, extra: { organiserLevel?: 'district' | 'unit'; audience?: 'teachers' } = {}) =>
  event('ClassesReported', { factId, organisationId: D, period, count, ...extra });

const rate = (period: number, organisationId = D) => ({ measure: 'participation-rate', period, organisationId, category: 'party-members' }) as const;
const percent = (scaled: number, decimals: 0 | 1 | 2) => ({ scaled, decimals });

const reconciled = (facts: CampaignFacts, figureId: string): Reconciliation => {
  const found = reconcile(facts).find((r) => r.figureId === figureId);
  if (found === undefined) throw new Error(`no reconciliation for ${figureId}`);
  return found;
};

const summary = (fs: ReadonlyArray<AuditFinding>) => fs.map((f) => [f.severity, f.kind, f.arithmetic.line.vi]);

describe('a printed percentage is the interval it stands for', () => {
  it('"86,41%" is [86,405; 86,415): 8.641 of 10.000 is exactly it, 8.645 is not', () => {
    const stated = event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), percent: percent(8641, 2) });
    const exact = reconciled(withHierarchy(eligible('f:e', 2009, 10000), participants('f:p', 2009, 'party-members', 8641), stated), 'figure:rate');
    expect([exact.kind, exact.severity, exact.arithmetic.line.vi]).toEqual(['matches-exactly', 'none', '8.641/10.000 = 86,41% = 86,41%']);
    expect(exact.arithmetic).toMatchObject({ _tag: 'Percent', interval: { decimals: 3, low: 86405, high: 86415 } });
    const out = reconciled(withHierarchy(eligible('f:e', 2009, 10000), participants('f:p', 2009, 'party-members', 8645), stated), 'figure:rate');
    expect([out.kind, out.severity, out.arithmetic.line.vi]).toEqual(['differs', 'alarm', '8.645/10.000 = 86,45% ≠ 86,41%']);
  });

  it('"đạt trên 80%" holds for 90%, and does not for 70%', () => {
    const above = (n: number) =>
      withHierarchy(
        eligible('f:e', 2009, 100),
        participants('f:p', 2009, 'party-members', n),
        event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), percent: percent(80, 0), percentQualifier: 'more-than' }),
      );
    const holds = reconciled(above(90), 'figure:rate');
    expect([holds.kind, holds.severity, holds.arithmetic.line.vi, holds.arithmetic.line.en]).toEqual([
      'holds-under-qualifier',
      'none',
      '90/100 = 90,00% ≥ 79,5% (trên 80%)',
      '90/100 = 90.00% ≥ 79.5% (more than 80%)',
    ]);
    expect(holds.stated).toMatchObject({ percent: { scaled: 80, decimals: 0 }, percentQualifier: 'more-than' });
    const fails = reconciled(above(70), 'figure:rate');
    expect([fails.kind, fails.severity, fails.arithmetic.line.vi]).toEqual(['qualifier-does-not-hold', 'alarm', '70/100 = 70,00% < 79,5% (trên 80%)']);
  });

  it('"gần 100%" is just below: 95% holds, 101% does not', () => {
    const near = (n: number) =>
      withHierarchy(
        eligible('f:e', 2009, 100),
        participants('f:p', 2009, 'party-members', n),
        event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), percent: percent(100, 0), percentQualifier: 'nearly' }),
      );
    expect(reconciled(near(95), 'figure:rate').arithmetic.line.vi).toBe('89,5% ≤ 95/100 = 95,00% < 100,5% (gần 100%)');
    expect(reconciled(near(101), 'figure:rate')).toMatchObject({ kind: 'qualifier-does-not-hold', severity: 'alarm' });
  });
});

describe('GRIM: a percentage no whole count over its denominator gives', () => {
  it('64,2% of 13 is no count at all, an alarm of its own; 46,2% would be 6 of 13, as a hypothesis', () => {
    const facts = withHierarchy(
      event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), denominator: 13, percent: percent(642, 1), quote: 'đạt 64,2% của 13 đồng chí' }),
    );
    const grim = reconciled(facts, 'figure:rate').findings.find((f) => f.kind === 'percent-infeasible');
    expect(grim?.severity).toBe('alarm');
    expect(grim?.arithmetic.line).toEqual({
      vi: 'không có số nguyên n nào cho n/13 = 64,2% (từ 64,15% đến dưới 64,25%): 8/13 = 61,54%, 9/13 = 69,23%',
      en: 'no whole n gives n/13 = 64.2% (from 64.15% to below 64.25%): 8/13 = 61.54%, 9/13 = 69.23%',
    });
    expect(grim?.hypotheses[0]).toMatchObject({
      slip: 'transposed-digits',
      ref: { id: 'figure:rate', slot: 'percent' },
      printed: 642,
      wouldBe: 462,
      line: { vi: 'giả thuyết: 46,2% thay cho 64,2% thì khớp — có thể hai chữ số liền nhau bị đảo' },
    });
    expect(grim?.statements).toEqual([expect.objectContaining({ figureId: 'figure:rate', quote: 'đạt 64,2% của 13 đồng chí' })]);
  });

  it('46,2% of 13 is 6/13: nothing to say', () => {
    const facts = withHierarchy(event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), denominator: 13, percent: percent(462, 1) }));
    expect(reconciled(facts, 'figure:rate').findings.filter((f) => f.kind === 'percent-infeasible')).toEqual([]);
  });
});

describe('hypotheses: a single slip that would reconcile a contradiction', () => {
  it('two digits transposed: 86,41% printed, 8.614 of 10.000 counted', () => {
    const facts = withHierarchy(
      eligible('f:e', 2009, 10000),
      participants('f:p', 2009, 'party-members', 8614),
      event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), percent: percent(8641, 2) }),
    );
    const [alarm] = reconciled(facts, 'figure:rate').findings;
    expect(alarm?.hypotheses.map((h) => [h.slip, h.ref.slot, h.line.en])).toEqual([
      ['transposed-digits', 'percent', 'hypothesis: 86.14% instead of 86.41% would match; possibly two adjacent digits transposed'],
      ['transposed-digits', 'fact', 'hypothesis: 8,641 instead of 8,614 would match; possibly two adjacent digits transposed'],
    ]);
  });

  it('one digit wrong: 94,2% printed for 2.181/2.321', () => {
    const facts = withHierarchy(
      event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), numerator: 2181, denominator: 2321, percent: percent(942, 1) }),
    );
    const [alarm] = reconciled(facts, 'figure:rate').findings;
    expect(alarm?.hypotheses.map((h) => [h.slip, h.ref.slot, h.wouldBe])).toEqual([
      ['one-digit-wrong', 'percent', 940],
      ['one-digit-wrong', 'numerator', 2186],
      ['one-digit-wrong', 'numerator', 2187],
    ]);
  });

  it('a separator misread: "9,42%" for 942 of 1.000, and "2" copies for the 2.000 counted', () => {
    const rateFacts = withHierarchy(
      eligible('f:e', 2009, 1000),
      participants('f:p', 2009, 'party-members', 942),
      event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), percent: percent(942, 2) }),
    );
    const [alarm] = reconciled(rateFacts, 'figure:rate').findings;
    expect(alarm?.hypotheses.map((h) => [h.slip, h.line.vi])).toEqual([
      ['decimal-separator', 'giả thuyết: 94,20% thay cho 9,42% thì khớp — có thể dấu phân cách bị đọc nhầm (dấu chấm hàng nghìn, dấu phẩy thập phân)'],
    ]);
    const copies = withHierarchy(
      event('MaterialsDistributed', { distributionId: 'f:copies', period: 2009, distributorId: D, copies: 2000 }),
      event('FigureReported', { figureId: 'figure:copies', figure: { measure: 'materials', period: 2009, organisationId: D }, value: 2 }),
    );
    const [differs] = reconciled(copies, 'figure:copies').findings;
    expect(differs?.hypotheses.map((h) => [h.slip, h.ref, h.printed, h.wouldBe])).toEqual([
      ['decimal-separator', { id: 'figure:copies', slot: 'value' }, 2, 2000],
      ['decimal-separator', { id: 'f:copies', slot: 'fact', measure: 'materials' }, 2000, 2],
    ]);
  });

  it('a part counted twice: 37 classes stated for 2 + 33 = 35', () => {
    const facts = withHierarchy(
      classes('f:district', 2010, 2, { organiserLevel: 'district' }),
      classes('f:units', 2010, 33, { organiserLevel: 'unit' }),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2010, organisationId: D }, value: 37, parts: ['f:district', 'f:units'] }),
    );
    const [alarm] = reconciled(facts, 'figure:classes').findings;
    expect(alarm?.kind).toBe('total-differs-from-parts');
    expect(alarm?.hypotheses.map((h) => [h.slip, h.line.vi])).toEqual([
      ['part-counted-twice', 'giả thuyết: tổng 37 tính phần 2 hai lần (35 + 2) — có thể một phần bị tính hai lần'],
    ]);
  });
});

describe('error localisation: the one number that explains every conflict', () => {
  it('a restatement "63 lớp" against "36 lớp", which its parts 2 + 34 hold: 63 is the number to look at', () => {
    const facts = withHierarchy(
      classes('f:district', 2010, 2, { organiserLevel: 'district' }),
      classes('f:units', 2010, 34, { organiserLevel: 'unit' }),
      event('FigureReported', { figureId: 'figure:total', figure: { measure: 'classes', period: 2010, organisationId: D }, value: 36, parts: ['f:district', 'f:units'], quote: 'mở 36 lớp' }),
      event('FigureReported', { figureId: 'figure:again', figure: { measure: 'classes', period: 2010, organisationId: D }, value: 63, quote: 'tổng cộng 63 lớp' }),
    );
    const [restated] = reconciled(facts, 'figure:total').findings;
    expect([restated?.severity, restated?.kind, restated?.figureIds, restated?.arithmetic.line.vi]).toEqual([
      'warning',
      'restatement-differs',
      ['figure:total', 'figure:again'],
      '36 ≠ 63 (khác nhau ở giá trị)',
    ]);
    expect(restated?.statements.map((s) => s.quote)).toEqual(['mở 36 lớp', 'tổng cộng 63 lớp']);
    expect(restated?.localisation?.candidates.map((c) => [c.ref, c.low, c.high])).toEqual([[{ id: 'figure:again', slot: 'value' }, 36, 36]]);
    expect(restated?.localisation?.line.vi).toBe('chỉ cần 63 (nếu là 36) sai là giải thích được mọi mâu thuẫn; không phải 36, vì 2 + 34 = 36');
    expect(restated?.hypotheses.map((h) => h.line.vi)).toEqual(['giả thuyết: 36 thay cho 63 thì khớp — có thể hai chữ số liền nhau bị đảo']);
    // The second statement is as much the finding's as the first: both carry it.
    expect(reconciled(facts, 'figure:again').severity).toBe('warning');
  });

  it('a rate whose numerator a total holds: the percentage or the denominator, never the numerator', () => {
    const facts = withHierarchy(
      eligible('f:e', 2009, 2321, { organisationId: D }),
      participants('f:pm', 2009, 'party-members', 2181),
      participants('f:npcs', 2009, 'non-party-civil-servants', 901),
      event('FigureReported', {
        figureId: 'figure:total',
        figure: { measure: 'participants', period: 2009, organisationId: D, category: 'cadres-party-members-civil-servants', countUnit: 'person' },
        value: 3082,
        parts: ['f:pm', 'f:npcs'],
      }),
      event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), numerator: 2181, denominator: 2321, percent: percent(942, 1) }),
    );
    const [alarm] = reconciled(facts, 'figure:rate').findings;
    expect(alarm?.localisation?.candidates.map((c) => c.ref.slot)).toEqual(['percent', 'denominator']);
    expect(alarm?.localisation?.excluded).toEqual([{ id: 'figure:rate', slot: 'numerator' }]);
  });

  it('says nothing when every number of the one failing check could be the wrong one', () => {
    const facts = withHierarchy(
      classes('f:district', 2010, 2, { organiserLevel: 'district' }),
      classes('f:units', 2010, 33, { organiserLevel: 'unit' }),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2010, organisationId: D }, value: 36, parts: ['f:district', 'f:units'] }),
    );
    expect(reconciled(facts, 'figure:classes').findings[0]?.localisation).toBeUndefined();
  });
});

describe('exempted members: eligible = registered − exempted, checkable both ways', () => {
  const exempt = (studied: number, ...statements: ReadonlyArray<ReturnType<typeof event<'FigureReported'>>>) =>
    withHierarchy(eligible('f:e', 2011, 250, { exempted: 6 }), participants('f:p', 2011, 'party-members', studied), ...statements);

  it('"250 phải học, 244 đã học, 6 được miễn": the fraction over the registered agrees, and 244 + 6 = 250 is checked', () => {
    const r = reconciled(exempt(244, event('FigureReported', { figureId: 'figure:rate', figure: rate(2011), numerator: 244, denominator: 250 })), 'figure:rate');
    expect([r.kind, r.severity]).toEqual(['matches-exactly', 'none']);
    expect(r.notes.map((n) => n.line.vi)).toContain('244 đã học + 6 được miễn = 250 ≤ 250 phải học');
  });

  it('a denominator or a percentage that leaves the exempted out agrees too, and says so', () => {
    const net = reconciled(exempt(244, event('FigureReported', { figureId: 'figure:rate', figure: rate(2011), numerator: 244, denominator: 244 })), 'figure:rate');
    expect(net.notes.map((n) => n.line.vi)).toContain('mẫu số: 250 − 6 được miễn = 244 = 244');
    expect(net.severity).toBe('none');
    const all = reconciled(exempt(244, event('FigureReported', { figureId: 'figure:rate', figure: rate(2011), percent: percent(100, 0) })), 'figure:rate');
    expect([all.kind, all.arithmetic.line.vi]).toEqual(['matches-exactly', '244/244 = 100,00% = 100% (mẫu số không tính 6 người được miễn)']);
  });

  it('246 studied and 6 exempted of 250 registered is a warning', () => {
    const r = reconciled(exempt(246, event('FigureReported', { figureId: 'figure:rate', figure: rate(2011), numerator: 246, denominator: 250 })), 'figure:rate');
    expect(summary(r.findings)).toEqual([['warning', 'exempted-beyond-eligible', '246 đã học + 6 được miễn = 252 > 250 phải học']]);
  });
});

describe('narrower categories beside a total', () => {
  const total = (category: Category, value: number) =>
    event('FigureReported', { figureId: 'figure:total', figure: { measure: 'participants', period: 2007, organisationId: D, category, countUnit: 'person' }, value });

  it('that may share members cannot reconcile it: a note', () => {
    const facts = withHierarchy(
      participants('f:everyone', 2007, 'everyone', 3573),
      participants('f:pm', 2007, 'party-members', 1795),
      participants('f:ccs', 2007, 'cadres-civil-servants', 1483),
      total('everyone', 3573),
    );
    const r = reconciled(facts, 'figure:total');
    expect([r.kind, r.agreement, r.severity]).toEqual(['matches-exactly', 'agrees', 'note']);
    expect(summary(r.findings)).toEqual([
      ['note', 'overlapping-categories', '1.795 + 1.483 = 3.278 < 3.573 (đảng viên và cán bộ, công chức, viên chức có thể trùng nhau: không đối chiếu được)'],
    ]);
  });

  it('that share no member and exceed it: a warning; that fall short of it: partial coverage, a note', () => {
    const over = reconciled(
      withHierarchy(participants('f:everyone', 2007, 'everyone', 3000), participants('f:pm', 2007, 'party-members', 2181), participants('f:public', 2007, 'public', 1000), total('everyone', 3000)),
      'figure:total',
    );
    expect(summary(over.findings)).toEqual([
      ['warning', 'parts-exceed-total', '2.181 + 1.000 = 3.181 > 3.000 (đảng viên và quần chúng nhân dân không trùng nhau mà vượt tổng)'],
    ]);
    const under = reconciled(
      withHierarchy(participants('f:everyone', 2007, 'everyone', 3000), participants('f:pm', 2007, 'party-members', 2181), participants('f:public', 2007, 'public', 500), total('everyone', 3000)),
      'figure:total',
    );
    expect(summary(under.findings)).toEqual([
      ['note', 'partial-coverage', '2.181 + 500 = 2.681 < 3.000 (đảng viên và quần chúng nhân dân không trùng nhau, chỉ bao quát một phần)'],
    ]);
  });

  it('slices itemised by organiser that exceed the total they sit in: a warning', () => {
    const group = 'cadres-party-members-civil-servants';
    const facts = withHierarchy(
      participants('f:pm', 2007, 'party-members', 1200),
      participants('f:npcs', 2007, 'non-party-civil-servants', 800),
      participants('f:district', 2007, group, 1500, { organiserLevel: 'district' }),
      participants('f:units', 2007, group, 800, { organiserLevel: 'unit' }),
      total(group, 2000),
    );
    expect(summary(reconciled(facts, 'figure:total').findings)).toEqual([
      ['warning', 'parts-exceed-total', '1.500 + 800 = 2.300 (các phần nêu riêng theo cấp tổ chức) — báo cáo 2.000: các phần vượt tổng'],
    ]);
  });
});

describe('what the audit cannot check, or only in part: notes', () => {
  it('"120 bản, khu phố" with no denominator, where another year gave 117/160', () => {
    const facts = withHierarchy(
      event('ResidentialAreasDeclared', { factId: 'f:areas', organisationId: D, period: 2009, count: 160 }),
      event('OutreachReported', { factId: 'f:2009', organisationId: D, period: 2009, areasReached: 117 }),
      event('OutreachReported', { factId: 'f:2010', organisationId: D, period: 2010, areasReached: 120 }),
      event('FigureReported', { figureId: 'figure:2009', figure: { measure: 'areas-reached', period: 2009, organisationId: D }, numerator: 117, denominator: 160 }),
      event('FigureReported', { figureId: 'figure:2010', figure: { measure: 'areas-reached', period: 2010, organisationId: D }, value: 120 }),
    );
    const r = reconciled(facts, 'figure:2010');
    expect([r.kind, r.severity]).toEqual(['matches-exactly', 'note']);
    expect(r.findings.map((f) => [f.kind, f.figureIds, f.arithmetic.line.en])).toEqual([
      ['missing-denominator', ['figure:2010', 'figure:2009'], '120/?: no count of the residential areas registered for 2010; 2009 gives 117/160'],
    ]);
    // The year cited keeps its own verdict.
    expect(reconciled(facts, 'figure:2009').severity).toBe('none');
  });

  it('classes held with no participant count, in a year whose other classes have one', () => {
    const facts = withHierarchy(
      classes('f:district', 2010, 2, { organiserLevel: 'district' }),
      participants('f:district-pm', 2010, 'party-members', 257, { organiserLevel: 'district', classesFactId: 'f:district' }),
      classes('f:summer', 2010, 5, { organiserLevel: 'district', audience: 'teachers' }),
      event('FigureReported', { figureId: 'figure:summer', figure: { measure: 'classes', period: 2010, organisationId: D, audience: 'teachers' }, value: 5 }),
    );
    expect(summary(reconciled(facts, 'figure:summer').findings)).toEqual([
      ['note', 'no-participant-count', '5 lớp (cán bộ, giáo viên): báo cáo không ghi số người tham gia, trong khi ghi số người của các lớp khác năm 2010'],
    ]);
  });

  it('a rate whose denominator only some organisations below declared is partial, named by what it leaves out', () => {
    const facts = withHierarchy(
      eligible('f:e', 2009, 1000, { organisationId: COMMUNE }),
      participants('f:p', 2009, 'party-members', 1800),
      event('FigureReported', { figureId: 'figure:rate', figure: rate(2009), percent: percent(90, 0) }),
    );
    const r = reconciled(facts, 'figure:rate');
    expect([r.kind, r.severity, r.alarm]).toEqual(['not-computable', 'note', false]);
    expect(summary(r.findings)).toEqual([
      ['note', 'partial-coverage', `mẫu số 1.000 chỉ gồm số khai báo của một phần các tổ chức trực thuộc (thiếu: ${OFFICE}), không đặt cạnh 1.800 của toàn phạm vi`],
    ]);
  });
});

describe('partial denominators in the rules', () => {
  it('a district count is never held to the communes’ sum of eligible as if it were the district’s', () => {
    const facts = withHierarchy(eligible('f:e', 2009, 1000, { organisationId: COMMUNE }), participants('f:p', 2009, 'party-members', 1800));
    const audit = buildAuditSection(facts, builtInRules, { _tag: 'NotVerified', reason: 'not asked' });
    expect(audit.rules.violations).toEqual([]);
    expect(audit.rules.notCompared.map((p) => [p.ruleId, p.missing.map((o) => o.organisationId), p.message.en])).toEqual([
      [
        'participants-within-eligible',
        [OFFICE],
        `the eligible population 1,000 was declared by only some of the organisations below (missing: ${OFFICE}), not set against the 1,800 of the whole scope`,
      ],
    ]);
    expect(audit.findings.map((f) => [f.severity, f.kind, f.ruleId])).toEqual([['note', 'partial-coverage', 'participants-within-eligible']]);
  });

  it('compares them when both come from the same organisations', () => {
    const facts = withHierarchy(eligible('f:e', 2009, 1000, { organisationId: COMMUNE }), participants('f:p', 2009, 'party-members', 1800, { organisationId: COMMUNE }));
    const audit = buildAuditSection(facts, builtInRules, { _tag: 'NotVerified', reason: 'not asked' });
    expect(audit.rules.notCompared).toEqual([]);
    expect(audit.rules.violations.map((v) => [v.ruleId, v.binding, v.arithmetic.vi])).toEqual([
      ['participants-within-eligible', { period: 2009, category: 'party-members', organisationId: COMMUNE }, '1.800 > 1.000'],
    ]);
  });
});

describe('severities', () => {
  it('a broken rule is an alarm, a low-importance one a warning, each naming the statements of its figures', () => {
    const facts = withHierarchy(
      participants('f:everyone', 2009, 'everyone', 1500),
      participants('f:pm', 2009, 'party-members', 2000),
      eligible('f:e', 2009, 1900),
      event('FigureReported', {
        figureId: 'figure:pm',
        figure: { measure: 'participants', period: 2009, organisationId: D, category: 'party-members', countUnit: 'person' },
        value: 2000,
        quote: '2.000 đảng viên',
      }),
    );
    const audit = buildAuditSection(facts, builtInRules, { _tag: 'NotVerified', reason: 'not asked' });
    expect(audit.findings.map((f) => [f.severity, f.ruleId, f.figureIds, f.arithmetic.line.vi])).toEqual([
      ['alarm', 'participants-within-eligible', ['figure:pm'], '2.000 > 1.900'],
      ['warning', 'participants-of-category-within-everyone', ['figure:pm'], '2.000 > 1.500'],
    ]);
    expect(audit.bySeverity).toEqual({ alarm: 1, warning: 1, note: 0 });
  });

  it('a report that agrees with itself everywhere raises nothing', () => {
    const facts = withHierarchy(
      classes('f:district', 2007, 3, { organiserLevel: 'district' }),
      classes('f:units', 2007, 21, { organiserLevel: 'unit' }),
      participants('f:district-pm', 2007, 'party-members', 200, { organiserLevel: 'district', classesFactId: 'f:district' }),
      participants('f:units-pm', 2007, 'party-members', 1595, { organiserLevel: 'unit', classesFactId: 'f:units' }),
      participants('f:pm', 2007, 'party-members', 1795),
      eligible('f:e', 2007, 1923),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2007, organisationId: D }, value: 24, parts: ['f:district', 'f:units'] }),
      event('FigureReported', { figureId: 'figure:rate', figure: rate(2007), numerator: 1795, denominator: 1923, percent: percent(93, 0) }),
    );
    const audit = buildAuditSection(facts, builtInRules, { _tag: 'NotVerified', reason: 'not asked' });
    expect(audit.findings).toEqual([]);
    expect(audit.bySeverity).toEqual({ alarm: 0, warning: 0, note: 0 });
    expect(reconcile(facts).map((r) => [r.figureId, r.kind, r.severity])).toEqual([
      ['figure:classes', 'matches-exactly', 'none'],
      ['figure:rate', 'matches-within-precision', 'none'],
    ]);
  });
});
