import { describe, expect, it } from 'vitest';
import { event, figureFor, hierarchy, factsFrom, rolesOf, withHierarchy } from '../../test/envelopes';
import type { CampaignEvent } from '../events/campaignEvent';
import type { CorrectableEvent } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import { factsOf, reportedFigures } from './campaignFacts';

// Positions: the hierarchy takes 1–7, so the first event given here is evt-8.
const corrected = (correctionId: string, replacement: CampaignEvent, reason = 'đọc lại báo cáo', quote = 'bản đính chính'): CampaignEvent =>
  event('FactCorrected', {
    correctionId,
    correctedFactId: factIdOf(replacement),
    replacement: replacement as CorrectableEvent,
    reason,
    quote,
  });

const classes = (factId: string, count: number, quote: string, extra: { organisationId?: string; period?: number } = {}) =>
  event('ClassesReported', { factId, organisationId: 'org:district-a', period: 2009, count, quote, ...extra });

const classIn = (classId: string, organiserId: string, year: number) =>
  event('ClassHeld', { classId, year, organiserId, organiserLevel: 'unit', startsOn: `${year}-03-01` });

const attendance = (classId: string, count: number) =>
  event('AttendanceRecorded', { classId, category: 'party-members', countUnit: 'person', count });

const key2009 = { measure: 'classes', period: 2009, organisationId: 'org:district-a' } as const;

describe('a corrected fact in the campaign facts', () => {
  const facts = withHierarchy(classes('f:classes', 20, 'mở 20 lớp'), corrected('c:1', classes('f:classes', 24, 'mở 24 lớp'), 'báo cáo gốc ghi 24'));

  it('is read in its corrected version, in the place of the original, while the log keeps the original', () => {
    const [current] = factsOf(facts, 'ClassesReported');
    expect(current?.data.count).toBe(24);
    expect(current?.ref).toMatchObject({ eventId: 'evt-9', globalPosition: 9, eventType: 'ClassesReported', factId: 'f:classes', quote: 'mở 24 lớp' });
    expect(current?.ref.correction).toStrictEqual({ correctionId: 'c:1', reason: 'báo cáo gốc ghi 24' });
    expect(current?.ref.supersedes?.map((v) => [v.ref.eventId, v.event.type, v.event.data.provenance.source.quote])).toEqual([
      ['evt-8', 'ClassesReported', 'mở 20 lớp'],
    ]);
    expect(factsOf(facts, 'ClassesReported')).toHaveLength(1);
    expect(factsOf(facts, 'FactCorrected').map((f) => f.ref.factId)).toEqual(['c:1']);
    expect(facts.log.ClassesReported?.head.data.count).toBe(20);
  });

  it('gives the current figure the corrected value', () => {
    expect(figureFor(facts, key2009).value).toBe(24);
  });

  it('lists the correction as counted and the original as superseded, each with its value, position and quote', () => {
    const figure = figureFor(facts, key2009);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'superseded', 20],
      ['evt-9', 'counted', 24],
    ]);
    const [original, correction] = figure.contributions;
    expect(original).toStrictEqual({
      eventId: 'evt-8',
      globalPosition: 8,
      eventType: 'ClassesReported',
      factId: 'f:classes',
      value: 20,
      role: 'superseded',
      quote: 'mở 20 lớp',
      supersededBy: 'evt-9',
    });
    expect(correction).toStrictEqual({
      eventId: 'evt-9',
      globalPosition: 9,
      eventType: 'ClassesReported',
      factId: 'f:classes',
      value: 24,
      role: 'counted',
      quote: 'mở 24 lớp',
      correction: { correctionId: 'c:1', reason: 'báo cáo gốc ghi 24' },
    });
  });

  it('falls back on the correction’s own quote when the replacement has none', () => {
    const replacement = event('ClassesReported', { factId: 'f:classes', organisationId: 'org:district-a', period: 2009, count: 24 });
    const withoutQuote = withHierarchy(classes('f:classes', 20, 'mở 20 lớp'), corrected('c:1', replacement, 'lý do', 'Công văn đính chính'));
    expect(figureFor(withoutQuote, key2009).contributions[1]?.quote).toBe('Công văn đính chính');
  });
});

describe('a fact corrected twice', () => {
  const facts = withHierarchy(
    classes('f:classes', 20, 'mở 20 lớp'),
    corrected('c:1', classes('f:classes', 24, 'mở 24 lớp')),
    corrected('c:2', classes('f:classes', 25, 'mở 25 lớp'), 'đính chính lần hai'),
  );

  it('uses the latest correction and lists both earlier versions as superseded, each by the next', () => {
    const figure = figureFor(facts, key2009);
    expect(figure.value).toBe(25);
    expect(figure.contributions.map((c) => [c.eventId, c.role, c.value, c.supersededBy ?? null, c.correction?.correctionId ?? null])).toEqual([
      ['evt-8', 'superseded', 20, 'evt-9', null],
      ['evt-9', 'superseded', 24, 'evt-10', 'c:1'],
      ['evt-10', 'counted', 25, null, 'c:2'],
    ]);
  });
});

describe('corrections and the rules of the two grains', () => {
  it('a corrected summary keeps the place of its original: a later restatement still counts', () => {
    const facts = withHierarchy(
      classes('f:first', 20, 'năm 2009 mở 20 lớp'),
      classes('f:restated', 22, 'năm 2009 mở 22 lớp'),
      corrected('c:1', classes('f:first', 21, 'năm 2009 mở 21 lớp')),
    );
    const figure = figureFor(facts, key2009);
    expect(figure.value).toBe(22);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'superseded', 20],
      ['evt-9', 'counted', 22],
      ['evt-10', 'shadowed', 21],
    ]);
  });

  it('a corrected operational fact under a covering summary stays shadowed, and lists what it superseded', () => {
    const facts = withHierarchy(
      classIn('class:1', 'org:commune-a1', 2009),
      attendance('class:1', 40),
      event('ParticipationReported', { factId: 'f:p', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'person', count: 300 }),
      corrected('c:1', attendance('class:1', 45)),
    );
    const figure = figureFor(facts, { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person' });
    expect(figure.value).toBe(300);
    expect(rolesOf(figure)).toEqual([
      ['evt-9', 'superseded', 40],
      ['evt-10', 'counted', 300],
      ['evt-11', 'shadowed', 45],
    ]);
  });

  it('a corrected class moves its attendance with it: the classes registry holds the corrected class', () => {
    const facts = withHierarchy(classIn('class:1', 'org:commune-a1', 2009), attendance('class:1', 40), corrected('c:1', classIn('class:1', 'org:commune-b1', 2009)));
    expect(facts.classes.get('class:1')?.data.organiserId).toBe('org:commune-b1');
    const participants = (organisationId: string) =>
      figureFor(facts, { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person', organisationId });
    expect(participants('org:district-a').status).toBe('no-data');
    expect(participants('org:district-b').value).toBe(40);
    expect(rolesOf(figureFor(facts, { measure: 'classes', period: 2009, organisationId: 'org:district-b' }))).toEqual([
      ['evt-8', 'superseded', 1],
      ['evt-10', 'counted', 1],
    ]);
    expect(figureFor(facts, { measure: 'classes', period: 2009, organisationId: 'org:district-a' }).status).toBe('no-data');
  });

  it('a rate lists the superseded version of its numerator', () => {
    const facts = withHierarchy(
      event('ParticipationReported', { factId: 'f:p', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'person', count: 180 }),
      event('EligiblePopulationDeclared', { factId: 'f:e', organisationId: 'org:district-a', period: 2009, category: 'party-members', count: 200 }),
      corrected(
        'c:1',
        event('ParticipationReported', { factId: 'f:p', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'person', count: 190, qualifier: 'more-than' }),
      ),
    );
    const figure = figureFor(facts, { measure: 'participation-rate', period: 2009, category: 'party-members' });
    expect(figure.rate?.percent?.scaled).toBe(9500);
    expect(figure.qualifiers).toEqual(['more-than']);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'superseded', 180],
      ['evt-9', 'counted', 200],
      ['evt-10', 'counted', 190],
    ]);
  });

  it('a superseded version gives the number its measure reads: committees or members of one report', () => {
    const report = (committees: number, members: number) =>
      event('SteeringCommitteesReported', { factId: 'f:sc', organisationId: 'org:district-a', committees, members });
    const facts = withHierarchy(report(2, 14), corrected('c:1', report(3, 21)));
    expect(rolesOf(figureFor(facts, { measure: 'steering-committees', organisationId: 'org:district-a' }))).toEqual([
      ['evt-8', 'superseded', 2],
      ['evt-9', 'counted', 3],
    ]);
    expect(rolesOf(figureFor(facts, { measure: 'steering-committee-members', organisationId: 'org:district-a' }))).toEqual([
      ['evt-8', 'superseded', 14],
      ['evt-9', 'counted', 21],
    ]);
  });
});

describe('corrections the fold cannot apply, and stated figures', () => {
  it('a correction of a fact never folded changes nothing', () => {
    const facts = withHierarchy(corrected('c:1', classes('f:none', 5, 'năm lớp')));
    expect(facts.corrections.size).toBe(0);
    expect(factsOf(facts, 'ClassesReported')).toEqual([]);
    expect(figureFor(facts, key2009).status).toBe('no-data');
  });

  it('a stated figure is read in its corrected version', () => {
    const stated = (value: number) => event('FigureReported', { figureId: 'fig:1', figure: { measure: 'classes', period: 2009 }, value });
    const facts = factsFrom(...hierarchy, stated(24), corrected('c:1', stated(25)));
    expect(reportedFigures(facts).map((f) => [f.ref.eventId, f.data.value])).toEqual([['evt-9', 25]]);
  });

  it('entries recorded twice for one unit and year are replaced, together, by their correction', () => {
    const entries = (n: number) => event('EntriesSubmitted', { contestId: 'contest:1', year: 2009, organisationId: 'org:commune-a1', entries: n });
    const contest = event('ContestLaunched', { contestId: 'contest:1', kind: 'storytelling', title: 'Hội thi', organiserId: 'org:district-a', level: 'district', period: 2009 });
    const facts = withHierarchy(contest, entries(3), entries(2), corrected('c:1', entries(6)));
    expect(factsOf(facts, 'EntriesSubmitted').map((f) => f.data.entries)).toEqual([6]);
    const figure = figureFor(facts, { measure: 'contest-entries', contestId: 'contest:1' });
    expect(figure.value).toBe(6);
    expect(rolesOf(figure)).toEqual([
      ['evt-9', 'superseded', 3],
      ['evt-10', 'superseded', 2],
      ['evt-11', 'counted', 6],
    ]);
  });
});
