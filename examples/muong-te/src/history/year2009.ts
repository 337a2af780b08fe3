import { classes, eligible, participation, stated } from './facts';
import { type Command, doc, org, quoted } from './source';

const TOPIC =
  'Năm 2009, sau khi có Hướng dẫn số 16-HD/BCĐ ngày 25-5-2009 của Ban Chỉ đạo Cuộc vận động tỉnh, Ban Chỉ đạo Cuộc vận động huyện đã tổ chức tập huấn cho các đồng chí báo cáo viên, giảng viên lý luận chính trị của huyện nội dung chuyên đề “Tư tưởng và tấm gương đạo đức Hồ Chí Minh về nâng cao ý thức trách nhiệm, hết lòng, hết sức phụng sự Tổ quốc, phục vụ nhân dân”.';
const DISTRICT_CLASS =
  'Ban Chỉ đạo Cuộc vận động huyện đã tổ chức 1 lớp cho cán bộ, đảng viên, công chức khối cơ quan với 256 người, bao gồm các báo cáo viên, giảng viên kiêm chức và đại diện của 47 chi, đảng bộ trực thuộc.';
const UNIT_CLASSES = 'Các chi, đảng bộ trực thuộc đã tổ chức được 28 lớp cho 1.854 cán bộ, đảng viên, công chức, viên chức học tập.';
const OUTREACH = 'Tổ chức học tập, tuyên truyền tại 117/160 bản, khu phố với trên 12.360 lượt người tham gia.';
const TEACHERS =
  'Đối với đội ngũ giáo viên, Ban Chỉ đạo Cuộc vận động huyện đã tổ chức triển khai học tập vào thời gian bồi dưỡng lý luận chính trị hè cho 5 lớp với 927/1.267 cán bộ, giáo viên ngành Giáo dục và Đào tạo.';
const TOTAL = 'Năm 2009, toàn huyện có 3.082 cán bộ, đảng viên, công chức, viên chức được học tập.';
const PARTY =
  'Trong đó: đảng viên là 2.181/2.321 đồng chí, đạt 94,2%, công chức, viên chức là quần chúng có 901 người tham gia học tập; tổ chức học tập, tuyên truyền tới 12.360 lượt quân chúng nhân dân.';
const PLEDGES =
  'Cán bộ, đảng viên, công chức, viên chức sau khi được học tập đã viết bản đăng ký phấn đấu học tập và làm theo tấm gương của Bác, gắn với nhiệm vụ công tác của từng người.';

/**
 * 2009: the report itemises participants twice, by organiser (256, 1.854, 927) and by category
 * (2.181 party members, 901 non-party civil servants). Both are facts of different categories;
 * 3.082 is the stated total of the category split.
 */
export const year2009: ReadonlyArray<Command> = [
  {
    type: 'SetStudyTopic',
    data: {
      topicId: 'topic:2009',
      year: 2009,
      title:
        'Tư tưởng và tấm gương đạo đức Hồ Chí Minh về nâng cao ý thức trách nhiệm, hết lòng, hết sức phụng sự Tổ quốc, phục vụ nhân dân',
      documentId: doc.guidance16,
      provenance: quoted(TOPIC),
    },
  },
  {
    type: 'CountOrganisations',
    data: { factId: 'fact:2009/units-directly-under', organisationId: org.district, period: 2009, count: 47, provenance: quoted(DISTRICT_CLASS) },
  },
  classes('fact:2009/classes/district', 2009, 1, DISTRICT_CLASS, {
    organiserLevel: 'district',
    organiserId: org.steering,
    bloc: 'agencies',
    topicId: 'topic:2009',
  }),
  participation('fact:2009/participants/district-class', 2009, 'cadres-party-members-civil-servants', 256, DISTRICT_CLASS, {
    organiserLevel: 'district',
    bloc: 'agencies',
    classesFactId: 'fact:2009/classes/district',
  }),
  classes('fact:2009/classes/units', 2009, 28, UNIT_CLASSES, { organiserLevel: 'unit', topicId: 'topic:2009' }),
  participation('fact:2009/participants/unit-classes', 2009, 'cadres-party-members-civil-servants', 1854, UNIT_CLASSES, {
    organiserLevel: 'unit',
    classesFactId: 'fact:2009/classes/units',
  }),
  {
    type: 'DeclareResidentialAreas',
    data: { factId: 'fact:2009/residential-areas', organisationId: org.district, period: 2009, count: 160, provenance: quoted(OUTREACH) },
  },
  {
    type: 'ReportOutreach',
    data: {
      factId: 'fact:2009/outreach',
      organisationId: org.district,
      period: 2009,
      areasReached: 117,
      attendances: 12360,
      attendancesQualifier: 'more-than',
      audience: 'public',
      provenance: quoted(OUTREACH),
    },
  },
  classes('fact:2009/classes/teachers', 2009, 5, TEACHERS, {
    organiserLevel: 'district',
    organiserId: org.steering,
    audience: 'teachers',
    topicId: 'topic:2009',
  }),
  eligible('fact:2009/eligible/teachers', 2009, 'teachers', 1267, TEACHERS),
  participation('fact:2009/participants/teachers', 2009, 'teachers', 927, TEACHERS, {
    organiserLevel: 'district',
    classesFactId: 'fact:2009/classes/teachers',
  }),
  eligible('fact:2009/eligible/party-members', 2009, 'party-members', 2321, PARTY),
  participation('fact:2009/participants/party-members', 2009, 'party-members', 2181, PARTY),
  participation('fact:2009/participants/non-party-civil-servants', 2009, 'non-party-civil-servants', 901, PARTY),
  {
    type: 'RecordCommitments',
    data: {
      factId: 'fact:2009/pledges',
      organisationId: org.district,
      period: 2009,
      kind: 'pledge',
      category: 'cadres-party-members-civil-servants',
      provenance: quoted(PLEDGES),
    },
  },

  stated('figure:2009/classes/district', { measure: 'classes', period: 2009, organisationId: org.district, organiserLevel: 'district', bloc: 'agencies' }, { value: 1 }, DISTRICT_CLASS),
  stated(
    'figure:2009/district-class',
    {
      measure: 'participants',
      period: 2009,
      organisationId: org.district,
      category: 'cadres-party-members-civil-servants',
      countUnit: 'person',
      organiserLevel: 'district',
    },
    { value: 256, countUnit: 'person' },
    DISTRICT_CLASS,
  ),
  stated('figure:2009/units-directly-under', { measure: 'organisations', organisationId: org.district, period: 2009 }, { value: 47 }, DISTRICT_CLASS),
  stated('figure:2009/classes/units', { measure: 'classes', period: 2009, organisationId: org.district, organiserLevel: 'unit' }, { value: 28 }, UNIT_CLASSES),
  stated(
    'figure:2009/unit-classes',
    {
      measure: 'participants',
      period: 2009,
      organisationId: org.district,
      category: 'cadres-party-members-civil-servants',
      countUnit: 'person',
      organiserLevel: 'unit',
    },
    { value: 1854, countUnit: 'person' },
    UNIT_CLASSES,
  ),
  stated('figure:2009/areas-reached', { measure: 'areas-reached', period: 2009, organisationId: org.district }, { numerator: 117, denominator: 160 }, OUTREACH),
  stated(
    'figure:2009/outreach-attendances',
    { measure: 'outreach-attendances', period: 2009, organisationId: org.district },
    { value: 12360, qualifier: 'more-than', countUnit: 'attendance' },
    OUTREACH,
  ),
  stated('figure:2009/classes/teachers', { measure: 'classes', period: 2009, organisationId: org.district, organiserLevel: 'district', audience: 'teachers' }, { value: 5 }, TEACHERS),
  stated(
    'figure:2009/teachers',
    { measure: 'participation-rate', period: 2009, organisationId: org.district, category: 'teachers' },
    { numerator: 927, denominator: 1267, countUnit: 'person' },
    TEACHERS,
  ),
  stated(
    'figure:2009/participants',
    { measure: 'participants', period: 2009, organisationId: org.district, category: 'cadres-party-members-civil-servants', countUnit: 'person' },
    { value: 3082, countUnit: 'person', parts: ['fact:2009/participants/party-members', 'fact:2009/participants/non-party-civil-servants'] },
    TOTAL,
  ),
  stated(
    'figure:2009/party-members',
    { measure: 'participation-rate', period: 2009, organisationId: org.district, category: 'party-members' },
    { numerator: 2181, denominator: 2321, percent: { scaled: 942, decimals: 1 }, countUnit: 'person' },
    PARTY,
  ),
  stated(
    'figure:2009/non-party-civil-servants',
    { measure: 'participants', period: 2009, organisationId: org.district, category: 'non-party-civil-servants', countUnit: 'person' },
    { value: 901, countUnit: 'person' },
    PARTY,
  ),
  stated(
    'figure:2009/public-attendances',
    { measure: 'outreach-attendances', period: 2009, organisationId: org.district },
    { value: 12360, countUnit: 'attendance' },
    PARTY,
  ),
];
