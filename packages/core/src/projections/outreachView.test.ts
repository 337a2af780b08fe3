import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { outreachView } from './outreachView';

describe('outreachView', () => {
  it('gives areas reached, areas registered and attendances per period', () => {
    const facts = withHierarchy(
      event('ResidentialAreasDeclared', { factId: 'f:160', organisationId: 'org:district-a', period: 2009, count: 160 }),
      event('OutreachReported', { factId: 'f:2009', organisationId: 'org:district-a', period: 2009, areasReached: 117, attendances: 12360, attendancesQualifier: 'more-than' }),
      event('OutreachReported', { factId: 'f:2010', organisationId: 'org:district-a', period: 2010, areasReached: 120, attendances: 10500 }),
    );
    const view = outreachView(facts);
    expect(view.map((p) => [p.period, p.areasReached?.value, p.areasRegistered?.value, p.attendances?.value])).toEqual([
      [2009, 117, 160, 12360],
      [2010, 120, undefined, 10500],
    ]);
    expect(view[0]?.attendances?.qualifiers).toEqual(['more-than']);
    expect(view[1]).not.toHaveProperty('areasRegistered');
  });
});
