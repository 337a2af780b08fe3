import type { Codec } from '../model/declaredCodec';
import { campaignEventSpecs } from './campaignEventSpecs';
import { unionOf } from './unionOf';
import type { LaunchCampaign, CampaignLaunched } from './campaignLaunched';
import type { DefineTerm, TermDefined } from './termDefined';
import type { DeclarePhase, PhaseDeclared } from './phaseDeclared';
import type { RecordDocument, DocumentRecorded } from './documentRecorded';
import type { RegisterOrganisation, OrganisationRegistered } from './organisationRegistered';
import type { RegisterResidentialArea, ResidentialAreaRegistered } from './residentialAreaRegistered';
import type { DeclareResidentialAreas, ResidentialAreasDeclared } from './residentialAreasDeclared';
import type { CountOrganisations, OrganisationsCounted } from './organisationsCounted';
import type { CountActingOrganisations, ActingOrganisationsCounted } from './actingOrganisationsCounted';
import type { FormSteeringCommittee, SteeringCommitteeFormed } from './steeringCommitteeFormed';
import type { ReportSteeringCommittees, SteeringCommitteesReported } from './steeringCommitteesReported';
import type { DesignatePilotUnit, PilotUnitDesignated } from './pilotUnitDesignated';
import type { DeclareEligiblePopulation, EligiblePopulationDeclared } from './eligiblePopulationDeclared';
import type { SetStudyTopic, StudyTopicSet } from './studyTopicSet';
import type { HoldClass, ClassHeld } from './classHeld';
import type { RecordAttendance, AttendanceRecorded } from './attendanceRecorded';
import type { ReportClasses, ClassesReported } from './classesReported';
import type { ReportParticipation, ParticipationReported } from './participationReported';
import type { HoldOutreachSession, OutreachSessionHeld } from './outreachSessionHeld';
import type { ReportOutreach, OutreachReported } from './outreachReported';
import type { RecordCommitments, CommitmentsRecorded } from './commitmentsRecorded';
import type { LaunchContest, ContestLaunched } from './contestLaunched';
import type { SubmitEntries, EntriesSubmitted } from './entriesSubmitted';
import type { ReportContestParticipation, ContestParticipationReported } from './contestParticipationReported';
import type { AwardPrizes, PrizesAwarded } from './prizesAwarded';
import type { RateContestants, ContestantsRated } from './contestantsRated';
import type { SendSelections, SelectionsSent } from './selectionsSent';
import type { GrantAward, AwardGranted } from './awardGranted';
import type { DistributeMaterials, MaterialsDistributed } from './materialsDistributed';
import type { ConductInspection, InspectionConducted } from './inspectionConducted';
import type { ReportFigure, FigureReported } from './figureReported';
import type { CorrectFact, FactCorrected } from './factCorrected';
import type { RetractFact, FactRetracted } from './factRetracted';

/** The types of one event type of the catalog: the event, the command that records it, and whether a correction may replace its fact. */
export interface EventTypes<E, C, Correctable extends boolean> {
  readonly event: E;
  readonly command: C;
  readonly correctable: Correctable;
}

/**
 * The catalog at the type level: every event type with its event, its command and whether it is
 * correctable. The spec table `campaignEventSpecs` is typed over its keys, so an event type added
 * here without an entry there (or with an entry that misses a handler) does not compile.
 */
export interface CampaignEventCatalog {
  readonly CampaignLaunched: EventTypes<CampaignLaunched, LaunchCampaign, false>;
  readonly TermDefined: EventTypes<TermDefined, DefineTerm, false>;
  readonly PhaseDeclared: EventTypes<PhaseDeclared, DeclarePhase, false>;
  readonly DocumentRecorded: EventTypes<DocumentRecorded, RecordDocument, false>;
  readonly OrganisationRegistered: EventTypes<OrganisationRegistered, RegisterOrganisation, false>;
  readonly ResidentialAreaRegistered: EventTypes<ResidentialAreaRegistered, RegisterResidentialArea, false>;
  readonly ResidentialAreasDeclared: EventTypes<ResidentialAreasDeclared, DeclareResidentialAreas, true>;
  readonly OrganisationsCounted: EventTypes<OrganisationsCounted, CountOrganisations, true>;
  readonly ActingOrganisationsCounted: EventTypes<ActingOrganisationsCounted, CountActingOrganisations, true>;
  readonly SteeringCommitteeFormed: EventTypes<SteeringCommitteeFormed, FormSteeringCommittee, true>;
  readonly SteeringCommitteesReported: EventTypes<SteeringCommitteesReported, ReportSteeringCommittees, true>;
  readonly PilotUnitDesignated: EventTypes<PilotUnitDesignated, DesignatePilotUnit, false>;
  readonly EligiblePopulationDeclared: EventTypes<EligiblePopulationDeclared, DeclareEligiblePopulation, true>;
  readonly StudyTopicSet: EventTypes<StudyTopicSet, SetStudyTopic, false>;
  readonly ClassHeld: EventTypes<ClassHeld, HoldClass, true>;
  readonly AttendanceRecorded: EventTypes<AttendanceRecorded, RecordAttendance, true>;
  readonly ClassesReported: EventTypes<ClassesReported, ReportClasses, true>;
  readonly ParticipationReported: EventTypes<ParticipationReported, ReportParticipation, true>;
  readonly OutreachSessionHeld: EventTypes<OutreachSessionHeld, HoldOutreachSession, true>;
  readonly OutreachReported: EventTypes<OutreachReported, ReportOutreach, true>;
  readonly CommitmentsRecorded: EventTypes<CommitmentsRecorded, RecordCommitments, true>;
  readonly ContestLaunched: EventTypes<ContestLaunched, LaunchContest, false>;
  readonly EntriesSubmitted: EventTypes<EntriesSubmitted, SubmitEntries, true>;
  readonly ContestParticipationReported: EventTypes<ContestParticipationReported, ReportContestParticipation, true>;
  readonly PrizesAwarded: EventTypes<PrizesAwarded, AwardPrizes, true>;
  readonly ContestantsRated: EventTypes<ContestantsRated, RateContestants, true>;
  readonly SelectionsSent: EventTypes<SelectionsSent, SendSelections, true>;
  readonly AwardGranted: EventTypes<AwardGranted, GrantAward, true>;
  readonly MaterialsDistributed: EventTypes<MaterialsDistributed, DistributeMaterials, true>;
  readonly InspectionConducted: EventTypes<InspectionConducted, ConductInspection, true>;
  readonly FigureReported: EventTypes<FigureReported, ReportFigure, true>;
  readonly FactCorrected: EventTypes<FactCorrected, CorrectFact, false>;
  readonly FactRetracted: EventTypes<FactRetracted, RetractFact, false>;
}

/** The type names of the campaign events. */
export type CampaignEventType = keyof CampaignEventCatalog;
/** The campaign event whose type is `T`. */
export type CampaignEventOf<T extends CampaignEventType> = CampaignEventCatalog[T]['event'];
/** The payload of the campaign event whose type is `T`. */
export type EventDataOf<T extends CampaignEventType> = CampaignEventOf<T>['data'];
/** The command that records the campaign event whose type is `T`. */
export type CampaignCommandOf<T extends CampaignEventType> = CampaignEventCatalog[T]['command'];
/** The type name of the command that records the campaign event whose type is `T`. */
export type CommandTypeOf<T extends CampaignEventType> = CampaignCommandOf<T>['type'];
/** The type names of the events a correction may replace. */
export type CorrectableEventType = {
  [T in CampaignEventType]: CampaignEventCatalog[T]['correctable'] extends true ? T : never;
}[CampaignEventType];

/** Every event of the campaign catalog. */
export type CampaignEvent = CampaignEventOf<CampaignEventType>;

/** The type names of the campaign events, in catalog order (the order of the spec table). */
export const campaignEventTypes: ReadonlyArray<CampaignEventType> = Object.keys(campaignEventSpecs) as ReadonlyArray<CampaignEventType>;

/** Every event of the campaign catalog: the union of the codecs of the spec table, in catalog order. */
export const CampaignEvent: Codec<CampaignEvent> = unionOf(
  campaignEventTypes.map((type) => campaignEventSpecs[type].codec),
  'CampaignEvent',
) as Codec<CampaignEvent>;
