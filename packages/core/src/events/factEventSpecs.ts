import type { CampaignEventType } from './campaignEvent';
import type { CampaignEventSpecs, EventSpec } from './eventSpec';
import { campaignLaunchedSpec } from './campaignLaunched';
import { termDefinedSpec } from './termDefined';
import { phaseDeclaredSpec } from './phaseDeclared';
import { documentRecordedSpec } from './documentRecorded';
import { organisationRegisteredSpec } from './organisationRegistered';
import { residentialAreaRegisteredSpec } from './residentialAreaRegistered';
import { residentialAreasDeclaredSpec } from './residentialAreasDeclared';
import { organisationsCountedSpec } from './organisationsCounted';
import { actingOrganisationsCountedSpec } from './actingOrganisationsCounted';
import { steeringCommitteeFormedSpec } from './steeringCommitteeFormed';
import { steeringCommitteesReportedSpec } from './steeringCommitteesReported';
import { pilotUnitDesignatedSpec } from './pilotUnitDesignated';
import { eligiblePopulationDeclaredSpec } from './eligiblePopulationDeclared';
import { studyTopicSetSpec } from './studyTopicSet';
import { classHeldSpec } from './classHeld';
import { attendanceRecordedSpec } from './attendanceRecorded';
import { classesReportedSpec } from './classesReported';
import { participationReportedSpec } from './participationReported';
import { outreachSessionHeldSpec } from './outreachSessionHeld';
import { outreachReportedSpec } from './outreachReported';
import { commitmentsRecordedSpec } from './commitmentsRecorded';
import { contestLaunchedSpec } from './contestLaunched';
import { entriesSubmittedSpec } from './entriesSubmitted';
import { contestParticipationReportedSpec } from './contestParticipationReported';
import { prizesAwardedSpec } from './prizesAwarded';
import { contestantsRatedSpec } from './contestantsRated';
import { selectionsSentSpec } from './selectionsSent';
import { awardGrantedSpec } from './awardGranted';
import { materialsDistributedSpec } from './materialsDistributed';
import { inspectionConductedSpec } from './inspectionConducted';
import { figureReportedSpec } from './figureReported';

/**
 * The event types that record a fact of their own: every type but FactCorrected, whose
 * replacement is one of theirs, and FactRetracted, which withdraws one of theirs.
 */
export type FactEventType = Exclude<CampaignEventType, 'FactCorrected' | 'FactRetracted'>;

/**
 * The spec table without FactCorrected and FactRetracted, in catalog order. FactCorrected's codec
 * and rules are made of the entries of this table (a replacement is one of these facts, checked
 * by its rules), so it is assembled first and `campaignEventSpecs` adds the two to it.
 */
export const factEventSpecs: Omit<CampaignEventSpecs, 'FactCorrected' | 'FactRetracted'> = {
  CampaignLaunched: campaignLaunchedSpec,
  TermDefined: termDefinedSpec,
  PhaseDeclared: phaseDeclaredSpec,
  DocumentRecorded: documentRecordedSpec,
  OrganisationRegistered: organisationRegisteredSpec,
  ResidentialAreaRegistered: residentialAreaRegisteredSpec,
  ResidentialAreasDeclared: residentialAreasDeclaredSpec,
  OrganisationsCounted: organisationsCountedSpec,
  ActingOrganisationsCounted: actingOrganisationsCountedSpec,
  SteeringCommitteeFormed: steeringCommitteeFormedSpec,
  SteeringCommitteesReported: steeringCommitteesReportedSpec,
  PilotUnitDesignated: pilotUnitDesignatedSpec,
  EligiblePopulationDeclared: eligiblePopulationDeclaredSpec,
  StudyTopicSet: studyTopicSetSpec,
  ClassHeld: classHeldSpec,
  AttendanceRecorded: attendanceRecordedSpec,
  ClassesReported: classesReportedSpec,
  ParticipationReported: participationReportedSpec,
  OutreachSessionHeld: outreachSessionHeldSpec,
  OutreachReported: outreachReportedSpec,
  CommitmentsRecorded: commitmentsRecordedSpec,
  ContestLaunched: contestLaunchedSpec,
  EntriesSubmitted: entriesSubmittedSpec,
  ContestParticipationReported: contestParticipationReportedSpec,
  PrizesAwarded: prizesAwardedSpec,
  ContestantsRated: contestantsRatedSpec,
  SelectionsSent: selectionsSentSpec,
  AwardGranted: awardGrantedSpec,
  MaterialsDistributed: materialsDistributedSpec,
  InspectionConducted: inspectionConductedSpec,
  FigureReported: figureReportedSpec,
};

/** The spec of a fact's event type. */
export const factEventSpecOf = <T extends FactEventType>(type: T): EventSpec<T> => factEventSpecs[type];
