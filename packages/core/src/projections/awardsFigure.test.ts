import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';

const award = (awardId: string, period: number | { from: number; to: number }, stage: 'proposed-by-unit' | 'decided-by-district', kind: 'reward' | 'commendation' | 'reward-or-commendation', recipientKind: 'collective' | 'individual', count: number) =>
  event('AwardGranted', { awardId, period, stage, kind, recipientKind, count });

describe('awardsFigure', () => {
  const span = { from: 2007, to: 2010 };
  const facts = withHierarchy(
    award('a:1', span, 'proposed-by-unit', 'reward-or-commendation', 'collective', 43),
    award('a:2', span, 'decided-by-district', 'reward', 'collective', 15),
    award('a:3', span, 'decided-by-district', 'commendation', 'collective', 29),
    award('a:4', span, 'decided-by-district', 'reward', 'individual', 59),
    award('a:5', 2009, 'decided-by-district', 'reward', 'individual', 2),
  );

  it('filters by stage, kind and recipient kind', () => {
    const decided = figureFor(facts, { measure: 'awards', period: span, stage: 'decided-by-district', recipientKind: 'collective' });
    expect(decided.value).toBe(44);
    expect(rolesOf(decided)).toEqual([
      ['evt-9', 'counted', 15],
      ['evt-10', 'counted', 29],
    ]);
    expect(figureFor(facts, { measure: 'awards', period: span, stage: 'decided-by-district', kind: 'reward', recipientKind: 'individual' }).value).toBe(61);
  });

  it('never splits a span: the four-year awards count in 2007–2010, not in 2009', () => {
    const in2009 = figureFor(facts, { measure: 'awards', period: 2009 });
    expect(in2009.value).toBe(2);
    expect(rolesOf(in2009)).toEqual([['evt-12', 'counted', 2]]);
    expect(figureFor(facts, { measure: 'awards', period: 2008 }).status).toBe('no-data');
  });
});
