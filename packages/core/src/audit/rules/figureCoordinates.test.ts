import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../../test/envelopes';
import { coordinatesOf } from './figureCoordinates';

// Operational facts stand where their figure places them; a binding takes its values from there.

describe('coordinatesOf', () => {
  it('places a class by its organiser, year and bloc, and an attendance by its class', () => {
    const facts = withHierarchy(
      event('ClassHeld', { classId: 'class:1', year: 2009, organiserId: 'org:cell-a1', organiserLevel: 'unit', startsOn: '2009-03-01', audience: ['teachers'] }),
      event('AttendanceRecorded', { classId: 'class:1', category: 'teachers', countUnit: 'person', count: 12 }),
      event('AttendanceRecorded', { classId: 'class:unknown', category: 'teachers', countUnit: 'person', count: 3 }),
    );
    expect(coordinatesOf(facts, 'classes')).toEqual([
      { period: 2009, organisationId: 'org:cell-a1', bloc: 'rural', organiserLevel: 'unit', topicId: undefined, audience: 'teachers' },
    ]);
    // The attendance of a class never held is placed nowhere, as its figure counts it nowhere.
    expect(coordinatesOf(facts, 'participants')).toEqual([
      { period: 2009, organisationId: 'org:cell-a1', category: 'teachers', countUnit: 'person', bloc: 'rural', organiserLevel: 'unit' },
    ]);
  });

  it('places an outreach session in its area’s commune, and a registered area under its commune', () => {
    const facts = withHierarchy(
      event('ResidentialAreaRegistered', { areaId: 'area:1', name: 'Bản Một', kind: 'hamlet', organisationId: 'org:commune-a1' }),
      event('OutreachSessionHeld', { sessionId: 'session:1', areaId: 'area:1', year: 2010, heldOn: '2010-05-01', attendances: 40 }),
    );
    expect(coordinatesOf(facts, 'areas-reached')).toEqual([{ period: 2010, organisationId: 'org:commune-a1' }]);
    expect(coordinatesOf(facts, 'outreach-attendances')).toEqual([{ period: 2010, organisationId: 'org:commune-a1' }]);
    expect(coordinatesOf(facts, 'areas-registered')).toEqual([{ organisationId: 'org:commune-a1' }]);
  });

  it('places a registered organisation under its parent, and a formed committee by the kind of its organisation', () => {
    const facts = withHierarchy(event('SteeringCommitteeFormed', { organisationId: 'org:commune-b1', members: 7 }));
    expect(coordinatesOf(facts, 'organisations')).toContainEqual({ organisationId: 'org:district-b', kind: 'grassroots-party-committee' });
    expect(coordinatesOf(facts, 'organisations')).toContainEqual({ organisationId: undefined, kind: 'province-committee' });
    expect(coordinatesOf(facts, 'steering-committees')).toEqual([
      { organisationId: 'org:commune-b1', memberKind: 'grassroots-party-committee', period: undefined },
    ]);
  });

  it('places materials, inspections, pilot units and commitments by who did them', () => {
    const facts = withHierarchy(
      event('MaterialsDistributed', { distributionId: 'd:1', period: 2008, distributorId: 'org:office-a', copies: 100 }),
      event('InspectionConducted', { inspectionId: 'i:1', period: 2009, inspectorId: 'org:district-a', count: 2 }),
      event('PilotUnitDesignated', { organisationId: 'org:commune-a1', designatedById: 'org:district-a' }),
      event('CommitmentsRecorded', { factId: 'fact:c', organisationId: 'org:district-b', period: 2010, kind: 'pledge', count: 5 }),
    );
    expect(coordinatesOf(facts, 'materials')).toEqual([{ period: 2008, organisationId: 'org:office-a' }]);
    expect(coordinatesOf(facts, 'inspections')).toEqual([{ period: 2009, organisationId: 'org:district-a' }]);
    expect(coordinatesOf(facts, 'pilot-units')).toEqual([{ organisationId: 'org:commune-a1' }]);
    expect(coordinatesOf(facts, 'commitments')).toEqual([{ period: 2010, organisationId: 'org:district-b' }]);
  });

  it('counts contest entries and units where a unit submitted, contestants only where a report states them', () => {
    const facts = withHierarchy(
      event('EntriesSubmitted', { contestId: 'contest:1', year: 2009, organisationId: 'org:cell-a1', entries: 4 }),
      event('ContestParticipationReported', { factId: 'fact:cp', contestId: 'contest:1', year: 2010, entries: 30 }),
    );
    expect(coordinatesOf(facts, 'contest-entries')).toEqual([
      { contestId: 'contest:1', period: 2010 },
      { contestId: 'contest:1', period: 2009 },
    ]);
    expect(coordinatesOf(facts, 'contest-units')).toEqual([{ contestId: 'contest:1', period: 2009 }]);
    expect(coordinatesOf(facts, 'contest-contestants')).toEqual([]);
  });
});
