import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';

describe('inspectionsFigure', () => {
  it('is not computable when inspections are recorded without a number', () => {
    const facts = withHierarchy(event('InspectionConducted', { inspectionId: 'i:1', period: 2009, inspectorId: 'org:district-a' }));
    const figure = figureFor(facts, { measure: 'inspections', period: 2009 });
    expect(figure.status).toBe('not-computable');
    expect(figure.value).toBeNull();
    expect(figure.reason).toBe('the report says inspections were conducted but gives no number');
    expect(figureFor(facts, { measure: 'inspections', period: 2010 }).status).toBe('no-data');
  });

  it('adds the counts that are given', () => {
    const facts = withHierarchy(
      event('InspectionConducted', { inspectionId: 'i:1', period: 2009, inspectorId: 'org:district-a' }),
      event('InspectionConducted', { inspectionId: 'i:2', period: 2009, inspectorId: 'org:district-a', count: 4 }),
    );
    const figure = figureFor(facts, { measure: 'inspections', period: 2009, organisationId: 'org:district-a' });
    expect(figure.value).toBe(4);
    expect(rolesOf(figure)).toEqual([['evt-9', 'counted', 4]]);
  });
});
