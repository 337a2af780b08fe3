import * as t from 'io-ts';
import { CampaignLaunched } from './campaignLaunched';
import { PhaseDeclared } from './phaseDeclared';
import { DocumentRecorded } from './documentRecorded';
import { OrganisationRegistered } from './organisationRegistered';
import { ResidentialAreaRegistered } from './residentialAreaRegistered';
import { ResidentialAreasDeclared } from './residentialAreasDeclared';
import { OrganisationsCounted } from './organisationsCounted';
import { SteeringCommitteeFormed } from './steeringCommitteeFormed';
import { SteeringCommitteesReported } from './steeringCommitteesReported';
import { PilotUnitDesignated } from './pilotUnitDesignated';
import { EligiblePopulationDeclared } from './eligiblePopulationDeclared';
import { StudyTopicSet } from './studyTopicSet';
import { ClassHeld } from './classHeld';
import { AttendanceRecorded } from './attendanceRecorded';
import { ClassesReported } from './classesReported';
import { ParticipationReported } from './participationReported';
import { OutreachSessionHeld } from './outreachSessionHeld';
import { OutreachReported } from './outreachReported';
import { CommitmentsRecorded } from './commitmentsRecorded';
import { ContestLaunched } from './contestLaunched';
import { EntriesSubmitted } from './entriesSubmitted';
import { ContestParticipationReported } from './contestParticipationReported';
import { PrizesAwarded } from './prizesAwarded';
import { ContestantsRated } from './contestantsRated';
import { SelectionsSent } from './selectionsSent';
import { AwardGranted } from './awardGranted';
import { MaterialsDistributed } from './materialsDistributed';
import { InspectionConducted } from './inspectionConducted';
import { FigureReported } from './figureReported';
import { FactCorrected } from './factCorrected';

/** Every event of the campaign catalog: the single source of truth for their types. */
export const CampaignEvent = t.union(
  [
    CampaignLaunched,
    PhaseDeclared,
    DocumentRecorded,
    OrganisationRegistered,
    ResidentialAreaRegistered,
    ResidentialAreasDeclared,
    OrganisationsCounted,
    SteeringCommitteeFormed,
    SteeringCommitteesReported,
    PilotUnitDesignated,
    EligiblePopulationDeclared,
    StudyTopicSet,
    ClassHeld,
    AttendanceRecorded,
    ClassesReported,
    ParticipationReported,
    OutreachSessionHeld,
    OutreachReported,
    CommitmentsRecorded,
    ContestLaunched,
    EntriesSubmitted,
    ContestParticipationReported,
    PrizesAwarded,
    ContestantsRated,
    SelectionsSent,
    AwardGranted,
    MaterialsDistributed,
    InspectionConducted,
    FigureReported,
    FactCorrected,
  ],
  'CampaignEvent',
);
/** Every event of the campaign catalog. */
export type CampaignEvent = t.TypeOf<typeof CampaignEvent>;
/** The type names of the campaign events. */
export type CampaignEventType = CampaignEvent['type'];

/** The type names of the campaign events, in catalog order. */
export const campaignEventTypes: ReadonlyArray<CampaignEventType> = [
  'CampaignLaunched',
  'PhaseDeclared',
  'DocumentRecorded',
  'OrganisationRegistered',
  'ResidentialAreaRegistered',
  'ResidentialAreasDeclared',
  'OrganisationsCounted',
  'SteeringCommitteeFormed',
  'SteeringCommitteesReported',
  'PilotUnitDesignated',
  'EligiblePopulationDeclared',
  'StudyTopicSet',
  'ClassHeld',
  'AttendanceRecorded',
  'ClassesReported',
  'ParticipationReported',
  'OutreachSessionHeld',
  'OutreachReported',
  'CommitmentsRecorded',
  'ContestLaunched',
  'EntriesSubmitted',
  'ContestParticipationReported',
  'PrizesAwarded',
  'ContestantsRated',
  'SelectionsSent',
  'AwardGranted',
  'MaterialsDistributed',
  'InspectionConducted',
  'FigureReported',
  'FactCorrected',
];
