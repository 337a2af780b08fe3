// The grassroots Party committee of the Vĩnh Long labour federation, 2017, as the commands that
// record what the model holds of it today. The README lists what it cannot hold yet: the awards it
// decided itself, the 100% of pledges, the unnamed topic of 2017 and the Politburo's regulation.
import type { CampaignCommandInput, FigureKeyInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT =
  'Báo Vĩnh Long, 29/03/2018: "Biểu dương 10 tập thể, cá nhân học tập và làm theo tư tưởng đạo đức, phong cách Hồ Chí Minh" (Hạnh Uyên)';

/**
 * The directive of the phase the article's wording names ("tư tưởng, đạo đức, phong cách"): the
 * article does not name it, so the launch and the phase cite it.
 */
export const DIRECTIVE = 'Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị';

/** Who recorded this history. */
export const RECORDER = 'campaign-ledger/examples/vinh-long-lien-doan-lao-dong';

/** The stream of the grassroots committee's campaign ledger. */
export const CAMPAIGN_ID = 'vinh-long-lien-doan-lao-dong';

/** The organisation ids this history uses. */
export const org = {
  bloc: 'org:vinh-long/khoi-cac-co-quan',
  labour: 'org:vinh-long/khoi-cac-co-quan/lien-doan-lao-dong',
} as const;

const quoted = (quote: string) => ({ recordedBy: RECORDER, source: { document: REPORT, quote } });
const fromDirective = () => ({ recordedBy: RECORDER, source: { document: DIRECTIVE } });
type Statement = Omit<Extract<Command, { type: 'ReportFigure' }>['data'], 'figureId' | 'figure' | 'provenance'>;
const stated = (figureId: string, figure: FigureKeyInput, statement: Statement, quote: string): Command => ({
  type: 'ReportFigure',
  data: { figureId, figure, ...statement, provenance: quoted(quote) },
});

const MEMBERS = 'Đảng bộ cơ sở Liên đoàn Lao động tỉnh có 45 đảng viên, sinh hoạt tại 3 chi bộ trực thuộc.';
const PLEDGES =
  'Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, năm 2017, đảng bộ đã tổ chức triển khai quán triệt, phát động 100% đảng viên, cán bộ công chức cơ quan đăng ký thực hiện chuyên đề 2017 và quy định 101 của Bộ Chính trị về trách nhiệm, nêu gương người đứng đầu.';
const AWARDS =
  'Bình xét năm 2017, có 2 tập thể, 8 cá nhân được đảng bộ cơ sở khen thưởng thành tích xuất sắc trong học và làm theo Bác và đề nghị Đảng ủy Khối Các cơ quan biểu dương, khen thưởng 1 tập thể, 1 cá nhân.';

/**
 * "có 45 đảng viên, sinh hoạt tại 3 chi bộ": the committee as the article stands, in March 2018.
 * The present tense gives no period; the counts are filed under the year of the article.
 */
const AS_WRITTEN = 2018;

/**
 * The grassroots committee's year as commands: the committee and the bloc committee above it, its
 * cells and members, the pledges of 2017 (no number: the article gives only "100%"), and the
 * awards it proposed to the bloc committee.
 */
export const history: ReadonlyArray<Command> = [
  {
    type: 'LaunchCampaign',
    data: {
      campaignId: CAMPAIGN_ID,
      title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      // The article dates no launch: the ledger begins with the directive of the phase.
      launchedOn: '2016-05-15',
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
  // A bloc committee stands at district level; the vocabulary has no kind for it.
  { type: 'RegisterOrganisation', data: { organisationId: org.bloc, name: 'Đảng ủy Khối Các cơ quan', kind: 'other', provenance: quoted(AWARDS) } },
  {
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.labour,
      name: 'Đảng bộ cơ sở Liên đoàn Lao động tỉnh',
      kind: 'grassroots-party-committee',
      parentId: org.bloc,
      bloc: 'agencies',
      provenance: quoted(MEMBERS),
    },
  },
  {
    type: 'CountOrganisations',
    data: { factId: 'fact:2018/party-cells', organisationId: org.labour, kind: 'party-cell', period: AS_WRITTEN, count: 3, provenance: quoted(MEMBERS) },
  },
  {
    type: 'DeclareEligiblePopulation',
    data: { factId: 'fact:2018/party-members', organisationId: org.labour, period: AS_WRITTEN, category: 'party-members', count: 45, provenance: quoted(MEMBERS) },
  },
  stated('figure:2018/party-cells', { measure: 'organisations', organisationId: org.labour, kind: 'party-cell', period: AS_WRITTEN }, { value: 3 }, MEMBERS),
  stated('figure:2018/party-members', { measure: 'eligible', organisationId: org.labour, period: AS_WRITTEN, category: 'party-members' }, { value: 45 }, MEMBERS),
  {
    type: 'RecordCommitments',
    data: {
      factId: 'fact:2017/pledges',
      organisationId: org.labour,
      period: 2017,
      kind: 'pledge',
      category: 'cadres-party-members-civil-servants',
      provenance: quoted(PLEDGES),
    },
  },
  ...(['collective', 'individual'] as const).flatMap((recipientKind): ReadonlyArray<Command> => [
    {
      type: 'GrantAward',
      data: {
        awardId: `award:2017/proposed-to-bloc/${recipientKind}`,
        period: 2017,
        stage: 'proposed-by-unit',
        kind: 'reward-or-commendation',
        recipientKind,
        count: 1,
        proposerId: org.labour,
        deciderId: org.bloc,
        provenance: quoted(AWARDS),
      },
    },
    stated(
      `figure:2017/proposed-to-bloc/${recipientKind}`,
      { measure: 'awards', period: 2017, stage: 'proposed-by-unit', kind: 'reward-or-commendation', recipientKind },
      { value: 1 },
      AWARDS,
    ),
  ]),
];
