import { stated } from './facts';
import { type Command, contest, doc, org, quoted } from './source';

const REPORTERS_2007 =
  'Năm 2007, huyện tổ chức hội thi cấp huyện có 20 thí sinh tham dự, lựa chọn được 8 đồng chí (1 giỏi, 7 khá) và cử 1 thí sinh tham dự hội thi do tỉnh tổ chức.';
const EDUCATION_2008 =
  'Năm 2008, Phòng Giáo dục huyện tổ chức Hội thi Ngành giáo dục kể chuyện tấm gương của Bác thu hút được 68 cán bộ, giáo viên tham gia.';
const YOUTH_2008 =
  'Huyện đoàn tổ chức Hội thi Chúng em kể chuyện Bác Hồ, lựa chọn đoàn viên, thanh niên của các khối tham gia cuộc thi “Hành trình theo chân Bác” do Tỉnh đoàn Lai Châu tổ chức tại huyện và vòng chung kết tại tỉnh.';
const LABOUR_2008 = 'Năm 2008, Liên đoàn Lao động huyện tham gia và đạt giải 3 cuộc thi kể chuyện tấm gương đạo đức của Bác do tỉnh tổ chức.';
const WRITING =
  'Ban Chỉ đạo Cuộc vận động huyện, các chi, đảng bộ trực thuộc và các cấp, các ngành đã xây dựng kế hoạch, thành lập ban tổ chức, ban giám khảo, tổ thư ký, xây dựng quy chế, thể lệ cuộc thi, phân công các đồng chí trong ban tổ chức cuộc thi phụ trách cơ sở, phát động cuộc thi trong 2 năm 2009-2010.';
const WRITING_2009 =
  'Năm 2009, có 29 chi, đảng bộ trực thuộc tham gia với 242 bài dự thi, lựa chọn được 1 giải nhất, 2 giải nhì, 3 giải ba và 20 bài đạt giải khuyến khích; 1 giải cho thí sinh cao tuổi nhất, 1 giải cho thí sinh nhỏ tuổi nhất và một giải tập thể cho đơn vị có nhiều bài dự thi nhất.';
const WRITING_2010_ENTRIES = 'Năm 2010, sau hơn 1 tháng phát động cuộc thi, đã có 33 chi, đảng bộ trực thuộc tham gia với 166 bài dự thi.';
const WRITING_2010_PRIZES = 'Ban giám khảo đã lựa chọn được 1 giải nhất, 2 giải nhì, 3 giải ba, 10 giải khuyến khích.';

type Grade = Extract<Command, { type: 'AwardPrizes' }>['data']['grade'];

const prizes = (year: number, grade: Grade, count: number, quote: string): ReadonlyArray<Command> => [
  {
    type: 'AwardPrizes',
    data: { factId: `fact:${year}/writing/prizes/${grade}`, contestId: contest.writing, year, grade, count, provenance: quoted(quote) },
  },
  stated(`figure:${year}/writing/prizes/${grade}`, { measure: 'prizes', contestId: contest.writing, period: year, grade }, { value: count }, quote),
];

/** The storytelling contests of 2007–2008 and the writing contest of 2009–2010. */
export const contests: ReadonlyArray<Command> = [
  {
    type: 'LaunchContest',
    data: {
      contestId: contest.reportersProvince2007,
      kind: 'storytelling',
      title: 'Hội thi kể chuyện tấm gương đạo đức Hồ Chí Minh do tỉnh tổ chức',
      organiserId: org.province,
      level: 'province',
      period: 2007,
      provenance: quoted(REPORTERS_2007),
    },
  },
  {
    type: 'LaunchContest',
    data: {
      contestId: contest.reportersDistrict2007,
      kind: 'storytelling',
      title: 'Hội thi Báo cáo viên kể chuyện tấm gương đạo đức Hồ Chí Minh',
      organiserId: org.district,
      level: 'district',
      period: 2007,
      feedsContestId: contest.reportersProvince2007,
      provenance: quoted(REPORTERS_2007),
    },
  },
  {
    type: 'ReportContestParticipation',
    data: { factId: 'fact:2007/storytelling/contestants', contestId: contest.reportersDistrict2007, year: 2007, contestants: 20, provenance: quoted(REPORTERS_2007) },
  },
  {
    type: 'RateContestants',
    data: { factId: 'fact:2007/storytelling/excellent', contestId: contest.reportersDistrict2007, year: 2007, rating: 'excellent', count: 1, provenance: quoted(REPORTERS_2007) },
  },
  {
    type: 'RateContestants',
    data: { factId: 'fact:2007/storytelling/good', contestId: contest.reportersDistrict2007, year: 2007, rating: 'good', count: 7, provenance: quoted(REPORTERS_2007) },
  },
  {
    type: 'SendSelections',
    data: {
      factId: 'fact:2007/storytelling/sent-to-province',
      contestId: contest.reportersDistrict2007,
      year: 2007,
      count: 1,
      toContestId: contest.reportersProvince2007,
      provenance: quoted(REPORTERS_2007),
    },
  },
  stated('figure:2007/storytelling/contestants', { measure: 'contest-contestants', contestId: contest.reportersDistrict2007, period: 2007 }, { value: 20 }, REPORTERS_2007),
  stated(
    'figure:2007/storytelling/selected',
    { measure: 'ratings', contestId: contest.reportersDistrict2007, period: 2007 },
    { value: 8, parts: ['fact:2007/storytelling/excellent', 'fact:2007/storytelling/good'] },
    REPORTERS_2007,
  ),
  stated('figure:2007/storytelling/excellent', { measure: 'ratings', contestId: contest.reportersDistrict2007, period: 2007, rating: 'excellent' }, { value: 1 }, REPORTERS_2007),
  stated('figure:2007/storytelling/good', { measure: 'ratings', contestId: contest.reportersDistrict2007, period: 2007, rating: 'good' }, { value: 7 }, REPORTERS_2007),
  stated('figure:2007/storytelling/sent', { measure: 'selections', contestId: contest.reportersDistrict2007, period: 2007 }, { value: 1 }, REPORTERS_2007),

  {
    type: 'LaunchContest',
    data: {
      contestId: contest.education2008,
      kind: 'storytelling',
      title: 'Hội thi Ngành giáo dục kể chuyện tấm gương của Bác',
      organiserId: org.education,
      level: 'district',
      period: 2008,
      provenance: quoted(EDUCATION_2008),
    },
  },
  {
    type: 'ReportContestParticipation',
    data: { factId: 'fact:2008/education-storytelling/contestants', contestId: contest.education2008, year: 2008, contestants: 68, provenance: quoted(EDUCATION_2008) },
  },
  stated('figure:2008/education-storytelling/contestants', { measure: 'contest-contestants', contestId: contest.education2008, period: 2008 }, { value: 68 }, EDUCATION_2008),
  {
    type: 'LaunchContest',
    data: {
      contestId: contest.youthProvince2008,
      kind: 'storytelling',
      title: 'Cuộc thi “Hành trình theo chân Bác”',
      organiserId: org.provinceYouth,
      level: 'province',
      period: 2008,
      provenance: quoted(YOUTH_2008),
    },
  },
  {
    type: 'LaunchContest',
    data: {
      contestId: contest.youth2008,
      kind: 'storytelling',
      title: 'Hội thi Chúng em kể chuyện Bác Hồ',
      organiserId: org.youthUnion,
      level: 'district',
      period: 2008,
      feedsContestId: contest.youthProvince2008,
      provenance: quoted(YOUTH_2008),
    },
  },
  {
    type: 'LaunchContest',
    data: {
      contestId: contest.province2008,
      kind: 'storytelling',
      title: 'Cuộc thi kể chuyện tấm gương đạo đức của Bác do tỉnh tổ chức',
      organiserId: org.province,
      level: 'province',
      period: 2008,
      provenance: quoted(LABOUR_2008),
    },
  },
  {
    type: 'AwardPrizes',
    data: {
      factId: 'fact:2008/province-storytelling/labour-third',
      contestId: contest.province2008,
      year: 2008,
      grade: 'third',
      count: 1,
      recipientOrganisationId: org.labour,
      provenance: quoted(LABOUR_2008),
    },
  },
  stated('figure:2008/province-storytelling/third', { measure: 'prizes', contestId: contest.province2008, period: 2008, grade: 'third' }, { value: 1 }, LABOUR_2008),

  {
    type: 'LaunchContest',
    data: {
      contestId: contest.writing,
      kind: 'writing',
      title: 'Cuộc thi viết về “Những điển hình học tập và làm theo tấm gương đạo đức Hồ Chí Minh”',
      organiserId: org.steering,
      level: 'district',
      period: { from: 2009, to: 2010 },
      documentId: doc.plan01,
      provenance: quoted(WRITING),
    },
  },
  {
    type: 'ReportContestParticipation',
    data: { factId: 'fact:2009/writing/participation', contestId: contest.writing, year: 2009, units: 29, entries: 242, provenance: quoted(WRITING_2009) },
  },
  stated('figure:2009/writing/units', { measure: 'contest-units', contestId: contest.writing, period: 2009 }, { value: 29 }, WRITING_2009),
  stated('figure:2009/writing/entries', { measure: 'contest-entries', contestId: contest.writing, period: 2009 }, { value: 242 }, WRITING_2009),
  ...prizes(2009, 'first', 1, WRITING_2009),
  ...prizes(2009, 'second', 2, WRITING_2009),
  ...prizes(2009, 'third', 3, WRITING_2009),
  ...prizes(2009, 'consolation', 20, WRITING_2009),
  ...prizes(2009, 'oldest-entrant', 1, WRITING_2009),
  ...prizes(2009, 'youngest-entrant', 1, WRITING_2009),
  ...prizes(2009, 'collective', 1, WRITING_2009),
  {
    type: 'ReportContestParticipation',
    data: { factId: 'fact:2010/writing/participation', contestId: contest.writing, year: 2010, units: 33, entries: 166, provenance: quoted(WRITING_2010_ENTRIES) },
  },
  stated('figure:2010/writing/units', { measure: 'contest-units', contestId: contest.writing, period: 2010 }, { value: 33 }, WRITING_2010_ENTRIES),
  stated('figure:2010/writing/entries', { measure: 'contest-entries', contestId: contest.writing, period: 2010 }, { value: 166 }, WRITING_2010_ENTRIES),
  ...prizes(2010, 'first', 1, WRITING_2010_PRIZES),
  ...prizes(2010, 'second', 2, WRITING_2010_PRIZES),
  ...prizes(2010, 'third', 3, WRITING_2010_PRIZES),
  ...prizes(2010, 'consolation', 10, WRITING_2010_PRIZES),
];
