import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import { AttendanceRecorded } from './attendanceRecorded';
import { AwardGranted } from './awardGranted';
import { ClassHeld } from './classHeld';
import { ClassesReported } from './classesReported';
import { CommitmentsRecorded } from './commitmentsRecorded';
import { ContestParticipationReported } from './contestParticipationReported';
import { ContestantsRated } from './contestantsRated';
import { EligiblePopulationDeclared } from './eligiblePopulationDeclared';
import { EntriesSubmitted } from './entriesSubmitted';
import { FigureReported } from './figureReported';
import { InspectionConducted } from './inspectionConducted';
import { MaterialsDistributed } from './materialsDistributed';
import { OrganisationsCounted } from './organisationsCounted';
import { OutreachReported } from './outreachReported';
import { OutreachSessionHeld } from './outreachSessionHeld';
import { ParticipationReported } from './participationReported';
import { PrizesAwarded } from './prizesAwarded';
import { ResidentialAreasDeclared } from './residentialAreasDeclared';
import { SelectionsSent } from './selectionsSent';
import { SteeringCommitteeFormed } from './steeringCommitteeFormed';
import { SteeringCommitteesReported } from './steeringCommitteesReported';

/**
 * The events whose facts a correction may replace: those that carry a count a figure adds up, and
 * the figures a report stated (a report may be re-read). Registry facts (organisations, areas,
 * documents, topics, contests) are not corrected this way.
 */
export const CorrectableEvent = t.union(
  [
    ClassHeld,
    AttendanceRecorded,
    ClassesReported,
    ParticipationReported,
    EligiblePopulationDeclared,
    OutreachSessionHeld,
    OutreachReported,
    ResidentialAreasDeclared,
    OrganisationsCounted,
    SteeringCommitteeFormed,
    SteeringCommitteesReported,
    CommitmentsRecorded,
    EntriesSubmitted,
    ContestParticipationReported,
    PrizesAwarded,
    ContestantsRated,
    SelectionsSent,
    AwardGranted,
    MaterialsDistributed,
    InspectionConducted,
    FigureReported,
  ],
  'CorrectableEvent',
);
/** An event whose fact a correction may replace. */
export type CorrectableEvent = t.TypeOf<typeof CorrectableEvent>;
/** The type names of the events a correction may replace. */
export type CorrectableEventType = CorrectableEvent['type'];

/** The type names of the events a correction may replace, in catalog order. */
export const correctableEventTypes: ReadonlyArray<CorrectableEventType> = CorrectableEvent.types.map(
  (codec) => codec.props.type.value,
);

const correctable: ReadonlySet<string> = new Set(correctableEventTypes);

/** Whether an event is one a correction may replace. */
export const isCorrectableEvent = <E extends { readonly type: string }>(event: E): event is Extract<E, CorrectableEvent> =>
  correctable.has(event.type);

/** The payload of FactCorrected. */
export const FactCorrectedData = fields(
  {
    correctionId: Id,
    correctedFactId: Id,
    replacement: CorrectableEvent,
    reason: NonEmptyText,
    provenance: Provenance,
  },
  {},
  'FactCorrectedData',
);
/** The payload of FactCorrected. */
export type FactCorrectedData = t.TypeOf<typeof FactCorrectedData>;

/**
 * A recorded fact is corrected: `replacement` is the whole fact as it should have been recorded
 * (same event type, same id), `reason` says why and `provenance` where the correction comes from.
 * The original stays in the log; current figures use the replacement, and a view as recorded
 * before the correction still shows the original.
 */
export const FactCorrected = t.type({ type: t.literal('FactCorrected'), data: FactCorrectedData }, 'FactCorrected');
/**
 * A recorded fact is corrected: `replacement` is the whole fact as it should have been recorded
 * (same event type, same id), `reason` says why and `provenance` where the correction comes from.
 */
export type FactCorrected = t.TypeOf<typeof FactCorrected>;
