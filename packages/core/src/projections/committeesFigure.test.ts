import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';

const seedLike = [
  event('SteeringCommitteeFormed', { organisationId: 'org:district-a', members: 15 }),
  event('SteeringCommitteeFormed', { organisationId: 'org:commune-a1', members: 9 }),
  event('SteeringCommitteesReported', {
    factId: 'f:18',
    organisationId: 'org:district-a',
    committees: 18,
    members: 135,
    memberKind: 'grassroots-party-committee',
  }),
];

describe('steeringCommitteesFigure', () => {
  it('counts a formed committee until a report at a strict ancestor covers it', () => {
    const alone = withHierarchy(...seedLike.slice(0, 2));
    expect(figureFor(alone, { measure: 'steering-committees', organisationId: 'org:district-a' }).value).toBe(2);
    const facts = withHierarchy(...seedLike);
    const figure = figureFor(facts, { measure: 'steering-committees', organisationId: 'org:district-a' });
    expect(figure.value).toBe(19);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'counted', 1],
      ['evt-9', 'shadowed', 1],
      ['evt-10', 'counted', 18],
    ]);
  });

  it('filters by member kind, the kind of the organisation that formed the committee', () => {
    const facts = withHierarchy(...seedLike);
    expect(figureFor(facts, { measure: 'steering-committees', memberKind: 'grassroots-party-committee' }).value).toBe(18);
    expect(figureFor(facts, { measure: 'steering-committees', memberKind: 'district-committee' }).value).toBe(1);
    expect(figureFor(facts, { measure: 'steering-committees', memberKind: 'party-cell' }).status).toBe('no-data');
  });

  it('sums two districts in their province', () => {
    const facts = withHierarchy(...seedLike, event('SteeringCommitteeFormed', { organisationId: 'org:district-b', members: 11 }));
    expect(figureFor(facts, { measure: 'steering-committees', organisationId: 'org:province' }).value).toBe(20);
  });
});

describe('steeringCommitteeMembersFigure', () => {
  it('adds the members of reports and of committees no report covers', () => {
    const facts = withHierarchy(...seedLike);
    const figure = figureFor(facts, { measure: 'steering-committee-members', organisationId: 'org:district-a' });
    expect(figure.value).toBe(150);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'counted', 15],
      ['evt-9', 'shadowed', 9],
      ['evt-10', 'counted', 135],
    ]);
  });

  it('is not computable when the committees in the cell give no member count', () => {
    const facts = withHierarchy(event('SteeringCommitteesReported', { factId: 'f:18', organisationId: 'org:district-a', committees: 18 }));
    const figure = figureFor(facts, { measure: 'steering-committee-members' });
    expect(figure.status).toBe('not-computable');
    expect(figure.reason).toBe('the report names steering committees but gives no member count');
    expect(figureFor(facts, { measure: 'steering-committees' }).value).toBe(18);
  });
});
