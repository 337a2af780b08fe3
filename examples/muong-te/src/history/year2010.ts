import { classes, participation, stated } from './facts';
import { type Command, org, quoted } from './source';

const TOPIC =
  'hướng dẫn các chi, đảng bộ xây dựng kế hoạch, chương trình học tập chuyên đề: “Tư tưởng đạo đức Hồ Chí Minh về xây dựng Đảng ta thật sự trong sạch, vững mạnh, là đạo đức, là văn minh” gắn với việc tổ chức đại hội đảng bộ các cấp.';
const TOTAL = 'Toàn huyện đã mở được 36 lớp với 6.713 cán bộ, đảng viên, công chức, viên chức và quần chúng nhân dân tham gia học tập.';
const DISTRICT_CLASSES =
  'Ban Chỉ đạo Cuộc vận động huyện đã tổ chức 2 lớp cho cán bộ, đảng viên, công chức, viên chức khối cơ quan trên địa bàn thị trấn với 257 đảng viên và 158 công chức, viên chức tham gia học tập;';
const UNIT_CLASSES = 'các chi, đảng bộ trực thuộc đã tổ chức được 33 lớp cho 2.648 cán bộ, đảng viên, công chức viên chức học tập;';
const OUTREACH = 'tổ chức học tập, tuyên truyền tại 120 bản, khu phố cho 10.500 lượt quần chúng nhân dân.';
const REFLECTIONS = 'Sau khi học tập, cán bộ, đảng viên, công chức, viên chức đã viết bài thu hoạch.';
const SUMMER =
  'Số cán bộ đảng viên chưa tham gia học tập chủ yếu là lực lượng giáo viên đã được Ban Chỉ đạo Cuộc vận động huyện cử báo cáo viên truyền đạt tại 5 lớp bồi dưỡng hè (từ ngày 2 đến ngày 10-8-2010).';

/**
 * 2010: the report states 36 classes and 6.713 participants, but itemises 2 + 33 classes and
 * 257 + 158 + 2.648 persons beside 10.500 attendances. The itemised parts are the facts; the
 * totals are recorded as stated. The 5 summer classes for teachers are recorded too: the report
 * says they were held, and does not count them in its 36.
 */
export const year2010: ReadonlyArray<Command> = [
  {
    type: 'SetStudyTopic',
    data: {
      topicId: 'topic:2010',
      year: 2010,
      title: 'Tư tưởng đạo đức Hồ Chí Minh về xây dựng Đảng ta thật sự trong sạch, vững mạnh, là đạo đức, là văn minh',
      provenance: quoted(TOPIC),
    },
  },
  classes('fact:2010/classes/district', 2010, 2, DISTRICT_CLASSES, {
    organiserLevel: 'district',
    organiserId: org.steering,
    bloc: 'agencies',
    topicId: 'topic:2010',
  }),
  participation('fact:2010/participants/district-party-members', 2010, 'party-members', 257, DISTRICT_CLASSES, {
    organiserLevel: 'district',
    bloc: 'agencies',
    classesFactId: 'fact:2010/classes/district',
  }),
  participation('fact:2010/participants/district-civil-servants', 2010, 'civil-servants', 158, DISTRICT_CLASSES, {
    organiserLevel: 'district',
    bloc: 'agencies',
    classesFactId: 'fact:2010/classes/district',
  }),
  classes('fact:2010/classes/units', 2010, 33, UNIT_CLASSES, { organiserLevel: 'unit', topicId: 'topic:2010' }),
  participation('fact:2010/participants/unit-classes', 2010, 'cadres-party-members-civil-servants', 2648, UNIT_CLASSES, {
    organiserLevel: 'unit',
    classesFactId: 'fact:2010/classes/units',
  }),
  {
    type: 'ReportOutreach',
    data: {
      factId: 'fact:2010/outreach',
      organisationId: org.district,
      period: 2010,
      areasReached: 120,
      attendances: 10500,
      audience: 'public',
      provenance: quoted(OUTREACH),
    },
  },
  {
    type: 'RecordCommitments',
    data: {
      factId: 'fact:2010/reflections',
      organisationId: org.district,
      period: 2010,
      kind: 'reflection',
      category: 'cadres-party-members-civil-servants',
      provenance: quoted(REFLECTIONS),
    },
  },
  classes('fact:2010/classes/teachers-summer', 2010, 5, SUMMER, {
    organiserLevel: 'district',
    organiserId: org.steering,
    audience: 'teachers',
    topicId: 'topic:2010',
    startsOn: '2010-08-02',
    endsOn: '2010-08-10',
  }),

  stated(
    'figure:2010/classes',
    { measure: 'classes', period: 2010, organisationId: org.district },
    { value: 36, parts: ['fact:2010/classes/district', 'fact:2010/classes/units'] },
    TOTAL,
  ),
  stated(
    'figure:2010/participants',
    { measure: 'participants', period: 2010, organisationId: org.district, category: 'everyone', countUnit: 'person' },
    {
      value: 6713,
      countUnit: 'person',
      parts: [
        'fact:2010/participants/district-party-members',
        'fact:2010/participants/district-civil-servants',
        'fact:2010/participants/unit-classes',
        'fact:2010/outreach',
      ],
    },
    TOTAL,
  ),
  stated(
    'figure:2010/classes/district',
    { measure: 'classes', period: 2010, organisationId: org.district, organiserLevel: 'district', bloc: 'agencies' },
    { value: 2 },
    DISTRICT_CLASSES,
  ),
  stated(
    'figure:2010/district-party-members',
    { measure: 'participants', period: 2010, organisationId: org.district, category: 'party-members', countUnit: 'person', organiserLevel: 'district' },
    { value: 257, countUnit: 'person' },
    DISTRICT_CLASSES,
  ),
  stated(
    'figure:2010/district-civil-servants',
    { measure: 'participants', period: 2010, organisationId: org.district, category: 'civil-servants', countUnit: 'person', organiserLevel: 'district' },
    { value: 158, countUnit: 'person' },
    DISTRICT_CLASSES,
  ),
  stated('figure:2010/classes/units', { measure: 'classes', period: 2010, organisationId: org.district, organiserLevel: 'unit' }, { value: 33 }, UNIT_CLASSES),
  stated(
    'figure:2010/unit-classes',
    {
      measure: 'participants',
      period: 2010,
      organisationId: org.district,
      category: 'cadres-party-members-civil-servants',
      countUnit: 'person',
      organiserLevel: 'unit',
    },
    { value: 2648, countUnit: 'person' },
    UNIT_CLASSES,
  ),
  stated('figure:2010/areas-reached', { measure: 'areas-reached', period: 2010, organisationId: org.district }, { value: 120 }, OUTREACH),
  stated(
    'figure:2010/outreach-attendances',
    { measure: 'outreach-attendances', period: 2010, organisationId: org.district },
    { value: 10500, countUnit: 'attendance' },
    OUTREACH,
  ),
  stated(
    'figure:2010/classes/teachers-summer',
    { measure: 'classes', period: 2010, organisationId: org.district, organiserLevel: 'district', audience: 'teachers' },
    { value: 5 },
    SUMMER,
  ),
];
