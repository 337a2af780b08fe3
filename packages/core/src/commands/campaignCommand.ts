import * as t from 'io-ts';
import { CampaignLaunchedData } from '../events/campaignLaunched';
import { PhaseDeclaredData } from '../events/phaseDeclared';
import { DocumentRecordedData } from '../events/documentRecorded';
import { OrganisationRegisteredData } from '../events/organisationRegistered';
import { ResidentialAreaRegisteredData } from '../events/residentialAreaRegistered';
import { ResidentialAreasDeclaredData } from '../events/residentialAreasDeclared';
import { OrganisationsCountedData } from '../events/organisationsCounted';
import { SteeringCommitteeFormedData } from '../events/steeringCommitteeFormed';
import { SteeringCommitteesReportedData } from '../events/steeringCommitteesReported';
import { PilotUnitDesignatedData } from '../events/pilotUnitDesignated';
import { EligiblePopulationDeclaredData } from '../events/eligiblePopulationDeclared';
import { StudyTopicSetData } from '../events/studyTopicSet';
import { ClassHeldData } from '../events/classHeld';
import { AttendanceRecordedData } from '../events/attendanceRecorded';
import { ClassesReportedData } from '../events/classesReported';
import { ParticipationReportedData } from '../events/participationReported';
import { OutreachSessionHeldData } from '../events/outreachSessionHeld';
import { OutreachReportedData } from '../events/outreachReported';
import { CommitmentsRecordedData } from '../events/commitmentsRecorded';
import { ContestLaunchedData } from '../events/contestLaunched';
import { EntriesSubmittedData } from '../events/entriesSubmitted';
import { ContestParticipationReportedData } from '../events/contestParticipationReported';
import { PrizesAwardedData } from '../events/prizesAwarded';
import { ContestantsRatedData } from '../events/contestantsRated';
import { SelectionsSentData } from '../events/selectionsSent';
import { AwardGrantedData } from '../events/awardGranted';
import { MaterialsDistributedData } from '../events/materialsDistributed';
import { InspectionConductedData } from '../events/inspectionConducted';
import { FigureReportedData } from '../events/figureReported';
import { FactCorrectedData } from '../events/factCorrected';

/** Asks to record CampaignLaunched: the campaign (Cuộc vận động) was launched in this ledger: the first event of every campaign stream. */
export const LaunchCampaign = t.type({ type: t.literal('LaunchCampaign'), data: CampaignLaunchedData }, 'LaunchCampaign');
/** Asks to record CampaignLaunched. */
export type LaunchCampaign = t.TypeOf<typeof LaunchCampaign>;

/** Asks to record PhaseDeclared: a phase of the campaign, set by a Politburo directive (06-CT/TW, 03-CT/TW, 05-CT/TW). */
export const DeclarePhase = t.type({ type: t.literal('DeclarePhase'), data: PhaseDeclaredData }, 'DeclarePhase');
/** Asks to record PhaseDeclared. */
export type DeclarePhase = t.TypeOf<typeof DeclarePhase>;

/** Asks to record DocumentRecorded: a document that launches, guides or plans the campaign (Thông tri 07-TT/HU, Hướng dẫn 16-HD/BCĐ, Kế hoạch 01-KH/BTG). */
export const RecordDocument = t.type({ type: t.literal('RecordDocument'), data: DocumentRecordedData }, 'RecordDocument');
/** Asks to record DocumentRecorded. */
export type RecordDocument = t.TypeOf<typeof RecordDocument>;

/** Asks to record OrganisationRegistered: an organisation in the hierarchy (province → district committee → grassroots organisations), with its bloc. */
export const RegisterOrganisation = t.type({ type: t.literal('RegisterOrganisation'), data: OrganisationRegisteredData }, 'RegisterOrganisation');
/** Asks to record OrganisationRegistered. */
export type RegisterOrganisation = t.TypeOf<typeof RegisterOrganisation>;

/** Asks to record ResidentialAreaRegistered: a residential area (bản, khu phố) of a commune or township. */
export const RegisterResidentialArea = t.type({ type: t.literal('RegisterResidentialArea'), data: ResidentialAreaRegisteredData }, 'RegisterResidentialArea');
/** Asks to record ResidentialAreaRegistered. */
export type RegisterResidentialArea = t.TypeOf<typeof RegisterResidentialArea>;

/** Asks to record ResidentialAreasDeclared: how many residential areas an organisation has in a period (the "160" of "117/160 bản, khu phố"): a summary denominator. */
export const DeclareResidentialAreas = t.type({ type: t.literal('DeclareResidentialAreas'), data: ResidentialAreasDeclaredData }, 'DeclareResidentialAreas');
/** Asks to record ResidentialAreasDeclared. */
export type DeclareResidentialAreas = t.TypeOf<typeof DeclareResidentialAreas>;

/** Asks to record OrganisationsCounted: how many organisations stand under an organisation (the "18" of "18/18 đảng bộ", the "47 chi, đảng bộ trực thuộc"): a summary denominator. */
export const CountOrganisations = t.type({ type: t.literal('CountOrganisations'), data: OrganisationsCountedData }, 'CountOrganisations');
/** Asks to record OrganisationsCounted. */
export type CountOrganisations = t.TypeOf<typeof CountOrganisations>;

/** Asks to record SteeringCommitteeFormed: an organisation formed its campaign steering committee (Ban Chỉ đạo), with its member count. */
export const FormSteeringCommittee = t.type({ type: t.literal('FormSteeringCommittee'), data: SteeringCommitteeFormedData }, 'FormSteeringCommittee');
/** Asks to record SteeringCommitteeFormed. */
export type FormSteeringCommittee = t.TypeOf<typeof FormSteeringCommittee>;

/** Asks to record SteeringCommitteesReported: a summary: so many organisations under an organisation formed steering committees with so many members in all. */
export const ReportSteeringCommittees = t.type({ type: t.literal('ReportSteeringCommittees'), data: SteeringCommitteesReportedData }, 'ReportSteeringCommittees');
/** Asks to record SteeringCommitteesReported. */
export type ReportSteeringCommittees = t.TypeOf<typeof ReportSteeringCommittees>;

/** Asks to record PilotUnitDesignated: a unit chosen to pilot the campaign before it is rolled out (chỉ đạo điểm). */
export const DesignatePilotUnit = t.type({ type: t.literal('DesignatePilotUnit'), data: PilotUnitDesignatedData }, 'DesignatePilotUnit');
/** Asks to record PilotUnitDesignated. */
export type DesignatePilotUnit = t.TypeOf<typeof DesignatePilotUnit>;

/** Asks to record EligiblePopulationDeclared: how many people of a category an organisation had to study in a period: the denominator of a participation rate. */
export const DeclareEligiblePopulation = t.type({ type: t.literal('DeclareEligiblePopulation'), data: EligiblePopulationDeclaredData }, 'DeclareEligiblePopulation');
/** Asks to record EligiblePopulationDeclared. */
export type DeclareEligiblePopulation = t.TypeOf<typeof DeclareEligiblePopulation>;

/** Asks to record StudyTopicSet: the study topic (chuyên đề) of a year, with the works of Hồ Chí Minh studied beside it. */
export const SetStudyTopic = t.type({ type: t.literal('SetStudyTopic'), data: StudyTopicSetData }, 'SetStudyTopic');
/** Asks to record StudyTopicSet. */
export type SetStudyTopic = t.TypeOf<typeof SetStudyTopic>;

/** Asks to record ClassHeld: one study class (lớp) was held: an operational fact. */
export const HoldClass = t.type({ type: t.literal('HoldClass'), data: ClassHeldData }, 'HoldClass');
/** Asks to record ClassHeld. */
export type HoldClass = t.TypeOf<typeof HoldClass>;

/** Asks to record AttendanceRecorded: so many participants of one category attended one class, counted in persons or attendances: an operational fact. */
export const RecordAttendance = t.type({ type: t.literal('RecordAttendance'), data: AttendanceRecordedData }, 'RecordAttendance');
/** Asks to record AttendanceRecorded. */
export type RecordAttendance = t.TypeOf<typeof RecordAttendance>;

/** Asks to record ClassesReported: a summary: so many classes were held in a period in an organisation's scope ("khối nông thôn 20 lớp"). */
export const ReportClasses = t.type({ type: t.literal('ReportClasses'), data: ClassesReportedData }, 'ReportClasses');
/** Asks to record ClassesReported. */
export type ReportClasses = t.TypeOf<typeof ReportClasses>;

/** Asks to record ParticipationReported: a summary: so many participants of a category studied in a period in an organisation's scope ("đảng viên tham gia 1.795"). */
export const ReportParticipation = t.type({ type: t.literal('ReportParticipation'), data: ParticipationReportedData }, 'ReportParticipation');
/** Asks to record ParticipationReported. */
export type ReportParticipation = t.TypeOf<typeof ReportParticipation>;

/** Asks to record OutreachSessionHeld: one study or outreach session was held in a residential area: an operational fact. */
export const HoldOutreachSession = t.type({ type: t.literal('HoldOutreachSession'), data: OutreachSessionHeldData }, 'HoldOutreachSession');
/** Asks to record OutreachSessionHeld. */
export type HoldOutreachSession = t.TypeOf<typeof HoldOutreachSession>;

/** Asks to record OutreachReported: a summary of study and outreach in residential areas ("117/160 bản, khu phố với trên 12.360 lượt người"). */
export const ReportOutreach = t.type({ type: t.literal('ReportOutreach'), data: OutreachReportedData }, 'ReportOutreach');
/** Asks to record OutreachReported. */
export type ReportOutreach = t.TypeOf<typeof ReportOutreach>;

/** Asks to record CommitmentsRecorded: participants wrote pledges (bản đăng ký phấn đấu) or reflections (bài thu hoạch); the count when the report gives one. */
export const RecordCommitments = t.type({ type: t.literal('RecordCommitments'), data: CommitmentsRecordedData }, 'RecordCommitments');
/** Asks to record CommitmentsRecorded. */
export type RecordCommitments = t.TypeOf<typeof RecordCommitments>;

/** Asks to record ContestLaunched: a storytelling or writing contest was launched, at a level, for one or more years. */
export const LaunchContest = t.type({ type: t.literal('LaunchContest'), data: ContestLaunchedData }, 'LaunchContest');
/** Asks to record ContestLaunched. */
export type LaunchContest = t.TypeOf<typeof LaunchContest>;

/** Asks to record EntriesSubmitted: a unit submitted so many entries to a contest in a year: an operational fact. */
export const SubmitEntries = t.type({ type: t.literal('SubmitEntries'), data: EntriesSubmittedData }, 'SubmitEntries');
/** Asks to record EntriesSubmitted. */
export type SubmitEntries = t.TypeOf<typeof SubmitEntries>;

/** Asks to record ContestParticipationReported: a summary of who took part in a contest in a year: units, entries, contestants. */
export const ReportContestParticipation = t.type({ type: t.literal('ReportContestParticipation'), data: ContestParticipationReportedData }, 'ReportContestParticipation');
/** Asks to record ContestParticipationReported. */
export type ReportContestParticipation = t.TypeOf<typeof ReportContestParticipation>;

/** Asks to record PrizesAwarded: so many prizes of one grade were awarded in a contest in a year, to a named recipient when known. */
export const AwardPrizes = t.type({ type: t.literal('AwardPrizes'), data: PrizesAwardedData }, 'AwardPrizes');
/** Asks to record PrizesAwarded. */
export type AwardPrizes = t.TypeOf<typeof AwardPrizes>;

/** Asks to record ContestantsRated: so many contestants were rated excellent (giỏi) or good (khá); ratings are not prizes. */
export const RateContestants = t.type({ type: t.literal('RateContestants'), data: ContestantsRatedData }, 'RateContestants');
/** Asks to record ContestantsRated. */
export type RateContestants = t.TypeOf<typeof RateContestants>;

/** Asks to record SelectionsSent: so many contestants or entries were sent on to a higher-level contest. */
export const SendSelections = t.type({ type: t.literal('SendSelections'), data: SelectionsSentData }, 'SendSelections');
/** Asks to record SelectionsSent. */
export type SendSelections = t.TypeOf<typeof SendSelections>;

/** Asks to record AwardGranted: an award at one stage (proposed, decided, proposed to the province), of one kind, to collectives or individuals. */
export const GrantAward = t.type({ type: t.literal('GrantAward'), data: AwardGrantedData }, 'GrantAward');
/** Asks to record AwardGranted. */
export type GrantAward = t.TypeOf<typeof GrantAward>;

/** Asks to record MaterialsDistributed: copies of study materials were distributed (cấp phát tài liệu). */
export const DistributeMaterials = t.type({ type: t.literal('DistributeMaterials'), data: MaterialsDistributedData }, 'DistributeMaterials');
/** Asks to record MaterialsDistributed. */
export type DistributeMaterials = t.TypeOf<typeof DistributeMaterials>;

/** Asks to record InspectionConducted: inspection and supervision (kiểm tra, giám sát) of how the campaign is carried out. */
export const ConductInspection = t.type({ type: t.literal('ConductInspection'), data: InspectionConductedData }, 'ConductInspection');
/** Asks to record InspectionConducted. */
export type ConductInspection = t.TypeOf<typeof ConductInspection>;

/** Asks to record FigureReported: a figure as a report stated it (value, unit, percentage, qualifier), to be shown beside the computed one; parts name the facts it claims to total. */
export const ReportFigure = t.type({ type: t.literal('ReportFigure'), data: FigureReportedData }, 'ReportFigure');
/** Asks to record FigureReported. */
export type ReportFigure = t.TypeOf<typeof ReportFigure>;

/** Asks to record FactCorrected: a recorded fact is replaced by the fact as it should have been recorded (same type, same id), with the reason and the source of the correction. */
export const CorrectFact = t.type({ type: t.literal('CorrectFact'), data: FactCorrectedData }, 'CorrectFact');
/** Asks to record FactCorrected. */
export type CorrectFact = t.TypeOf<typeof CorrectFact>;

/** Every command the campaign decider accepts. */
export const CampaignCommand = t.union(
  [
    LaunchCampaign,
    DeclarePhase,
    RecordDocument,
    RegisterOrganisation,
    RegisterResidentialArea,
    DeclareResidentialAreas,
    CountOrganisations,
    FormSteeringCommittee,
    ReportSteeringCommittees,
    DesignatePilotUnit,
    DeclareEligiblePopulation,
    SetStudyTopic,
    HoldClass,
    RecordAttendance,
    ReportClasses,
    ReportParticipation,
    HoldOutreachSession,
    ReportOutreach,
    RecordCommitments,
    LaunchContest,
    SubmitEntries,
    ReportContestParticipation,
    AwardPrizes,
    RateContestants,
    SendSelections,
    GrantAward,
    DistributeMaterials,
    ConductInspection,
    ReportFigure,
    CorrectFact,
  ],
  'CampaignCommand',
);
/** Every command the campaign decider accepts. */
export type CampaignCommand = t.TypeOf<typeof CampaignCommand>;
/** The type names of the campaign commands. */
export type CampaignCommandType = CampaignCommand['type'];

/** The event each command records when it is accepted. */
export const eventTypeOfCommand = {
  LaunchCampaign: 'CampaignLaunched',
  DeclarePhase: 'PhaseDeclared',
  RecordDocument: 'DocumentRecorded',
  RegisterOrganisation: 'OrganisationRegistered',
  RegisterResidentialArea: 'ResidentialAreaRegistered',
  DeclareResidentialAreas: 'ResidentialAreasDeclared',
  CountOrganisations: 'OrganisationsCounted',
  FormSteeringCommittee: 'SteeringCommitteeFormed',
  ReportSteeringCommittees: 'SteeringCommitteesReported',
  DesignatePilotUnit: 'PilotUnitDesignated',
  DeclareEligiblePopulation: 'EligiblePopulationDeclared',
  SetStudyTopic: 'StudyTopicSet',
  HoldClass: 'ClassHeld',
  RecordAttendance: 'AttendanceRecorded',
  ReportClasses: 'ClassesReported',
  ReportParticipation: 'ParticipationReported',
  HoldOutreachSession: 'OutreachSessionHeld',
  ReportOutreach: 'OutreachReported',
  RecordCommitments: 'CommitmentsRecorded',
  LaunchContest: 'ContestLaunched',
  SubmitEntries: 'EntriesSubmitted',
  ReportContestParticipation: 'ContestParticipationReported',
  AwardPrizes: 'PrizesAwarded',
  RateContestants: 'ContestantsRated',
  SendSelections: 'SelectionsSent',
  GrantAward: 'AwardGranted',
  DistributeMaterials: 'MaterialsDistributed',
  ConductInspection: 'InspectionConducted',
  ReportFigure: 'FigureReported',
  CorrectFact: 'FactCorrected',
} as const satisfies Record<CampaignCommandType, string>;

/** A command as plain data before decoding: the shape an application builds or reads from JSON. */
export type CampaignCommandInput = t.OutputOf<typeof CampaignCommand>;
