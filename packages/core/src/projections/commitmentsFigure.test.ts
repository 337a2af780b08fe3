import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';

describe('commitmentsFigure', () => {
  it('is not computable when the report says pledges were written but gives no number', () => {
    const facts = withHierarchy(event('CommitmentsRecorded', { factId: 'c:2009', organisationId: 'org:district-a', period: 2009, kind: 'pledge' }));
    const figure = figureFor(facts, { measure: 'commitments', period: 2009 });
    expect(figure.status).toBe('not-computable');
    expect(figure.reason).toBe('the report says pledges were written but gives no number');
    expect(figure.contributions).toEqual([]);
  });

  it('adds the counts that are given, in scope', () => {
    const facts = withHierarchy(
      event('CommitmentsRecorded', { factId: 'c:a', organisationId: 'org:commune-a1', period: 2010, kind: 'reflection', count: 300 }),
      event('CommitmentsRecorded', { factId: 'c:b', organisationId: 'org:commune-b1', period: 2010, kind: 'reflection', count: 200 }),
    );
    const figure = figureFor(facts, { measure: 'commitments', period: 2010, organisationId: 'org:district-a' });
    expect(figure.value).toBe(300);
    expect(rolesOf(figure)).toEqual([['evt-8', 'counted', 300]]);
    expect(figureFor(facts, { measure: 'commitments', period: 2010, organisationId: 'org:province' }).value).toBe(500);
  });
});
