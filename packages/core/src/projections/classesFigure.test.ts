import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';

const classIn = (classId: string, organiserId: string, year: number, extra: { bloc?: 'agencies' | 'rural'; topicId?: string } = {}) =>
  event('ClassHeld', { classId, year, organiserId, organiserLevel: 'unit', startsOn: `${year}-03-01`, ...extra });

const classesReported = (
  factId: string,
  organisationId: string,
  period: number | { from: number; to: number },
  count: number,
  extra: { bloc?: 'agencies' | 'rural' | 'armed-forces'; organiserLevel?: 'district' | 'unit'; audience?: 'teachers' } = {},
) =>
  event('ClassesReported', { factId, organisationId, period, count, ...extra });

describe('classesFigure', () => {
  it('counts an operational class when no summary covers it', () => {
    const facts = withHierarchy(classIn('class:1', 'org:commune-a1', 2009, {}));
    const figure = figureFor(facts, { measure: 'classes', period: 2009, organisationId: 'org:district-a' });
    expect(figure.status).toBe('computed');
    expect(figure.value).toBe(1);
    expect(rolesOf(figure)).toEqual([['evt-8', 'counted', 1]]);
  });

  it('shadows the class under a covering summary, whose count is the figure', () => {
    const facts = withHierarchy(classIn('class:1', 'org:commune-a1', 2009), classesReported('f:1', 'org:district-a', 2009, 28));
    const figure = figureFor(facts, { measure: 'classes', period: 2009 });
    expect(figure.value).toBe(28);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'shadowed', 1],
      ['evt-9', 'counted', 28],
    ]);
  });

  it('does not let a summary for another bloc shadow the class', () => {
    const facts = withHierarchy(
      classIn('class:1', 'org:commune-a1', 2009),
      classesReported('f:agencies', 'org:district-a', 2009, 3, { bloc: 'agencies' }),
    );
    const figure = figureFor(facts, { measure: 'classes', period: 2009 });
    expect(figure.value).toBe(4);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'counted', 1],
      ['evt-9', 'counted', 3],
    ]);
  });

  it('lets a summary for the class bloc shadow it, the bloc coming from its organiser (or an ancestor)', () => {
    const facts = withHierarchy(
      classIn('class:1', 'org:cell-a1', 2009),
      classesReported('f:rural', 'org:district-a', 2009, 20, { bloc: 'rural' }),
    );
    const rural = figureFor(facts, { measure: 'classes', period: 2009, bloc: 'rural' });
    expect(rural.value).toBe(20);
    expect(rolesOf(rural)).toEqual([
      ['evt-8', 'shadowed', 1],
      ['evt-9', 'counted', 20],
    ]);
    expect(figureFor(facts, { measure: 'classes', period: 2009, bloc: 'agencies' }).status).toBe('no-data');
  });

  it('sums two districts in their province and keeps each district to itself', () => {
    const facts = withHierarchy(
      classesReported('f:a', 'org:district-a', 2009, 28),
      classesReported('f:b', 'org:district-b', 2009, 12),
      classIn('class:b', 'org:commune-b1', 2010),
    );
    expect(figureFor(facts, { measure: 'classes', period: 2009, organisationId: 'org:province' }).value).toBe(40);
    expect(figureFor(facts, { measure: 'classes', period: 2009, organisationId: 'org:district-a' }).value).toBe(28);
    expect(figureFor(facts, { measure: 'classes', period: 2009, organisationId: 'org:district-b' }).value).toBe(12);
    expect(figureFor(facts, { measure: 'classes', period: 2010, organisationId: 'org:province' }).value).toBe(1);
    expect(figureFor(facts, { measure: 'classes', period: 2010, organisationId: 'org:district-a' }).status).toBe('no-data');
  });

  it('counts a fact filed under a span only in a period that contains the span', () => {
    const facts = withHierarchy(classesReported('f:span', 'org:district-a', { from: 2007, to: 2010 }, 100), classIn('class:1', 'org:commune-a1', 2009));
    const in2009 = figureFor(facts, { measure: 'classes', period: 2009 });
    expect(in2009.value).toBe(1);
    expect(rolesOf(in2009)).toEqual([['evt-9', 'counted', 1]]);
    const span = figureFor(facts, { measure: 'classes', period: { from: 2007, to: 2010 } });
    expect(span.value).toBe(100);
    expect(rolesOf(span)).toEqual([
      ['evt-8', 'counted', 100],
      ['evt-9', 'shadowed', 1],
    ]);
  });

  it('counts a total once beside its breakdown by bloc, and each bloc in its own cell', () => {
    const facts = withHierarchy(
      classesReported('f:total', 'org:district-a', 2007, 24),
      classesReported('f:agencies', 'org:district-a', 2007, 3, { bloc: 'agencies' }),
      classesReported('f:rural', 'org:district-a', 2007, 20, { bloc: 'rural' }),
      classesReported('f:armed', 'org:district-a', 2007, 1, { bloc: 'armed-forces' }),
    );
    const total = figureFor(facts, { measure: 'classes', period: 2007 });
    expect(total.value).toBe(24);
    expect(rolesOf(total).filter(([, role]) => role === 'shadowed')).toHaveLength(3);
    expect(figureFor(facts, { measure: 'classes', period: 2007, bloc: 'rural' }).value).toBe(20);
    expect(figureFor(facts, { measure: 'classes', period: 2007, bloc: 'agencies' }).value).toBe(3);
  });

  it('filters by organiser level and topic, which a fact must state to count there', () => {
    const facts = withHierarchy(
      classIn('class:1', 'org:commune-a1', 2008, { topicId: 'topic:2008' }),
      classesReported('f:district', 'org:district-a', 2008, 1, { organiserLevel: 'district' }),
    );
    expect(figureFor(facts, { measure: 'classes', period: 2008, organiserLevel: 'district' }).value).toBe(1);
    expect(figureFor(facts, { measure: 'classes', period: 2008, organiserLevel: 'unit' }).value).toBe(1);
    expect(rolesOf(figureFor(facts, { measure: 'classes', period: 2008, organiserLevel: 'unit' }))).toEqual([['evt-8', 'counted', 1]]);
    expect(figureFor(facts, { measure: 'classes', period: 2008, topicId: 'topic:2008' }).value).toBe(1);
    expect(figureFor(facts, { measure: 'classes', period: 2008 }).value).toBe(2);
  });

  it('has no data, and no value, where nothing counts', () => {
    const figure = figureFor(withHierarchy(), { measure: 'classes', period: 2009 });
    expect(figure.status).toBe('no-data');
    expect(figure.value).toBeNull();
    expect(figure.contributions).toEqual([]);
    expect(figure.reason).toBe('no recorded fact counts towards classes for 2009');
  });

  it('keeps classes for one audience apart from classes of a bloc at the same level', () => {
    const facts = withHierarchy(
      classesReported('f:agencies', 'org:district-a', 2009, 1, { organiserLevel: 'district', bloc: 'agencies' }),
      classesReported('f:teachers', 'org:district-a', 2009, 5, { organiserLevel: 'district', audience: 'teachers' }),
      event('ClassHeld', { classId: 'class:t', year: 2009, organiserId: 'org:district-a', organiserLevel: 'district', startsOn: '2009-07-01', audience: ['teachers'] }),
    );
    const district = figureFor(facts, { measure: 'classes', period: 2009, organiserLevel: 'district' });
    expect(district.value).toBe(6);
    const teachers = figureFor(facts, { measure: 'classes', period: 2009, audience: 'teachers' });
    expect(teachers.value).toBe(5);
    expect(rolesOf(teachers).map(([, role, value]) => [role, value])).toEqual([
      ['counted', 5],
      ['shadowed', 1],
    ]);
  });
});
