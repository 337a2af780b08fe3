import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';

describe('materialsFigure', () => {
  it('adds copies distributed in the scope and period', () => {
    const facts = withHierarchy(
      event('MaterialsDistributed', { distributionId: 'm:1', period: { from: 2007, to: 2010 }, distributorId: 'org:district-a', copies: 1246 }),
      event('MaterialsDistributed', { distributionId: 'm:2', period: 2009, distributorId: 'org:district-b', copies: 100 }),
    );
    const span = figureFor(facts, { measure: 'materials', period: { from: 2007, to: 2010 }, organisationId: 'org:province' });
    expect(span.value).toBe(1346);
    expect(rolesOf(span)).toEqual([
      ['evt-8', 'counted', 1246],
      ['evt-9', 'counted', 100],
    ]);
    expect(figureFor(facts, { measure: 'materials', period: 2009, organisationId: 'org:district-a' }).status).toBe('no-data');
  });
});
