import { describe, expect, it } from 'vitest';
import type { CampaignFacts } from '../projections/campaignFacts';
import { event, withHierarchy } from '../../test/envelopes';
import { reconcile } from './reconcile';
import type { Reconciliation } from './reconciliation';

const D = 'org:district-a';

const reconciled = (facts: CampaignFacts, figureId: string): Reconciliation => {
  const found = reconcile(facts).find((r) => r.figureId === figureId);
  if (found === undefined) throw new Error(`no reconciliation for ${figureId}`);
  return found;
};

const lines = (r: Reconciliation) => ({ vi: r.arithmetic.line.vi, en: r.arithmetic.line.en, notes: r.notes.map((n) => n.line.vi) });

const classes = (
  factId: string,
  period: number,
  count: number,
  extra: { bloc?: 'agencies' | 'rural' | 'armed-forces'; organiserLevel?: 'district' | 'unit'; audience?: 'teachers'; organisationId?: string } = {},
) => event('ClassesReported', { factId, organisationId: D, period, count, ...extra });

const participation = (factId: string, period: number, category: 'party-members' | 'civil-servants' | 'non-party-civil-servants' | 'cadres-party-members-civil-servants', count: number, extra: { organiserLevel?: 'district' | 'unit' } = {}) =>
  event('ParticipationReported', { factId, organisationId: D, period, category, countUnit: 'person', count, ...extra });

const eligible = (factId: string, period: number, count: number) =>
  event('EligiblePopulationDeclared', { factId, organisationId: D, period, category: 'party-members', count });

const rateKey = (period: number) => ({ measure: 'participation-rate', period, organisationId: D, category: 'party-members' }) as const;

describe('reconcile: matches exactly', () => {
  it('a total equal to the sum of the parts it names', () => {
    const facts = withHierarchy(
      classes('f:agencies', 2007, 3, { bloc: 'agencies' }),
      classes('f:rural', 2007, 20, { bloc: 'rural' }),
      classes('f:armed', 2007, 1, { bloc: 'armed-forces' }),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2007, organisationId: D }, value: 24, parts: ['f:agencies', 'f:rural', 'f:armed'], quote: 'đã mở 24 lớp' }),
    );
    const r = reconciled(facts, 'figure:classes');
    expect(r.kind).toBe('matches-exactly');
    expect(r.alarm).toBe(false);
    expect(r.arithmetic).toMatchObject({ _tag: 'Sum', total: 24, stated: 24, holds: true });
    expect(lines(r)).toEqual({ vi: '3 + 20 + 1 = 24', en: '3 + 20 + 1 = 24', notes: [] });
    expect(r.partEvents.map((e) => [e.factId, e.value, e.effect])).toEqual([
      ['f:agencies', 3, 'added'],
      ['f:rural', 20, 'added'],
      ['f:armed', 1, 'added'],
    ]);
    expect(r.computed.entries.map((e) => e.eventId)).toEqual(['evt-8', 'evt-9', 'evt-10']);
    expect(r).toMatchObject({ eventId: 'evt-11', globalPosition: 11, quote: 'đã mở 24 lớp', stated: { value: 24 } });
  });

  it('a stated count equal to the computed one', () => {
    const facts = withHierarchy(classes('f:units', 2008, 52), event('FigureReported', { figureId: 'figure:units', figure: { measure: 'classes', period: 2008 }, value: 52 }));
    const r = reconciled(facts, 'figure:units');
    expect(r.kind).toBe('matches-exactly');
    expect(r.arithmetic).toMatchObject({ _tag: 'Compare', what: 'value', computed: 52, stated: 52, equal: true });
    expect(lines(r)).toEqual({ vi: '52 = 52', en: '52 = 52', notes: [] });
  });

  it('a fraction of another figure: areas reached of those registered, with the events of both', () => {
    const facts = withHierarchy(
      event('ResidentialAreasDeclared', { factId: 'f:areas', organisationId: D, period: 2009, count: 160 }),
      event('OutreachReported', { factId: 'f:outreach', organisationId: D, period: 2009, areasReached: 117 }),
      event('FigureReported', { figureId: 'figure:reached', figure: { measure: 'areas-reached', period: 2009, organisationId: D }, numerator: 117, denominator: 160 }),
    );
    const r = reconciled(facts, 'figure:reached');
    expect(r.kind).toBe('matches-exactly');
    expect(lines(r)).toEqual({ vi: 'tử số: 117 = 117', en: 'numerator: 117 = 117', notes: ['mẫu số: 160 = 160'] });
    expect(r.computed.entries.map((e) => e.factId)).toEqual(['f:outreach']);
    expect(r.computedDenominator?.entries.map((e) => e.factId)).toEqual(['f:areas']);
  });

  it('a percentage that is its fraction with nothing rounded away', () => {
    const facts = withHierarchy(
      eligible('f:eligible', 2009, 1600),
      participation('f:pm', 2009, 'party-members', 1500),
      event('FigureReported', { figureId: 'figure:rate', figure: rateKey(2009), percent: { scaled: 9375, decimals: 2 } }),
    );
    const r = reconciled(facts, 'figure:rate');
    expect(r.kind).toBe('matches-exactly');
    expect(r.arithmetic).toMatchObject({ _tag: 'Percent', fraction: 'computed', exact: true, equal: true });
    expect(lines(r).vi).toBe('1.500/1.600 = 93,75% = 93,75%');
  });
});

describe('reconcile: matches within the stated precision', () => {
  it('1.795/1.923 = 93,34% is 93% at no decimals', () => {
    const facts = withHierarchy(
      eligible('f:eligible', 2007, 1923),
      participation('f:pm', 2007, 'party-members', 1795),
      event('FigureReported', { figureId: 'figure:rate', figure: rateKey(2007), numerator: 1795, denominator: 1923, percent: { scaled: 93, decimals: 0 }, countUnit: 'person' }),
    );
    const r = reconciled(facts, 'figure:rate');
    expect(r.kind).toBe('matches-within-precision');
    expect(r.alarm).toBe(false);
    expect(r.arithmetic).toMatchObject({
      _tag: 'Percent',
      percent: { numerator: 1795, denominator: 1923, scaled: 9334, decimals: 2 },
      atStatedPrecision: { scaled: 93, decimals: 0 },
      stated: { scaled: 93, decimals: 0 },
      exact: false,
    });
    expect(lines(r)).toEqual({
      vi: '1.795/1.923 = 93,34% ≈ 93%',
      en: '1,795/1,923 = 93.34% ≈ 93%',
      notes: ['tử số: 1.795 = 1.795', 'mẫu số: 1.923 = 1.923'],
    });
    expect(r.computed.entries.map((e) => [e.side, e.factId])).toEqual([
      ['numerator', 'f:pm'],
      ['denominator', 'f:eligible'],
    ]);
  });
});

describe('reconcile: a percentage that does not match its own fraction', () => {
  it('2.181/2.321 is 94,0% at one decimal, not 94,2%', () => {
    const facts = withHierarchy(
      eligible('f:eligible', 2009, 2321),
      participation('f:pm', 2009, 'party-members', 2181),
      event('FigureReported', { figureId: 'figure:rate', figure: rateKey(2009), numerator: 2181, denominator: 2321, percent: { scaled: 942, decimals: 1 }, countUnit: 'person' }),
    );
    const r = reconciled(facts, 'figure:rate');
    expect(r.kind).toBe('percent-mismatches-fraction');
    expect(r.alarm).toBe(true);
    expect(r.arithmetic).toMatchObject({ _tag: 'Percent', fraction: 'stated', atStatedPrecision: { scaled: 940, decimals: 1 }, equal: false });
    expect(lines(r)).toEqual({
      vi: '2.181/2.321 = 93,97% ≠ 94,2%',
      en: '2,181/2,321 = 93.97% ≠ 94.2%',
      notes: ['tử số: 2.181 = 2.181', 'mẫu số: 2.321 = 2.321'],
    });
  });

  it('is found from the stated fraction alone, even when the facts give no denominator', () => {
    const facts = withHierarchy(
      participation('f:pm', 2009, 'party-members', 2181),
      event('FigureReported', { figureId: 'figure:rate', figure: rateKey(2009), numerator: 2181, denominator: 2321, percent: { scaled: 942, decimals: 1 } }),
    );
    const r = reconciled(facts, 'figure:rate');
    expect(r.kind).toBe('percent-mismatches-fraction');
    // The percentage was checked against its own fraction: no line under it says it could not be.
    expect(lines(r).notes).toEqual(['tử số: 2.181 = 2.181', 'mẫu số: báo cáo 2.321; không có số đối tượng phải học']);
  });
});

describe('reconcile: corrected parts', () => {
  it('adds a corrected part in its latest version and lists the original as superseded', () => {
    const facts = withHierarchy(
      classes('f:district', 2010, 2, { organiserLevel: 'district' }),
      classes('f:units', 2010, 33, { organiserLevel: 'unit' }),
      event('FactCorrected', {
        correctionId: 'correction:units',
        correctedFactId: 'f:units',
        replacement: { type: 'ClassesReported', data: { factId: 'f:units', organisationId: D, period: 2010, count: 34, organiserLevel: 'unit', provenance: { recordedBy: 'test', source: { document: 'errata' } } } },
        reason: 'one class was left out',
      }),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2010, organisationId: D }, value: 36, parts: ['f:district', 'f:units'] }),
    );
    const r = reconciled(facts, 'figure:classes');
    expect(r.kind).toBe('matches-exactly');
    expect(lines(r)).toEqual({ vi: '2 + 34 = 36', en: '2 + 34 = 36', notes: [] });
    expect(r.partEvents.map((e) => [e.eventId, e.value, e.effect, e.supersededBy, e.correction?.correctionId])).toEqual([
      ['evt-8', 2, 'added', undefined, undefined],
      ['evt-9', 33, 'superseded', 'evt-10', undefined],
      ['evt-10', 34, 'added', undefined, 'correction:units'],
    ]);
    expect(r.computed.entries.map((e) => [e.eventId, e.value, e.effect])).toEqual([
      ['evt-8', 2, 'added'],
      ['evt-9', 33, 'superseded'],
      ['evt-10', 34, 'added'],
    ]);
  });
});

describe('reconcile: a total that differs from the sum of its parts', () => {
  it('2 + 33 = 35 ≠ 36, noting what the key’s own cell holds', () => {
    const facts = withHierarchy(
      classes('f:district', 2010, 2, { organiserLevel: 'district', bloc: 'agencies' }),
      classes('f:units', 2010, 33, { organiserLevel: 'unit' }),
      classes('f:summer', 2010, 5, { organiserLevel: 'district', audience: 'teachers' }),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2010, organisationId: D }, value: 36, parts: ['f:district', 'f:units'] }),
    );
    const r = reconciled(facts, 'figure:classes');
    expect(r.kind).toBe('total-differs-from-parts');
    expect(r.alarm).toBe(true);
    expect(r.arithmetic).toMatchObject({ _tag: 'Sum', total: 35, stated: 36, holds: false });
    expect(lines(r)).toEqual({
      vi: '2 + 33 = 35 ≠ 36',
      en: '2 + 33 = 35 ≠ 36',
      notes: ['ô số liệu của khóa này: 2 + 33 + 5 = 40 (các phần nêu riêng theo khối, cấp tổ chức, đối tượng của lớp, không phải tổng) — báo cáo 36'],
    });
    // The cell only itemises the year (by organiser level, bloc, audience): its 40 is no total, so it is a note, not a second alarm.
    expect(r.notes[0]).toMatchObject({ kind: 'cell', arithmetic: { _tag: 'Itemised', computed: 40, stated: 36, by: ['bloc', 'organiserLevel', 'audience'] } });
  });
});

describe('reconcile: parts that add up, and facts that only itemise the total', () => {
  it('2.181 + 901 = 3.082 matches; the same group itemised by organiser (256 + 1.854) is a note of partial coverage', () => {
    const group = 'cadres-party-members-civil-servants' as const;
    const facts = withHierarchy(
      participation('f:district-class', 2009, group, 256, { organiserLevel: 'district' }),
      participation('f:unit-classes', 2009, group, 1854, { organiserLevel: 'unit' }),
      participation('f:pm', 2009, 'party-members', 2181),
      participation('f:non-party', 2009, 'non-party-civil-servants', 901),
      event('FigureReported', {
        figureId: 'figure:total',
        figure: { measure: 'participants', period: 2009, organisationId: D, category: group, countUnit: 'person' },
        value: 3082,
        countUnit: 'person',
        parts: ['f:pm', 'f:non-party'],
      }),
    );
    const r = reconciled(facts, 'figure:total');
    expect(r.kind).toBe('matches-exactly');
    expect(r.alarm).toBe(false);
    expect(r.agreement).toBe('agrees');
    expect(lines(r)).toEqual({ vi: '2.181 + 901 = 3.082', en: '2,181 + 901 = 3,082', notes: [] });
    expect(r.severity).toBe('note');
    expect(r.findings.map((f) => [f.severity, f.kind, f.arithmetic.line.vi])).toEqual([
      ['note', 'partial-coverage', '256 + 1.854 = 2.110 (các phần nêu riêng theo cấp tổ chức) — báo cáo 3.082: chỉ bao quát một phần'],
    ]);
    expect(r.findings[0]?.arithmetic).toMatchObject({ _tag: 'Coverage', what: 'itemised', total: 2110, stated: 3082, by: ['organiserLevel'] });
    // The computed figure of the key is the categories that partition it, not the itemised facts.
    expect(r.computed).toMatchObject({ status: 'computed', value: 3082 });
    expect(r.computed.entries.map((e) => [e.factId, e.effect])).toEqual([
      ['f:district-class', 'shadowed'],
      ['f:unit-classes', 'shadowed'],
      ['f:pm', 'added'],
      ['f:non-party', 'added'],
    ]);
  });

  it('the same total without named parts agrees with the categories that partition it', () => {
    const group = 'cadres-party-members-civil-servants' as const;
    const facts = withHierarchy(
      participation('f:district-class', 2009, group, 256, { organiserLevel: 'district' }),
      participation('f:pm', 2009, 'party-members', 2181),
      participation('f:non-party', 2009, 'non-party-civil-servants', 901),
      event('FigureReported', {
        figureId: 'figure:total',
        figure: { measure: 'participants', period: 2009, organisationId: D, category: group, countUnit: 'person' },
        value: 3082,
        countUnit: 'person',
      }),
    );
    const r = reconciled(facts, 'figure:total');
    expect(r.kind).toBe('matches-exactly');
    expect(lines(r).vi).toBe('2.181 + 901 = 3.082');
    expect(lines(r).notes).toEqual([]);
    expect(r.findings.map((f) => [f.kind, f.arithmetic.line.vi])).toEqual([
      ['partial-coverage', '256 (các phần nêu riêng theo cấp tổ chức) — báo cáo 3.082: chỉ bao quát một phần'],
    ]);
  });

  it('a total the facts only itemise is neither confirmed nor contradicted by their sum', () => {
    const group = 'cadres-party-members-civil-servants' as const;
    const facts = withHierarchy(
      participation('f:district-class', 2009, group, 256, { organiserLevel: 'district' }),
      participation('f:unit-classes', 2009, group, 1854, { organiserLevel: 'unit' }),
      event('FigureReported', {
        figureId: 'figure:total',
        figure: { measure: 'participants', period: 2009, organisationId: D, category: group, countUnit: 'person' },
        value: 3082,
        countUnit: 'person',
      }),
    );
    const r = reconciled(facts, 'figure:total');
    expect(r.kind).toBe('itemised-only');
    expect(r.alarm).toBe(false);
    expect(r.agreement).toBe('incomplete');
    expect(r.arithmetic).toMatchObject({ _tag: 'Itemised', what: 'value', computed: 2110, stated: 3082, by: ['organiserLevel'] });
    expect(lines(r)).toEqual({
      vi: '256 + 1.854 = 2.110 (các phần nêu riêng theo cấp tổ chức, không phải tổng) — báo cáo 3.082',
      en: '256 + 1,854 = 2,110 (parts itemised by organiser level, not a total) — stated 3,082',
      notes: [],
    });
  });

  it('itemised slices that add up to the stated total agree with it', () => {
    const facts = withHierarchy(
      classes('f:agencies', 2007, 3, { bloc: 'agencies' }),
      classes('f:rural', 2007, 21, { bloc: 'rural' }),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2007, organisationId: D }, value: 24 }),
    );
    const r = reconciled(facts, 'figure:classes');
    expect(r.kind).toBe('matches-exactly');
    expect(r.agreement).toBe('agrees');
  });
});

describe('reconcile: a headcount set against attendances', () => {
  it('persons and attendances named as parts of one total are never added', () => {
    const facts = withHierarchy(
      participation('f:pm', 2010, 'party-members', 257),
      participation('f:cs', 2010, 'civil-servants', 158),
      event('OutreachReported', { factId: 'f:outreach', organisationId: D, period: 2010, areasReached: 120, attendances: 10500 }),
      event('FigureReported', {
        figureId: 'figure:total',
        figure: { measure: 'participants', period: 2010, organisationId: D, category: 'everyone', countUnit: 'person' },
        value: 6713,
        countUnit: 'person',
        parts: ['f:pm', 'f:cs', 'f:outreach'],
      }),
    );
    const r = reconciled(facts, 'figure:total');
    expect(r.kind).toBe('headcount-versus-attendances');
    expect(r.alarm).toBe(true);
    expect(r.arithmetic).toMatchObject({ _tag: 'Units', stated: 6713, countUnit: 'person', sameUnitTotal: 415, otherUnit: [{ value: 10500, countUnit: 'attendance', factId: 'f:outreach' }] });
    expect(lines(r)).toEqual({
      vi: '257 + 158 = 415 người ≠ 6.713 người; 10.500 lượt người không cộng được vào người',
      en: '257 + 158 = 415 persons ≠ 6,713 persons; 10,500 attendances cannot be added to persons',
      notes: ['ô số liệu của khóa này: không có sự kiện nào được tính vào ô này'],
    });
    expect(r.partEvents.map((e) => [e.factId, e.effect, e.countUnit])).toEqual([
      ['f:pm', 'added', 'person'],
      ['f:cs', 'added', 'person'],
      ['f:outreach', 'not-added', 'attendance'],
    ]);
  });

  it('a count stated in persons whose computed figure is in attendances', () => {
    const facts = withHierarchy(
      event('OutreachReported', { factId: 'f:outreach', organisationId: D, period: 2010, attendances: 10500 }),
      event('FigureReported', { figureId: 'figure:people', figure: { measure: 'outreach-attendances', period: 2010, organisationId: D }, value: 10500, countUnit: 'person' }),
    );
    const r = reconciled(facts, 'figure:people');
    expect(r.kind).toBe('headcount-versus-attendances');
    expect(r.alarm).toBe(true);
    expect(lines(r).en).toBe('10,500 persons: no count in persons; 10,500 attendances cannot be compared with persons');
  });
});

describe('reconcile: qualifiers', () => {
  const outreach = (attendances: number, qualifier?: 'more-than') =>
    event('OutreachReported', { factId: 'f:outreach', organisationId: D, period: 2009, attendances, ...(qualifier === undefined ? {} : { attendancesQualifier: qualifier }) });
  const stated = (value: number, qualifier?: 'more-than' | 'nearly' | 'about') =>
    event('FigureReported', { figureId: 'figure:attendances', figure: { measure: 'outreach-attendances', period: 2009, organisationId: D }, value, ...(qualifier === undefined ? {} : { qualifier }), countUnit: 'attendance' });

  it('"trên 12.360" holds when the computed figure is at least 12.360', () => {
    const r = reconciled(withHierarchy(outreach(12360, 'more-than'), stated(12360, 'more-than')), 'figure:attendances');
    expect(r.kind).toBe('holds-under-qualifier');
    expect(r.alarm).toBe(false);
    expect(r.arithmetic).toMatchObject({ _tag: 'Bound', low: 12360, high: null, holds: true });
    expect(lines(r)).toEqual({ vi: '12.360 ≥ 12.360 (trên 12.360)', en: '12,360 ≥ 12,360 (more than 12,360)', notes: [] });
  });

  it('"gần 10.000" holds from 9.000 to 10.000 and not above', () => {
    const holds = reconciled(withHierarchy(outreach(9500), stated(10000, 'nearly')), 'figure:attendances');
    expect(holds.kind).toBe('holds-under-qualifier');
    expect(holds.arithmetic.line.vi).toBe('9.000 ≤ 9.500 ≤ 10.000 (gần 10.000)');
    const over = reconciled(withHierarchy(outreach(10200), stated(10000, 'nearly')), 'figure:attendances');
    expect(over.kind).toBe('qualifier-does-not-hold');
    expect(over.alarm).toBe(true);
    expect(over.arithmetic.line.en).toBe('10,200 > 10,000 (nearly 10,000)');
  });

  it('"trên 13.000" does not hold for 12.360', () => {
    const r = reconciled(withHierarchy(outreach(12360), stated(13000, 'more-than')), 'figure:attendances');
    expect(r.kind).toBe('qualifier-does-not-hold');
    expect(r.alarm).toBe(true);
    expect(lines(r).vi).toBe('12.360 < 13.000 (trên 13.000)');
  });

  it('notes that an exact stated count rests on a computed bound', () => {
    const r = reconciled(withHierarchy(outreach(12360, 'more-than'), stated(12360)), 'figure:attendances');
    expect(r.kind).toBe('matches-exactly');
    expect(r.notes.map((n) => [n.kind, n.line.en])).toEqual([
      ['computed-qualified', 'the computed figure is "more than 12,360", a qualified number rather than an exact count'],
    ]);
  });
});

describe('reconcile: differs', () => {
  it('a stated count the facts do not bear out, with no parts to explain it', () => {
    // Each commune reports all of its classes: together they are the district's whole.
    const facts = withHierarchy(
      classes('f:district', 2010, 2, { organisationId: 'org:commune-a1' }),
      classes('f:units', 2010, 33, { organisationId: 'org:office-a' }),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2010 }, value: 36 }),
    );
    const r = reconciled(facts, 'figure:classes');
    expect(r.kind).toBe('differs');
    expect(r.alarm).toBe(true);
    expect(r.arithmetic).toMatchObject({ _tag: 'Compare', what: 'value', computed: 35, stated: 36, equal: false });
    expect(lines(r).vi).toBe('2 + 33 = 35 ≠ 36');
  });

  it('a fraction whose numerator the facts do not bear out', () => {
    const facts = withHierarchy(
      eligible('f:eligible', 2009, 1267),
      participation('f:pm', 2009, 'party-members', 900),
      event('FigureReported', { figureId: 'figure:rate', figure: rateKey(2009), numerator: 927, denominator: 1267 }),
    );
    const r = reconciled(facts, 'figure:rate');
    expect(r.kind).toBe('differs');
    expect(lines(r)).toEqual({ vi: 'tử số: 900 ≠ 927', en: 'numerator: 900 ≠ 927', notes: ['mẫu số: 1.267 = 1.267'] });
  });
});

describe('reconcile: cannot be computed', () => {
  it('"1.917 đảng viên tham gia, đạt 91%" without a denominator is said plainly, never guessed', () => {
    const facts = withHierarchy(
      participation('f:pm', 2008, 'party-members', 1917),
      event('FigureReported', { figureId: 'figure:rate', figure: rateKey(2008), numerator: 1917, percent: { scaled: 91, decimals: 0 }, countUnit: 'person' }),
    );
    const r = reconciled(facts, 'figure:rate');
    expect(r.kind).toBe('not-computable');
    expect(r.alarm).toBe(false);
    expect(r.arithmetic).toMatchObject({ _tag: 'Missing', what: 'percent', reason: 'no eligible population of party members declared for 2008' });
    expect(lines(r)).toEqual({
      vi: '1.917/?: thiếu mẫu số, không kiểm được 91%',
      en: '1,917/?: no eligible population of party members declared for 2008; 91% cannot be checked',
      notes: ['tử số: 1.917 = 1.917'],
    });
  });

  it('a stated count whose facts give no number', () => {
    const facts = withHierarchy(
      event('SteeringCommitteeFormed', { organisationId: D }),
      event('FigureReported', { figureId: 'figure:members', figure: { measure: 'steering-committee-members', organisationId: D }, value: 15, countUnit: 'person' }),
    );
    const r = reconciled(facts, 'figure:members');
    expect(r.kind).toBe('not-computable');
    expect(r.arithmetic.line).toEqual({
      vi: 'báo cáo 15; các sự kiện không cho con số để tính',
      en: 'stated 15; the report names steering committees but gives no member count',
    });
  });

  it('a stated count whose cell holds no fact', () => {
    const facts = withHierarchy(event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2011 }, value: 12 }));
    const r = reconciled(facts, 'figure:classes');
    expect(r.kind).toBe('not-computable');
    expect(r.arithmetic.line.en).toBe('stated 12; no recorded fact counts towards classes for 2011');
  });

  it('falls back to the cell, with a note, when a part gives no number for the measure', () => {
    const facts = withHierarchy(
      classes('f:units', 2010, 33),
      eligible('f:eligible', 2010, 2000),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2010 }, value: 33, parts: ['f:units', 'f:eligible'] }),
    );
    const r = reconciled(facts, 'figure:classes');
    expect(r.kind).toBe('matches-exactly');
    expect(r.notes.map((n) => [n.kind, n.line.en])).toEqual([['parts', 'the parts cannot be added: one part the report names gives no number for this measure']]);
    expect(r.notes[0]?.arithmetic).toMatchObject({ _tag: 'Missing', what: 'parts', reason: 'f:eligible gives no number towards classes' });
  });
});

describe('reconcile: retractions', () => {
  const retracted = (retractionId: string, retractedFactId: string) =>
    event('FactRetracted', { retractionId, retractedFactId, reason: 'không có trong báo cáo gốc' });

  it('no longer reconciles a retracted statement, and its disagreement with another statement goes with it', () => {
    const recorded = [
      classes('f:classes', 2007, 24),
      event('FigureReported', { figureId: 'figure:right', figure: { measure: 'classes', period: 2007, organisationId: D }, value: 24 }),
      event('FigureReported', { figureId: 'figure:wrong', figure: { measure: 'classes', period: 2007, organisationId: D }, value: 42 }),
    ];
    expect(reconcile(withHierarchy(...recorded)).map((r) => [r.figureId, r.alarm, r.findings.map((f) => f.kind)])).toEqual([
      ['figure:right', false, ['restatement-differs']],
      ['figure:wrong', true, ['restatement-differs', 'differs']],
    ]);
    const withdrawn = withHierarchy(...recorded, retracted('r:1', 'figure:wrong'));
    expect(reconcile(withdrawn).map((r) => [r.figureId, r.kind, r.alarm, r.findings.length])).toEqual([['figure:right', 'matches-exactly', false, 0]]);
  });

  it('checks a statement against the facts left standing, and lists the retracted one in its lineage', () => {
    const facts = withHierarchy(
      classes('f:first', 2007, 20),
      classes('f:duplicate', 2007, 20, { organisationId: 'org:commune-a1' }),
      event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2007, organisationId: D }, value: 20 }),
      retracted('r:1', 'f:duplicate'),
    );
    const r = reconciled(facts, 'figure:classes');
    expect(r.kind).toBe('matches-exactly');
    expect(r.computed.entries.map((e) => [e.eventId, e.value, e.effect, e.retraction?.retractionId])).toEqual([
      ['evt-8', 20, 'added', undefined],
      ['evt-9', 20, 'retracted', 'r:1'],
    ]);
  });
});
