import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { id } from '../model/identifiers';
import { steeringCommitteesView } from './steeringCommitteesView';

describe('steeringCommitteesView', () => {
  it('gives committees and members overall and by member kind present', () => {
    const facts = withHierarchy(
      event('SteeringCommitteeFormed', { organisationId: 'org:district-a', members: 15 }),
      event('SteeringCommitteesReported', { factId: 'f:18', organisationId: 'org:district-a', committees: 18, members: 135, memberKind: 'grassroots-party-committee' }),
    );
    const view = steeringCommitteesView(facts, { organisationId: id('org:district-a') });
    expect(view.committees?.value).toBe(19);
    expect(view.members?.value).toBe(150);
    expect(view.byMemberKind.map((c) => [c.memberKind, c.committees?.value, c.members?.value])).toEqual([
      ['district-committee', 1, 15],
      ['grassroots-party-committee', 18, 135],
    ]);
    expect(steeringCommitteesView(facts, { organisationId: id('org:district-b') })).toEqual({ byMemberKind: [] });
  });
});
