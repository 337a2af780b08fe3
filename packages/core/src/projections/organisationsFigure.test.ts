import { describe, expect, it } from 'vitest';
import { event, figureFor, organisation, rolesOf, withHierarchy } from '../../test/envelopes';

describe('organisationsFigure', () => {
  it('counts registered organisations strictly under the scope, of the key kind', () => {
    const facts = withHierarchy();
    expect(figureFor(facts, { measure: 'organisations', organisationId: 'org:district-a' }).value).toBe(3);
    const communes = figureFor(facts, { measure: 'organisations', organisationId: 'org:province', kind: 'grassroots-party-committee' });
    expect(communes.value).toBe(2);
    expect(rolesOf(communes)).toEqual([
      ['evt-4', 'counted', 1],
      ['evt-7', 'counted', 1],
    ]);
  });

  it('shadows registered organisations under a count of their kind, and keeps the count of another kind apart', () => {
    const facts = withHierarchy(
      event('OrganisationsCounted', { factId: 'f:18', organisationId: 'org:district-a', period: 2006, count: 18, kind: 'grassroots-party-committee' }),
      event('OrganisationsCounted', { factId: 'f:47', organisationId: 'org:district-a', period: 2009, count: 47 }),
    );
    const grassroots = figureFor(facts, { measure: 'organisations', organisationId: 'org:district-a', kind: 'grassroots-party-committee' });
    expect(grassroots.value).toBe(18);
    expect(rolesOf(grassroots)).toEqual([
      ['evt-4', 'shadowed', 1],
      ['evt-8', 'counted', 18],
    ]);
    const all = figureFor(facts, { measure: 'organisations', organisationId: 'org:district-a' });
    expect(all.value).toBe(47);
    expect(rolesOf(all).filter(([, role]) => role === 'counted')).toEqual([['evt-9', 'counted', 47]]);
    // In 2006 only the count of grassroots committees stands: the two registered cells are not of its kind.
    const in2006 = figureFor(facts, { measure: 'organisations', organisationId: 'org:district-a', period: 2006 });
    expect(in2006.value).toBe(20);
    expect(rolesOf(in2006)).toEqual([
      ['evt-4', 'shadowed', 1],
      ['evt-5', 'counted', 1],
      ['evt-6', 'counted', 1],
      ['evt-8', 'counted', 18],
    ]);
  });

  it('does not count an organisation under itself', () => {
    const facts = withHierarchy(event('OrganisationsCounted', { factId: 'f:47', organisationId: 'org:district-a', period: 2009, count: 47 }));
    const province = figureFor(facts, { measure: 'organisations', organisationId: 'org:province' });
    // district A is under the province and not under its own count; district B and its commune count too.
    expect(province.value).toBe(50);
  });
});

describe('pilotUnitsFigure', () => {
  it('counts each designated organisation in scope once', () => {
    const facts = withHierarchy(
      event('PilotUnitDesignated', { organisationId: 'org:commune-a1', designatedById: 'org:district-a' }),
      event('PilotUnitDesignated', { organisationId: 'org:office-a', designatedById: 'org:district-a' }),
      event('PilotUnitDesignated', { organisationId: 'org:commune-a1', designatedById: 'org:district-a' }),
      event('PilotUnitDesignated', { organisationId: 'org:commune-b1', designatedById: 'org:district-b' }),
    );
    const figure = figureFor(facts, { measure: 'pilot-units', organisationId: 'org:district-a' });
    expect(figure.value).toBe(2);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'counted', 1],
      ['evt-9', 'counted', 1],
      ['evt-10', 'counted', 0],
    ]);
    expect(figureFor(facts, { measure: 'pilot-units' }).value).toBe(3);
    expect(figureFor(facts, { measure: 'pilot-units', organisationId: 'org:cell-a1' }).status).toBe('no-data');
  });

  it('follows organisations registered later in the fold', () => {
    const facts = withHierarchy(organisation('org:cell-a2', 'party-cell', { parentId: 'org:commune-a1' }));
    expect(figureFor(facts, { measure: 'organisations', organisationId: 'org:commune-a1' }).value).toBe(2);
  });
});
