import { classes, participation, stated } from './facts';
import { type Command, org, quoted } from './source';

const TOPIC =
  'Năm 2008, tổ chức quán triệt, học tập chuyên đề Tư tưởng tấm gương đạo đức Hồ Chí Minh về “Thực hành tiết kiệm, chống tham ô, lãng phí, quan liêu” và tác phẩm “Sửa đổi lối làm việc” của Chủ tịch Hồ Chí Minh.';
const KEY_CADRES =
  'Ban Chỉ đạo Cuộc vận động đã phối hợp với cơ sở tiến hành triển khai 1 lớp cho cán bộ chủ chốt với 228 đồng chí tham gia;';
const UNITS = 'các chi, đảng bộ tự tổ chức 52 lớp với 1.917 đảng viên tham gia, đạt 91%.';
const COMMUNES = 'Trong đó có các lớp triển khai tại xã, bản, khu phố với 5.245 lượt người tham gia.';

/**
 * 2008: one district class for key cadres and 52 unit classes. The report gives 91% for party
 * members without a denominator: the rate is recorded as stated and is not computable.
 */
export const year2008: ReadonlyArray<Command> = [
  {
    type: 'SetStudyTopic',
    data: {
      topicId: 'topic:2008',
      year: 2008,
      title: 'Tư tưởng tấm gương đạo đức Hồ Chí Minh về “Thực hành tiết kiệm, chống tham ô, lãng phí, quan liêu”',
      works: ['Sửa đổi lối làm việc'],
      provenance: quoted(TOPIC),
    },
  },
  classes('fact:2008/classes/key-cadres', 2008, 1, KEY_CADRES, {
    organiserLevel: 'district',
    organiserId: org.steering,
    audience: 'key-cadres',
    topicId: 'topic:2008',
  }),
  participation('fact:2008/participants/key-cadres', 2008, 'key-cadres', 228, KEY_CADRES, {
    organiserLevel: 'district',
    classesFactId: 'fact:2008/classes/key-cadres',
  }),
  classes('fact:2008/classes/units', 2008, 52, UNITS, { organiserLevel: 'unit', topicId: 'topic:2008' }),
  participation('fact:2008/participants/party-members', 2008, 'party-members', 1917, UNITS, {
    organiserLevel: 'unit',
    classesFactId: 'fact:2008/classes/units',
  }),
  participation('fact:2008/attendances/communes', 2008, 'everyone', 5245, COMMUNES, {
    countUnit: 'attendance',
    organiserLevel: 'unit',
    classesFactId: 'fact:2008/classes/units',
  }),

  stated(
    'figure:2008/classes/key-cadres',
    { measure: 'classes', period: 2008, organisationId: org.district, organiserLevel: 'district' },
    { value: 1 },
    KEY_CADRES,
  ),
  stated(
    'figure:2008/key-cadres',
    { measure: 'participants', period: 2008, organisationId: org.district, category: 'key-cadres', countUnit: 'person' },
    { value: 228, countUnit: 'person' },
    KEY_CADRES,
  ),
  stated('figure:2008/classes/units', { measure: 'classes', period: 2008, organisationId: org.district, organiserLevel: 'unit' }, { value: 52 }, UNITS),
  stated(
    'figure:2008/party-members',
    { measure: 'participation-rate', period: 2008, organisationId: org.district, category: 'party-members' },
    { numerator: 1917, percent: { scaled: 91, decimals: 0 }, countUnit: 'person' },
    UNITS,
  ),
  stated(
    'figure:2008/attendances/communes',
    { measure: 'participants', period: 2008, organisationId: org.district, category: 'everyone', countUnit: 'attendance' },
    { value: 5245, countUnit: 'attendance' },
    COMMUNES,
  ),
];
