import type { Measure } from '../../model/figureKey';
import type { Period } from '../../model/period';
import { factsOf, type CampaignFacts } from '../../projections/campaignFacts';
import { blocOf, kindOf } from '../../projections/organisationTree';

/**
 * Where one fact stands in a measure's cells: the value it gives each figure-key field (period,
 * organisationId, category, bloc, ...). A field the fact does not give is absent.
 */
export type Coordinates = { readonly [field: string]: string | Period | undefined };

const unknownMeasure = (measure: never): never => {
  throw new TypeError(`coordinatesOf: unknown measure ${String(measure)}`);
};

const classes = (facts: CampaignFacts): ReadonlyArray<Coordinates> => [
  ...[...facts.classes.values()].map(({ data: d }) => ({
    period: d.year,
    organisationId: d.organiserId,
    bloc: d.bloc ?? blocOf(facts, d.organiserId),
    organiserLevel: d.organiserLevel,
    topicId: d.topicId,
    audience: d.audience?.length === 1 ? d.audience[0] : undefined,
  })),
  ...factsOf(facts, 'ClassesReported').map(({ data: d }) => ({
    period: d.period,
    organisationId: d.organisationId,
    bloc: d.bloc ?? blocOf(facts, d.organiserId ?? d.organisationId),
    organiserLevel: d.organiserLevel,
    topicId: d.topicId,
    audience: d.audience,
  })),
];

const participants = (facts: CampaignFacts): ReadonlyArray<Coordinates> => [
  ...factsOf(facts, 'AttendanceRecorded').flatMap(({ data: d }) => {
    const held = facts.classes.get(d.classId)?.data;
    if (held === undefined) return [];
    return [
      {
        period: held.year,
        organisationId: held.organiserId,
        category: d.category,
        countUnit: d.countUnit,
        bloc: held.bloc ?? blocOf(facts, held.organiserId),
        organiserLevel: held.organiserLevel,
      },
    ];
  }),
  ...factsOf(facts, 'ParticipationReported').map(({ data: d }) => ({
    period: d.period,
    organisationId: d.organisationId,
    category: d.category,
    countUnit: d.countUnit,
    bloc: d.bloc ?? blocOf(facts, d.organisationId),
    organiserLevel: d.organiserLevel,
  })),
];

const eligible = (facts: CampaignFacts): ReadonlyArray<Coordinates> =>
  factsOf(facts, 'EligiblePopulationDeclared').map(({ data: d }) => ({ period: d.period, organisationId: d.organisationId, category: d.category }));

const outreach = (facts: CampaignFacts, states: (d: { readonly areasReached?: number; readonly attendances?: number }) => boolean) => [
  ...factsOf(facts, 'OutreachReported')
    .filter(({ data: d }) => states(d))
    .map(({ data: d }) => ({ period: d.period, organisationId: d.organisationId })),
  ...factsOf(facts, 'OutreachSessionHeld').map(({ data: d }) => ({
    period: d.year,
    organisationId: facts.residentialAreas.get(d.areaId)?.data.organisationId,
  })),
];

const areasRegistered = (facts: CampaignFacts): ReadonlyArray<Coordinates> => [
  ...factsOf(facts, 'ResidentialAreasDeclared').map(({ data: d }) => ({ period: d.period, organisationId: d.organisationId })),
  ...[...facts.residentialAreas.values()].map(({ data: d }) => ({ organisationId: d.organisationId })),
];

// A registered organisation counts under its parent (organisation counts are of what stands
// strictly below), so its parent is the organisation its fact concerns.
const organisations = (facts: CampaignFacts): ReadonlyArray<Coordinates> => [
  ...factsOf(facts, 'OrganisationsCounted').map(({ data: d }) => ({ organisationId: d.organisationId, kind: d.kind, period: d.period })),
  ...[...facts.organisations.values()].map(({ data: d }) => ({ organisationId: d.parentId, kind: d.kind })),
];

const committees = (facts: CampaignFacts): ReadonlyArray<Coordinates> => [
  ...factsOf(facts, 'SteeringCommitteesReported').map(({ data: d }) => ({
    organisationId: d.organisationId,
    memberKind: d.memberKind,
    period: d.period,
  })),
  ...factsOf(facts, 'SteeringCommitteeFormed').map(({ data: d }) => ({
    organisationId: d.organisationId,
    memberKind: kindOf(facts, d.organisationId),
    period: d.period,
  })),
];

const contestParticipation = (
  facts: CampaignFacts,
  states: (d: { readonly units?: number; readonly entries?: number; readonly contestants?: number }) => boolean,
  withEntries: boolean,
): ReadonlyArray<Coordinates> => [
  ...factsOf(facts, 'ContestParticipationReported')
    .filter(({ data: d }) => states(d))
    .map(({ data: d }) => ({ contestId: d.contestId, period: d.year })),
  ...(withEntries ? factsOf(facts, 'EntriesSubmitted').map(({ data: d }) => ({ contestId: d.contestId, period: d.year })) : []),
];

/**
 * The coordinates of every fact that can count towards a measure, read the way the measure's
 * figure reads them (a class's bloc is its own or its organiser's; an attendance stands where its
 * class was held). Rule bindings are drawn from these: a placeholder takes the values the facts
 * of its measures present.
 */
export const coordinatesOf = (facts: CampaignFacts, measure: Measure): ReadonlyArray<Coordinates> => {
  switch (measure) {
    case 'classes':
      return classes(facts);
    case 'participants':
      return participants(facts);
    case 'eligible':
      return eligible(facts);
    case 'participation-rate':
      return [...participants(facts).filter((c) => c['countUnit'] === 'person'), ...eligible(facts)].map((c) => ({
        period: c['period'],
        organisationId: c['organisationId'],
        category: c['category'],
      }));
    case 'areas-reached':
      return outreach(facts, (d) => d.areasReached !== undefined);
    case 'outreach-attendances':
      return outreach(facts, (d) => d.attendances !== undefined);
    case 'areas-registered':
      return areasRegistered(facts);
    case 'organisations':
      return organisations(facts);
    case 'acting-organisations':
      return factsOf(facts, 'ActingOrganisationsCounted').map(({ data: d }) => ({
        organisationId: d.organisationId,
        period: d.period,
        activity: d.activity,
        kind: d.kind,
      }));
    case 'steering-committees':
    case 'steering-committee-members':
      return committees(facts);
    case 'pilot-units':
      return factsOf(facts, 'PilotUnitDesignated').map(({ data: d }) => ({ organisationId: d.organisationId }));
    case 'commitments':
      return factsOf(facts, 'CommitmentsRecorded').map(({ data: d }) => ({ period: d.period, organisationId: d.organisationId }));
    case 'contest-units':
      return contestParticipation(facts, (d) => d.units !== undefined, true);
    case 'contest-entries':
      return contestParticipation(facts, (d) => d.entries !== undefined, true);
    case 'contest-contestants':
      return contestParticipation(facts, (d) => d.contestants !== undefined, false);
    case 'prizes':
      return factsOf(facts, 'PrizesAwarded').map(({ data: d }) => ({ contestId: d.contestId, period: d.year, grade: d.grade }));
    case 'ratings':
      return factsOf(facts, 'ContestantsRated').map(({ data: d }) => ({ contestId: d.contestId, period: d.year, rating: d.rating }));
    case 'selections':
      return factsOf(facts, 'SelectionsSent').map(({ data: d }) => ({ contestId: d.contestId, period: d.year }));
    case 'awards':
      return factsOf(facts, 'AwardGranted').map(({ data: d }) => ({
        period: d.period,
        stage: d.stage,
        kind: d.kind,
        recipientKind: d.recipientKind,
      }));
    case 'materials':
      return factsOf(facts, 'MaterialsDistributed').map(({ data: d }) => ({ period: d.period, organisationId: d.distributorId }));
    case 'inspections':
      return factsOf(facts, 'InspectionConducted').map(({ data: d }) => ({ period: d.period, organisationId: d.inspectorId }));
    default:
      return unknownMeasure(measure);
  }
};
