import { type CampaignCommand, type CampaignCommandType, eventTypeOfCommand } from '../src/commands/campaignCommand';
import type { CampaignEvent } from '../src/events/campaignEvent';
import type { CampaignLaunched } from '../src/events/campaignLaunched';
import { count } from '../src/model/count';
import { id } from '../src/model/identifiers';
import { isoDate } from '../src/model/isoDate';
import { text } from '../src/model/nonEmptyText';
import type { OrganisationKind } from '../src/model/organisationKind';
import type { Provenance } from '../src/model/provenance';
import { year } from '../src/model/year';

// Test data for the campaign decider, drawn from the Mường Tè report: a background history that
// registers what commands refer to, and one valid command of every type against it.

/** The provenance every fixture carries; already normalised, so accepted data equals command data. */
export const provenance: Provenance = {
  recordedBy: text('seed importer'),
  source: { document: text('Đảng bộ Mường Tè học và làm theo Bác'), locator: text('Chỉ đạo kịp thời') },
};

/** Ids of what the background history records. */
export const ids = {
  campaign: id('muong-te'),
  province: id('org:lai-chau/tinh-uy'),
  district: id('org:muong-te/huyen-uy'),
  standing: id('org:muong-te/ban-thuong-vu'),
  steering: id('org:muong-te/ban-chi-dao'),
  propaganda: id('org:muong-te/ban-tuyen-giao'),
  commune: id('org:muong-te/bum-to'),
  police: id('org:muong-te/cong-an'),
  phase: id('phase:06-ct-tw'),
  document: id('doc:07-tt-hu'),
  area: id('area:bum-to/nam-khao'),
  topic: id('topic:2007'),
  class: id('class:2007/district'),
  classesFact: id('fact:2007/classes/rural'),
  eligibleFact: id('fact:2007/eligible/party-members'),
  session: id('session:2007/nam-khao'),
  contest: id('contest:2009/storytelling/district'),
  provinceContest: id('contest:2009/storytelling/province'),
  award: id('award:2007-2010/commended'),
  distribution: id('distribution:2007/materials'),
  inspection: id('inspection:2009/grassroots'),
  figure: id('figure:2007/participants/party-members'),
} as const;

/** The CampaignLaunched that opens the stream. */
export const launched: CampaignLaunched = {
  type: 'CampaignLaunched',
  data: {
    campaignId: ids.campaign,
    title: text('Học tập và làm theo tấm gương đạo đức Hồ Chí Minh'),
    launchedOn: isoDate('2006-11-26'),
    directiveNumber: text('06-CT/TW'),
    provenance,
  },
};

const organisation = (
  organisationId: string,
  name: string,
  kind: OrganisationKind,
  parentId?: string,
): CampaignEvent => ({
  type: 'OrganisationRegistered',
  data: {
    organisationId: id(organisationId),
    name: text(name),
    kind,
    ...(parentId === undefined ? {} : { parentId: id(parentId) }),
    provenance,
  },
});

/** Everything the valid commands refer to, recorded once. */
export const history: ReadonlyArray<CampaignEvent> = [
  launched,
  {
    type: 'PhaseDeclared',
    data: {
      phaseId: ids.phase,
      directive: text('06-CT/TW'),
      issuedOn: isoDate('2006-11-07'),
      title: text('Phát động Cuộc vận động'),
      fromYear: year(2006),
      toYear: year(2011),
      provenance,
    },
  },
  organisation(ids.province, 'Tỉnh ủy Lai Châu', 'province-committee'),
  organisation(ids.district, 'Huyện ủy Mường Tè', 'district-committee', ids.province),
  organisation(ids.standing, 'Ban Thường vụ Huyện ủy', 'standing-committee', ids.district),
  organisation(ids.steering, 'Ban Chỉ đạo Cuộc vận động huyện', 'steering-committee', ids.district),
  organisation(ids.propaganda, 'Ban Tuyên giáo Huyện ủy', 'commission', ids.district),
  organisation(ids.commune, 'Đảng bộ xã Bum Tở', 'grassroots-party-committee', ids.district),
  organisation(ids.police, 'Đảng bộ Công an huyện', 'grassroots-party-committee', ids.district),
  {
    type: 'DocumentRecorded',
    data: {
      documentId: ids.document,
      number: text('07-TT/HU'),
      kind: 'circular',
      issuerId: ids.standing,
      purpose: 'launches',
      issuedOn: isoDate('2006-11-26'),
      phaseId: ids.phase,
      provenance,
    },
  },
  {
    type: 'ResidentialAreaRegistered',
    data: { areaId: ids.area, name: text('Bản Nậm Khao'), kind: 'hamlet', organisationId: ids.commune, provenance },
  },
  {
    type: 'SteeringCommitteeFormed',
    data: { organisationId: ids.district, committeeOrganisationId: ids.steering, members: count(15), provenance },
  },
  { type: 'PilotUnitDesignated', data: { organisationId: ids.commune, designatedById: ids.standing, provenance } },
  {
    type: 'StudyTopicSet',
    data: { topicId: ids.topic, year: year(2007), title: text('Đẩy mạnh Cuộc vận động'), provenance },
  },
  {
    type: 'ClassHeld',
    data: {
      classId: ids.class,
      year: year(2007),
      organiserId: ids.steering,
      organiserLevel: 'district',
      startsOn: isoDate('2007-03-05'),
      topicId: ids.topic,
      provenance,
    },
  },
  {
    type: 'AttendanceRecorded',
    data: { classId: ids.class, category: 'party-members', countUnit: 'person', count: count(120), provenance },
  },
  {
    type: 'ClassesReported',
    data: {
      factId: ids.classesFact,
      organisationId: ids.district,
      period: year(2007),
      count: count(20),
      bloc: 'rural',
      provenance,
    },
  },
  {
    type: 'EligiblePopulationDeclared',
    data: {
      factId: ids.eligibleFact,
      organisationId: ids.district,
      period: year(2007),
      category: 'party-members',
      count: count(1923),
      provenance,
    },
  },
  {
    type: 'OutreachSessionHeld',
    data: {
      sessionId: ids.session,
      areaId: ids.area,
      year: year(2007),
      heldOn: isoDate('2007-05-19'),
      attendances: count(60),
      provenance,
    },
  },
  {
    type: 'ContestLaunched',
    data: {
      contestId: ids.provinceContest,
      kind: 'storytelling',
      title: text('Hội thi kể chuyện cấp tỉnh'),
      organiserId: ids.province,
      level: 'province',
      period: year(2009),
      provenance,
    },
  },
  {
    type: 'ContestLaunched',
    data: {
      contestId: ids.contest,
      kind: 'storytelling',
      title: text('Hội thi kể chuyện về tấm gương đạo đức Hồ Chí Minh'),
      organiserId: ids.steering,
      level: 'district',
      period: year(2009),
      feedsContestId: ids.provinceContest,
      provenance,
    },
  },
  {
    type: 'AwardGranted',
    data: {
      awardId: ids.award,
      period: { from: year(2007), to: year(2010) },
      stage: 'proposed-by-unit',
      kind: 'reward-or-commendation',
      recipientKind: 'collective',
      count: count(5),
      provenance,
    },
  },
  {
    type: 'MaterialsDistributed',
    data: { distributionId: ids.distribution, period: year(2007), distributorId: ids.propaganda, copies: count(300), provenance },
  },
  {
    type: 'InspectionConducted',
    data: { inspectionId: ids.inspection, period: year(2009), inspectorId: ids.steering, count: count(4), provenance },
  },
  {
    type: 'FigureReported',
    data: {
      figureId: ids.figure,
      figure: { measure: 'participants', period: year(2007), category: 'party-members', countUnit: 'person' },
      numerator: count(1795),
      denominator: count(1923),
      provenance,
    },
  },
];

/** The command of each type, by type name. */
export type CommandOf<K extends CampaignCommandType> = Extract<CampaignCommand, { readonly type: K }>;

/** One valid command of every type: LaunchCampaign against an empty stream, every other against `history`. */
export const validCommands: { readonly [K in CampaignCommandType]: CommandOf<K> } = {
  LaunchCampaign: { type: 'LaunchCampaign', data: launched.data },
  DefineTerm: {
    type: 'DefineTerm',
    data: {
      kind: 'participant-category',
      termId: 'ethnic-minority-cadres',
      label: { vi: text('cán bộ người dân tộc thiểu số'), en: text('ethnic-minority cadres') },
      broader: ['cadres-civil-servants'],
      disjointWith: ['public'],
      provenance,
    },
  },
  DeclarePhase: {
    type: 'DeclarePhase',
    data: {
      phaseId: id('phase:03-ct-tw'),
      directive: text('03-CT/TW'),
      issuedOn: isoDate('2011-05-14'),
      title: text('Tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh'),
      fromYear: year(2011),
      toYear: year(2016),
      provenance,
    },
  },
  RecordDocument: {
    type: 'RecordDocument',
    data: {
      documentId: id('doc:16-hd-bcd'),
      number: text('16-HD/BCĐ'),
      kind: 'guidance',
      issuerId: ids.steering,
      purpose: 'guides',
      issuedOn: isoDate('2007-02-10'),
      title: text('Hướng dẫn học tập chuyên đề năm 2007'),
      phaseId: ids.phase,
      provenance,
    },
  },
  RegisterOrganisation: {
    type: 'RegisterOrganisation',
    data: {
      organisationId: id('org:muong-te/kho-bac'),
      name: text('Chi bộ Kho bạc Nhà nước huyện'),
      kind: 'party-cell',
      parentId: ids.district,
      bloc: 'agencies',
      provenance,
    },
  },
  RegisterResidentialArea: {
    type: 'RegisterResidentialArea',
    data: { areaId: id('area:bum-to/nam-ha'), name: text('Bản Nậm Hà'), kind: 'hamlet', organisationId: ids.commune, provenance },
  },
  DeclareResidentialAreas: {
    type: 'DeclareResidentialAreas',
    data: { factId: id('fact:2009/areas'), organisationId: ids.district, period: year(2009), count: count(160), provenance },
  },
  CountOrganisations: {
    type: 'CountOrganisations',
    data: {
      factId: id('fact:2007/grassroots-committees'),
      organisationId: ids.district,
      period: year(2007),
      count: count(18),
      kind: 'grassroots-party-committee',
      provenance,
    },
  },
  CountActingOrganisations: {
    type: 'CountActingOrganisations',
    data: {
      factId: id('fact:2007/committees-formed'),
      organisationId: ids.district,
      period: year(2007),
      activity: 'formed-steering-committee',
      kind: 'grassroots-party-committee',
      count: count(18),
      provenance,
    },
  },
  FormSteeringCommittee: {
    type: 'FormSteeringCommittee',
    data: {
      organisationId: ids.police,
      members: count(7),
      formedOn: isoDate('2007-01-15'),
      period: year(2007),
      documentId: ids.document,
      provenance,
    },
  },
  ReportSteeringCommittees: {
    type: 'ReportSteeringCommittees',
    data: {
      factId: id('fact:2007/steering-committees'),
      organisationId: ids.district,
      committees: count(18),
      memberKind: 'grassroots-party-committee',
      members: count(135),
      period: year(2007),
      provenance,
    },
  },
  DesignatePilotUnit: {
    type: 'DesignatePilotUnit',
    data: { organisationId: ids.police, designatedById: ids.standing, period: year(2008), provenance },
  },
  DeclareEligiblePopulation: {
    type: 'DeclareEligiblePopulation',
    data: {
      factId: id('fact:2007/eligible/cadres'),
      organisationId: ids.district,
      period: year(2007),
      category: 'cadres-civil-servants',
      count: count(1650),
      provenance,
    },
  },
  SetStudyTopic: {
    type: 'SetStudyTopic',
    data: {
      topicId: id('topic:2008'),
      year: year(2008),
      title: text('Thực hành tiết kiệm, chống tham ô, lãng phí, quan liêu'),
      works: [text('Sửa đổi lối làm việc')],
      documentId: ids.document,
      provenance,
    },
  },
  HoldClass: {
    type: 'HoldClass',
    data: {
      classId: id('class:2007/bum-to'),
      year: year(2007),
      organiserId: ids.commune,
      organiserLevel: 'unit',
      startsOn: isoDate('2007-04-02'),
      endsOn: isoDate('2007-04-03'),
      bloc: 'rural',
      topicId: ids.topic,
      title: text('Lớp học tập chuyên đề năm 2007'),
      audience: ['party-members', 'public'],
      provenance,
    },
  },
  RecordAttendance: {
    type: 'RecordAttendance',
    data: { classId: ids.class, category: 'cadres-civil-servants', countUnit: 'person', count: count(90), provenance },
  },
  ReportClasses: {
    type: 'ReportClasses',
    data: {
      factId: id('fact:2007/classes/agencies'),
      organisationId: ids.district,
      period: year(2007),
      count: count(3),
      organiserId: ids.steering,
      bloc: 'agencies',
      topicId: ids.topic,
      startsOn: isoDate('2007-03-01'),
      endsOn: isoDate('2007-03-31'),
      provenance,
    },
  },
  ReportParticipation: {
    type: 'ReportParticipation',
    data: {
      factId: id('fact:2007/participants/party-members'),
      organisationId: ids.district,
      period: year(2007),
      category: 'party-members',
      countUnit: 'person',
      count: count(1795),
      classesFactId: ids.classesFact,
      provenance,
    },
  },
  HoldOutreachSession: {
    type: 'HoldOutreachSession',
    data: {
      sessionId: id('session:2007/nam-khao/2'),
      areaId: ids.area,
      year: year(2007),
      heldOn: isoDate('2007-09-02'),
      attendances: count(75),
      topicId: ids.topic,
      provenance,
    },
  },
  ReportOutreach: {
    type: 'ReportOutreach',
    data: {
      factId: id('fact:2009/outreach'),
      organisationId: ids.district,
      period: year(2009),
      areasReached: count(117),
      attendances: count(12360),
      attendancesQualifier: 'more-than',
      provenance,
    },
  },
  RecordCommitments: {
    type: 'RecordCommitments',
    data: {
      factId: id('fact:2007/pledges'),
      organisationId: ids.district,
      period: year(2007),
      kind: 'pledge',
      count: count(1795),
      category: 'party-members',
      provenance,
    },
  },
  LaunchContest: {
    type: 'LaunchContest',
    data: {
      contestId: id('contest:2010/writing/district'),
      kind: 'writing',
      title: text('Cuộc thi viết về những tấm gương điển hình'),
      organiserId: ids.propaganda,
      level: 'district',
      period: year(2010),
      launchedOn: isoDate('2009-12-20'),
      documentId: ids.document,
      feedsContestId: ids.provinceContest,
      provenance,
    },
  },
  SubmitEntries: {
    type: 'SubmitEntries',
    data: { contestId: ids.contest, year: year(2009), organisationId: ids.commune, entries: count(4), provenance },
  },
  ReportContestParticipation: {
    type: 'ReportContestParticipation',
    data: {
      factId: id('fact:2009/storytelling/participation'),
      contestId: ids.contest,
      year: year(2009),
      units: count(30),
      entries: count(45),
      contestants: count(45),
      provenance,
    },
  },
  AwardPrizes: {
    type: 'AwardPrizes',
    data: {
      factId: id('fact:2009/storytelling/first'),
      contestId: ids.contest,
      year: year(2009),
      grade: 'first',
      count: count(1),
      recipientOrganisationId: ids.commune,
      recipientName: text('Lò Thị Mai'),
      provenance,
    },
  },
  RateContestants: {
    type: 'RateContestants',
    data: {
      factId: id('fact:2009/storytelling/excellent'),
      contestId: ids.contest,
      year: year(2009),
      rating: 'excellent',
      count: count(10),
      provenance,
    },
  },
  SendSelections: {
    type: 'SendSelections',
    data: {
      factId: id('fact:2009/storytelling/selections'),
      contestId: ids.contest,
      year: year(2009),
      count: count(3),
      toContestId: ids.provinceContest,
      provenance,
    },
  },
  GrantAward: {
    type: 'GrantAward',
    data: {
      awardId: id('award:2007-2010/decided'),
      period: { from: year(2007), to: year(2010) },
      stage: 'decided-by-district',
      kind: 'reward',
      recipientKind: 'collective',
      count: count(5),
      recipientOrganisationId: ids.commune,
      instrument: 'certificate-of-merit',
      decidedOn: isoDate('2010-05-19'),
      documentId: ids.document,
      proposerId: ids.commune,
      deciderId: ids.standing,
      provenance,
    },
  },
  DistributeMaterials: {
    type: 'DistributeMaterials',
    data: {
      distributionId: id('distribution:2008/materials'),
      period: year(2008),
      distributorId: ids.propaganda,
      copies: count(500),
      title: text('Tài liệu học tập chuyên đề năm 2008'),
      distributedOn: isoDate('2008-03-01'),
      provenance,
    },
  },
  ConductInspection: {
    type: 'ConductInspection',
    data: {
      inspectionId: id('inspection:2010/grassroots'),
      period: year(2010),
      inspectorId: ids.steering,
      count: count(2),
      subjectIds: [ids.commune, ids.police],
      conductedOn: isoDate('2010-09-10'),
      documentId: ids.document,
      findings: text('Các đơn vị triển khai nghiêm túc'),
      provenance,
    },
  },
  ReportFigure: {
    type: 'ReportFigure',
    data: {
      figureId: id('figure:2007/classes'),
      figure: { measure: 'classes', period: year(2007), organisationId: ids.district },
      value: count(24),
      parts: [ids.classesFact, ids.class],
      provenance,
    },
  },
  CorrectFact: {
    type: 'CorrectFact',
    data: {
      correctionId: id('correction:2007/classes/rural'),
      correctedFactId: ids.classesFact,
      replacement: {
        type: 'ClassesReported',
        data: { factId: ids.classesFact, organisationId: ids.district, period: year(2007), count: count(21), bloc: 'rural', provenance },
      },
      reason: text('Báo cáo gốc ghi 21 lớp khối nông thôn'),
      provenance,
    },
  },
  RetractFact: {
    type: 'RetractFact',
    data: {
      retractionId: id('retraction:2007/participants/party-members'),
      retractedFactId: ids.figure,
      reason: text('Câu này không có trong báo cáo gốc'),
      provenance,
    },
  },
};

/** A valid command with some of its data replaced. */
export const withData = <C extends CampaignCommand>(command: C, patch: Partial<C['data']>): C => ({
  ...command,
  data: { ...command.data, ...patch },
});

/** A valid command with one optional field of its data removed. */
export const withoutData = <C extends CampaignCommand>(command: C, key: keyof C['data']): C =>
  ({ ...command, data: Object.fromEntries(Object.entries(command.data).filter(([k]) => k !== key)) }) as C;

/** The event an accepted command records: its own (already normalised) data under the event type it names. */
export const recorded = (command: CampaignCommand): CampaignEvent =>
  ({ type: eventTypeOfCommand[command.type], data: command.data }) as CampaignEvent;
