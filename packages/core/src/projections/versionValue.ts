import type { CorrectableEvent } from '../events/factCorrected';
import type { Measure } from '../model/figureKey';
import type { Qualifier } from '../model/qualifier';

/** What one version of a fact states for a measure: its number, and the qualifier the number carries. */
export interface VersionValue {
  readonly value: number;
  readonly qualifier?: Qualifier;
}

const of = (value: number | undefined, qualifier?: Qualifier): VersionValue =>
  qualifier === undefined ? { value: value ?? 0 } : { value: value ?? 0, qualifier };

/**
 * The number a version of a fact states for a measure, as the measure's figure reads it: a count
 * for a summary, 1 for each class, session, committee or unit the measure counts one by one. A
 * superseded version is listed in a figure's lineage with this value; a version that gives no
 * number for the measure (pledges without a count) states 0 there.
 */
export const versionValue = (measure: Measure, event: CorrectableEvent): VersionValue => {
  switch (event.type) {
    case 'ClassHeld':
      return of(measure === 'classes' ? 1 : undefined);
    case 'AttendanceRecorded':
    case 'ClassesReported':
    case 'EligiblePopulationDeclared':
    case 'ResidentialAreasDeclared':
    case 'OrganisationsCounted':
    case 'CommitmentsRecorded':
    case 'PrizesAwarded':
    case 'ContestantsRated':
    case 'SelectionsSent':
    case 'AwardGranted':
    case 'InspectionConducted':
      return of(event.data.count);
    case 'ParticipationReported':
      return of(event.data.count, event.data.qualifier);
    case 'OutreachSessionHeld':
      return of(measure === 'areas-reached' ? 1 : event.data.attendances);
    case 'OutreachReported':
      return measure === 'areas-reached'
        ? of(event.data.areasReached)
        : of(event.data.attendances, event.data.attendancesQualifier);
    case 'SteeringCommitteeFormed':
      return of(measure === 'steering-committees' ? 1 : event.data.members);
    case 'SteeringCommitteesReported':
      return of(measure === 'steering-committees' ? event.data.committees : event.data.members);
    case 'EntriesSubmitted':
      return of(measure === 'contest-units' ? 1 : event.data.entries);
    case 'ContestParticipationReported':
      return of(
        measure === 'contest-units' ? event.data.units : measure === 'contest-entries' ? event.data.entries : event.data.contestants,
      );
    case 'MaterialsDistributed':
      return of(event.data.copies);
    case 'FigureReported':
      // A stated figure is never a part of a computed one; its stated value is what it said.
      return of(event.data.value, event.data.qualifier);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};
