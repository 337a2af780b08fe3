import type { CampaignEvent } from '../events/campaignEvent';
import { campaignEventTypes } from '../events/campaignEvent';
import type { CountUnit } from '../model/countUnit';
import type { Measure } from '../model/figureKey';
import type { Qualifier } from '../model/qualifier';
import { type CampaignFacts, type FactRef, factsOf } from '../projections/campaignFacts';

/** A recorded fact as its event: the reference to its envelope and the typed payload. */
export interface RecordedFact {
  readonly ref: FactRef;
  readonly event: CampaignEvent;
}

/** The number a fact gives for a measure: its count, the unit it is counted in and its qualifier. */
export interface PartNumber {
  readonly value: number;
  readonly countUnit?: CountUnit;
  readonly qualifier?: Qualifier;
}

/** Every recorded fact by its fact id, the ids a stated figure's `parts` name; of several, the last recorded is last. */
export type PartIndex = ReadonlyMap<string, ReadonlyArray<RecordedFact>>;

/** Indexes the campaign's facts by fact id, once for all the statements of a reconciliation. */
export const partIndexOf = (facts: CampaignFacts): PartIndex => {
  const index = new Map<string, RecordedFact[]>();
  for (const type of campaignEventTypes) {
    for (const f of factsOf(facts, type)) {
      // factsOf is typed per event type; the pair is rebuilt as the event it was folded from.
      const recorded: RecordedFact = { ref: f.ref, event: { type, data: f.data } as CampaignEvent };
      index.set(f.ref.factId, [...(index.get(f.ref.factId) ?? []), recorded]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.ref.globalPosition - b.ref.globalPosition);
  return index;
};

const of = (value: number | undefined, countUnit?: CountUnit, qualifier?: Qualifier): PartNumber | undefined =>
  value === undefined
    ? undefined
    : { value, ...(countUnit === undefined ? {} : { countUnit }), ...(qualifier === undefined ? {} : { qualifier }) };

/**
 * The number a fact gives towards a figure of the measure, as the projections count it (a class
 * held is 1 class, a session is 1 area reached and its attendances, a committee formed is 1
 * committee and its members, an outreach report its areas or its attendances). A stated figure
 * named as a part gives its stated value. Undefined when the fact gives no number for the measure.
 */
export const partNumber = (event: CampaignEvent, measure: Measure): PartNumber | undefined => {
  const participants = measure === 'participants' || measure === 'participation-rate';
  switch (event.type) {
    case 'ClassesReported':
      return measure === 'classes' ? of(event.data.count) : undefined;
    case 'ClassHeld':
      return measure === 'classes' ? of(1) : undefined;
    case 'ParticipationReported':
      return participants ? of(event.data.count, event.data.countUnit, event.data.qualifier) : undefined;
    case 'AttendanceRecorded':
      return participants ? of(event.data.count, event.data.countUnit) : undefined;
    case 'OutreachReported':
      if (measure === 'areas-reached') return of(event.data.areasReached);
      return participants || measure === 'outreach-attendances'
        ? of(event.data.attendances, 'attendance', event.data.attendancesQualifier)
        : undefined;
    case 'OutreachSessionHeld':
      if (measure === 'areas-reached') return of(1);
      return participants || measure === 'outreach-attendances' ? of(event.data.attendances, 'attendance') : undefined;
    case 'EligiblePopulationDeclared':
      return measure === 'eligible' ? of(event.data.count, 'person') : undefined;
    case 'ResidentialAreasDeclared':
      return measure === 'areas-registered' ? of(event.data.count) : undefined;
    case 'ResidentialAreaRegistered':
      return measure === 'areas-registered' ? of(1) : undefined;
    case 'OrganisationsCounted':
      return measure === 'organisations' ? of(event.data.count) : undefined;
    case 'OrganisationRegistered':
      return measure === 'organisations' ? of(1) : undefined;
    case 'SteeringCommitteesReported':
      if (measure === 'steering-committees') return of(event.data.committees);
      return measure === 'steering-committee-members' ? of(event.data.members) : undefined;
    case 'SteeringCommitteeFormed':
      if (measure === 'steering-committees') return of(1);
      return measure === 'steering-committee-members' ? of(event.data.members) : undefined;
    case 'PilotUnitDesignated':
      return measure === 'pilot-units' ? of(1) : undefined;
    case 'CommitmentsRecorded':
      return measure === 'commitments' ? of(event.data.count) : undefined;
    case 'ContestParticipationReported':
      if (measure === 'contest-units') return of(event.data.units);
      if (measure === 'contest-entries') return of(event.data.entries);
      return measure === 'contest-contestants' ? of(event.data.contestants) : undefined;
    case 'EntriesSubmitted':
      if (measure === 'contest-units') return of(1);
      return measure === 'contest-entries' ? of(event.data.entries) : undefined;
    case 'PrizesAwarded':
      return measure === 'prizes' ? of(event.data.count) : undefined;
    case 'ContestantsRated':
      return measure === 'ratings' ? of(event.data.count) : undefined;
    case 'SelectionsSent':
      return measure === 'selections' ? of(event.data.count) : undefined;
    case 'AwardGranted':
      return measure === 'awards' ? of(event.data.count) : undefined;
    case 'MaterialsDistributed':
      return measure === 'materials' ? of(event.data.copies) : undefined;
    case 'InspectionConducted':
      return measure === 'inspections' ? of(event.data.count) : undefined;
    case 'FigureReported':
      return of(event.data.value ?? event.data.numerator, event.data.countUnit, event.data.qualifier);
    case 'CampaignLaunched':
    case 'PhaseDeclared':
    case 'DocumentRecorded':
    case 'StudyTopicSet':
    case 'ContestLaunched':
    case 'FactCorrected':
      return undefined;
    default: {
      const unknown: never = event;
      throw new TypeError(`partNumber: unknown event ${JSON.stringify(unknown)}`);
    }
  }
};
