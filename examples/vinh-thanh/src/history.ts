// The Vĩnh Thạnh district (Bình Định) storytelling contest of 2018, as the commands that record
// what the model holds of it today. The README lists what it cannot hold yet.
import type { CampaignCommandInput, FigureKeyInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT =
  'Báo Bình Định: "Hội thi kể chuyện về tư tưởng, đạo đức, phong cách Hồ Chí Minh huyện Vĩnh Thạnh: Thí sinh Nguyễn Minh Thư đạt giải nhất" (Ngọc Ánh)';

/**
 * The directive of the phase the contest's title names ("tư tưởng, đạo đức, phong cách"): the
 * article names neither it nor the campaign, so the launch (its name, without a date) and the
 * phase cite it.
 */
export const DIRECTIVE = 'Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị';

/** Who recorded this history. */
export const RECORDER = 'campaign-ledger/examples/vinh-thanh';

/** The stream of the district's campaign ledger. */
export const CAMPAIGN_ID = 'vinh-thanh';

/** The organisation ids this history uses. */
export const org = {
  district: 'org:vinh-thanh',
  propaganda: 'org:vinh-thanh/ban-tuyen-giao',
  youthUnion: 'org:vinh-thanh/huyen-doan',
  schoolYouthUnion: 'org:vinh-thanh/huyen-doan/doan-truong-thpt-vinh-thanh',
} as const;

/** The contest id this history uses. */
export const contest = { storytelling: 'contest:2018/ke-chuyen' } as const;

const quoted = (quote: string) => ({ recordedBy: RECORDER, source: { document: REPORT, quote } });
const fromDirective = () => ({ recordedBy: RECORDER, source: { document: DIRECTIVE } });
const stated = (figureId: string, figure: FigureKeyInput, value: number, quote: string): Command => ({
  type: 'ReportFigure',
  data: { figureId, figure, value, provenance: quoted(quote) },
});

const ORGANISED =
  'Chào mừng Kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh (19.5.1890 - 19.5.2018), ngày 14.5, Ban Tuyên giáo Huyện ủy và Huyện đoàn Vĩnh Thạnh phối hợp tổ chức Hội thi Kể chuyện về tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2018.';
const CONTESTANTS = 'Tham dự Hội thi có 18 thí sinh đến từ các chi đoàn, đoàn cơ sở trên địa bàn huyện.';
const PRIZES =
  'Kết thúc Hội thi, Ban Tổ chức đã trao giải nhất cho thí sinh Nguyễn Minh Thư, Đoàn trường THPT Vĩnh Thạnh, ngoài ra còn trao 2 giải nhì, 3 giải ba và 13 giải khuyến khích.';

type Grade = Extract<Command, { type: 'AwardPrizes' }>['data']['grade'];

const prizes = (grade: Grade, count: number): ReadonlyArray<Command> => [
  { type: 'AwardPrizes', data: { factId: `fact:2018/prizes/${grade}`, contestId: contest.storytelling, year: 2018, grade, count, provenance: quoted(PRIZES) } },
  stated(`figure:2018/prizes/${grade}`, { measure: 'prizes', contestId: contest.storytelling, period: 2018, grade }, count, PRIZES),
];

/**
 * The contest as commands: its two organisers, its 18 contestants and its prizes. The first prize,
 * written without a number ("trao giải nhất cho thí sinh Nguyễn Minh Thư"), is one prize with its
 * winner; the report prints no number for it, so no figure is stated for it.
 */
export const history: ReadonlyArray<Command> = [
  {
    type: 'LaunchCampaign',
    // The article dates no launch in the district: the launch has no date (the directive's,
    // 15-5-2016, is the Politburo's, not the district's launch).
    data: {
      campaignId: CAMPAIGN_ID,
      title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      directiveNumber: '05-CT/TW',
      provenance: fromDirective(),
    },
  },
  {
    type: 'DeclarePhase',
    data: {
      phaseId: 'phase:05-ct-tw',
      directive: '05-CT/TW',
      issuedOn: '2016-05-15',
      title: 'Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      fromYear: 2016,
      provenance: fromDirective(),
    },
  },
  {
    type: 'RegisterOrganisation',
    data: { organisationId: org.district, name: 'Huyện ủy Vĩnh Thạnh', kind: 'district-committee', provenance: quoted(ORGANISED) },
  },
  {
    type: 'RegisterOrganisation',
    data: { organisationId: org.propaganda, name: 'Ban Tuyên giáo Huyện ủy', kind: 'commission', parentId: org.district, provenance: quoted(ORGANISED) },
  },
  {
    type: 'RegisterOrganisation',
    data: { organisationId: org.youthUnion, name: 'Huyện đoàn Vĩnh Thạnh', kind: 'mass-organisation', parentId: org.district, provenance: quoted(ORGANISED) },
  },
  {
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.schoolYouthUnion,
      name: 'Đoàn trường THPT Vĩnh Thạnh',
      kind: 'mass-organisation',
      parentId: org.youthUnion,
      provenance: quoted(PRIZES),
    },
  },
  {
    // Two bodies organised it together ("phối hợp tổ chức"): the propaganda commission, named
    // first, and the district Youth Union as its co-organiser.
    type: 'LaunchContest',
    data: {
      contestId: contest.storytelling,
      kind: 'storytelling',
      title: 'Hội thi Kể chuyện về tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2018',
      organiserId: org.propaganda,
      coOrganiserIds: [org.youthUnion],
      level: 'district',
      period: 2018,
      provenance: quoted(ORGANISED),
    },
  },
  {
    type: 'ReportContestParticipation',
    data: { factId: 'fact:2018/contestants', contestId: contest.storytelling, year: 2018, contestants: 18, provenance: quoted(CONTESTANTS) },
  },
  stated('figure:2018/contestants', { measure: 'contest-contestants', contestId: contest.storytelling, period: 2018 }, 18, CONTESTANTS),
  {
    type: 'AwardPrizes',
    data: {
      factId: 'fact:2018/prizes/first',
      contestId: contest.storytelling,
      year: 2018,
      grade: 'first',
      count: 1,
      recipientName: 'Nguyễn Minh Thư',
      recipientOrganisationId: org.schoolYouthUnion,
      provenance: quoted(PRIZES),
    },
  },
  ...prizes('second', 2),
  ...prizes('third', 3),
  ...prizes('consolation', 13),
];
