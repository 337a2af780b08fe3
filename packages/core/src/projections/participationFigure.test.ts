import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';

const classIn = (classId: string, organiserId: string, year: number) =>
  event('ClassHeld', { classId, year, organiserId, organiserLevel: 'unit', startsOn: `${year}-03-01` });

const attendance = (classId: string, count: number, countUnit: 'person' | 'attendance' = 'person') =>
  event('AttendanceRecorded', { classId, category: 'party-members', countUnit, count });

describe('participantsFigure', () => {
  it('places an attendance by its class and counts it in its unit only', () => {
    const facts = withHierarchy(classIn('class:1', 'org:commune-a1', 2009), attendance('class:1', 40), attendance('class:1', 95, 'attendance'));
    const persons = figureFor(facts, { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person', organisationId: 'org:district-a' });
    expect(persons.value).toBe(40);
    expect(persons.countUnit).toBe('person');
    expect(rolesOf(persons)).toEqual([['evt-9', 'counted', 40]]);
    const attendances = figureFor(facts, { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'attendance' });
    expect(attendances.value).toBe(95);
    expect(figureFor(facts, { measure: 'participants', period: 2009, category: 'public', countUnit: 'person' }).status).toBe('no-data');
    expect(figureFor(facts, { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person', bloc: 'rural' }).value).toBe(40);
    expect(figureFor(facts, { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person', organisationId: 'org:district-b' }).status).toBe('no-data');
  });

  it('shadows attendances under a covering summary of the same category and unit, not of another', () => {
    const facts = withHierarchy(
      classIn('class:1', 'org:commune-a1', 2009),
      attendance('class:1', 40),
      event('ParticipationReported', { factId: 'f:pm', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'person', count: 2181 }),
      event('ParticipationReported', { factId: 'f:pub', organisationId: 'org:district-a', period: 2009, category: 'public', countUnit: 'attendance', count: 12360 }),
    );
    const figure = figureFor(facts, { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person' });
    expect(figure.value).toBe(2181);
    expect(rolesOf(figure)).toEqual([
      ['evt-9', 'shadowed', 40],
      ['evt-10', 'counted', 2181],
    ]);
  });

  it('carries the qualifier of a counted summary', () => {
    const facts = withHierarchy(
      event('ParticipationReported', {
        factId: 'f:pub',
        organisationId: 'org:district-a',
        period: 2009,
        category: 'public',
        countUnit: 'attendance',
        count: 12360,
        qualifier: 'more-than',
        quote: 'trên 12.360 lượt người',
      }),
    );
    const figure = figureFor(facts, { measure: 'participants', period: 2009, category: 'public', countUnit: 'attendance' });
    expect(figure.qualifiers).toEqual(['more-than']);
    expect(figure.contributions[0]).toMatchObject({ qualifier: 'more-than', quote: 'trên 12.360 lượt người', eventType: 'ParticipationReported', factId: 'f:pub' });
  });
});

describe('eligibleFigure', () => {
  it('counts the later of two declarations by one organisation and adds different organisations', () => {
    const facts = withHierarchy(
      event('EligiblePopulationDeclared', { factId: 'f:a-old', organisationId: 'org:district-a', period: 2009, category: 'party-members', count: 2300 }),
      event('EligiblePopulationDeclared', { factId: 'f:a-new', organisationId: 'org:district-a', period: 2009, category: 'party-members', count: 2321 }),
      event('EligiblePopulationDeclared', { factId: 'f:b', organisationId: 'org:district-b', period: 2009, category: 'party-members', count: 1000 }),
    );
    const province = figureFor(facts, { measure: 'eligible', period: 2009, category: 'party-members', organisationId: 'org:province' });
    expect(province.value).toBe(3321);
    expect(rolesOf(province)).toEqual([
      ['evt-8', 'shadowed', 2300],
      ['evt-9', 'counted', 2321],
      ['evt-10', 'counted', 1000],
    ]);
    expect(figureFor(facts, { measure: 'eligible', period: 2009, category: 'teachers' }).status).toBe('no-data');
  });
});

describe('participationRateFigure', () => {
  it('computes the rate of persons over the eligible population at 2 decimals', () => {
    const facts = withHierarchy(
      event('ParticipationReported', { factId: 'f:pm', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'person', count: 2181 }),
      event('ParticipationReported', { factId: 'f:pm-att', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'attendance', count: 5000 }),
      event('EligiblePopulationDeclared', { factId: 'f:el', organisationId: 'org:district-a', period: 2009, category: 'party-members', count: 2321 }),
    );
    const rate = figureFor(facts, { measure: 'participation-rate', period: 2009, category: 'party-members' });
    expect(rate.status).toBe('computed');
    expect(rate.value).toBe(2181);
    expect(rate.countUnit).toBe('person');
    expect(rate.rate?.percent).toEqual({ numerator: 2181, denominator: 2321, scaled: 9397, decimals: 2 });
    expect(rolesOf(rate)).toEqual([
      ['evt-8', 'counted', 2181],
      ['evt-10', 'counted', 2321],
    ]);
  });

  it('is not computable without a declared denominator, and says what is missing', () => {
    const facts = withHierarchy(
      event('ParticipationReported', { factId: 'f:pm', organisationId: 'org:district-a', period: 2008, category: 'party-members', countUnit: 'person', count: 1917 }),
    );
    const rate = figureFor(facts, { measure: 'participation-rate', period: 2008, category: 'party-members' });
    expect(rate.status).toBe('not-computable');
    expect(rate.value).toBeNull();
    expect(rate.reason).toBe('no eligible population of party members declared for 2008');
    expect(rate.rate?.percent).toBeNull();
    expect(rate.rate?.numerator.value).toBe(1917);
  });

  it('is not computable over a zero denominator, and has no data when neither part has a fact', () => {
    const facts = withHierarchy(
      event('ParticipationReported', { factId: 'f:pm', organisationId: 'org:district-a', period: 2009, category: 'teachers', countUnit: 'person', count: 3 }),
      event('EligiblePopulationDeclared', { factId: 'f:el', organisationId: 'org:district-a', period: 2009, category: 'teachers', count: 0 }),
    );
    expect(figureFor(facts, { measure: 'participation-rate', period: 2009, category: 'teachers' }).reason).toBe(
      'the eligible population of teachers declared for 2009 is 0',
    );
    expect(figureFor(facts, { measure: 'participation-rate', period: 2009, category: 'public' }).status).toBe('no-data');
  });
});
