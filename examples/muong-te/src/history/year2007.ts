import { classes, eligible, participation, stated } from './facts';
import { type Command, org, quoted } from './source';

const TOPIC =
  'Năm 2007, Ban Thường vụ Huyện uỷ đã lãnh đạo, tổ chức nghiên cứu, quán triệt và học tập chuyên đề: Đẩy mạnh Cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", tác phẩm “Nâng cao đạo đức cách mạng, quét sạch chủ nghĩa cá nhân” và Di chúc của Người.';
const CLASSES =
  'Trong năm 2007 đã mở 24 lớp với 3.573 người tham gia học tập (khối cơ quan 3 lớp, khối nông thôn 20 lớp, khối LLVT 1 lớp, đảng viên tham gia 1.795/1.923 đồng chí, đạt 93%, cán bộ, công chức là 1.483/1.650 người, đạt 90%).';

/** 2007: the first topic, 24 classes by bloc, participants and rates by category. */
export const year2007: ReadonlyArray<Command> = [
  {
    type: 'SetStudyTopic',
    data: {
      topicId: 'topic:2007',
      year: 2007,
      title: 'Đẩy mạnh Cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"',
      works: ['Nâng cao đạo đức cách mạng, quét sạch chủ nghĩa cá nhân', 'Di chúc của Chủ tịch Hồ Chí Minh'],
      provenance: quoted(TOPIC),
    },
  },
  classes('fact:2007/classes/agencies', 2007, 3, CLASSES, { bloc: 'agencies', topicId: 'topic:2007' }),
  classes('fact:2007/classes/rural', 2007, 20, CLASSES, { bloc: 'rural', topicId: 'topic:2007' }),
  classes('fact:2007/classes/armed-forces', 2007, 1, CLASSES, { bloc: 'armed-forces', topicId: 'topic:2007' }),
  participation('fact:2007/participants/everyone', 2007, 'everyone', 3573, CLASSES),
  eligible('fact:2007/eligible/party-members', 2007, 'party-members', 1923, CLASSES),
  participation('fact:2007/participants/party-members', 2007, 'party-members', 1795, CLASSES),
  eligible('fact:2007/eligible/cadres-civil-servants', 2007, 'cadres-civil-servants', 1650, CLASSES),
  participation('fact:2007/participants/cadres-civil-servants', 2007, 'cadres-civil-servants', 1483, CLASSES),

  stated(
    'figure:2007/classes',
    { measure: 'classes', period: 2007, organisationId: org.district },
    { value: 24, parts: ['fact:2007/classes/agencies', 'fact:2007/classes/rural', 'fact:2007/classes/armed-forces'] },
    CLASSES,
  ),
  stated('figure:2007/classes/agencies', { measure: 'classes', period: 2007, organisationId: org.district, bloc: 'agencies' }, { value: 3 }, CLASSES),
  stated('figure:2007/classes/rural', { measure: 'classes', period: 2007, organisationId: org.district, bloc: 'rural' }, { value: 20 }, CLASSES),
  stated(
    'figure:2007/classes/armed-forces',
    { measure: 'classes', period: 2007, organisationId: org.district, bloc: 'armed-forces' },
    { value: 1 },
    CLASSES,
  ),
  stated(
    'figure:2007/participants',
    { measure: 'participants', period: 2007, organisationId: org.district, category: 'everyone', countUnit: 'person' },
    { value: 3573, countUnit: 'person' },
    CLASSES,
  ),
  stated(
    'figure:2007/party-members',
    { measure: 'participation-rate', period: 2007, organisationId: org.district, category: 'party-members' },
    { numerator: 1795, denominator: 1923, percent: { scaled: 93, decimals: 0 }, countUnit: 'person' },
    CLASSES,
  ),
  stated(
    'figure:2007/cadres-civil-servants',
    { measure: 'participation-rate', period: 2007, organisationId: org.district, category: 'cadres-civil-servants' },
    { numerator: 1483, denominator: 1650, percent: { scaled: 90, decimals: 0 }, countUnit: 'person' },
    CLASSES,
  ),
];
