// The grassroots Party committee of the Vĩnh Long labour federation, 2017, as the commands that
// record what the model holds of it today. The README lists what it cannot hold yet: the 100% of
// pledges, the unnamed topic of 2017, and the date of the meeting that decided 2017's awards.
import type { CampaignCommandInput, FigureKeyInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT = 'Báo Vĩnh Long, 29/03/2018: "Biểu dương 10 tập thể, cá nhân học tập và làm theo tư tưởng đạo đức, phong cách Hồ Chí Minh" (Hạnh Uyên)';

/**
 * The directive of the phase the article's wording names ("tư tưởng, đạo đức, phong cách"): the
 * article does not name it, so the phase cites it.
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
  politburo: 'org:bo-chinh-tri',
} as const;

/** The terms this history defines: the report's words the starter vocabulary lacks. */
export const terms = {
  /** "Đảng ủy Khối": a bloc Party committee, at district rank under the provincial committee. */
  blocCommittee: 'bloc-party-committee',
  /** "chi bộ trực thuộc" a grassroots committee: not the cells directly under a district. */
  cellUnderGrassroots: 'party-cell-under-grassroots-committee',
  /** "đề nghị Đảng ủy Khối": a proposal to the bloc committee, not to a district. */
  proposedToBloc: 'proposed-to-bloc-committee',
  /** "quy định": a regulation of the Politburo. */
  regulation: 'regulation',
} as const;

const quoted = (quote: string) => ({ recordedBy: RECORDER, source: { document: REPORT, quote } });
const fromDirective = () => ({ recordedBy: RECORDER, source: { document: DIRECTIVE } });
type Statement = Omit<Extract<Command, { type: 'ReportFigure' }>['data'], 'figureId' | 'figure' | 'provenance'>;
const stated = (figureId: string, figure: FigureKeyInput, statement: Statement, quote: string): Command => ({
  type: 'ReportFigure',
  data: { figureId, figure, ...statement, provenance: quoted(quote) },
});

const HEADLINE = 'Biểu dương 10 tập thể, cá nhân học tập và làm theo tư tưởng đạo đức, phong cách Hồ Chí Minh';
const MEETING =
  'Ngày 28/3/2018, Đảng bộ cơ sở Liên đoàn Lao động tỉnh tổ chức hội nghị biểu dương khen thưởng tập thể, cá nhân có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2017.';
const MEMBERS = 'Đảng bộ cơ sở Liên đoàn Lao động tỉnh có 45 đảng viên, sinh hoạt tại 3 chi bộ trực thuộc.';
const PLEDGES =
  'Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, năm 2017, đảng bộ đã tổ chức triển khai quán triệt, phát động 100% đảng viên, cán bộ công chức cơ quan đăng ký thực hiện chuyên đề 2017 và quy định 101 của Bộ Chính trị về trách nhiệm, nêu gương người đứng đầu.';
const AWARDS =
  'Bình xét năm 2017, có 2 tập thể, 8 cá nhân được đảng bộ cơ sở khen thưởng thành tích xuất sắc trong học và làm theo Bác và đề nghị Đảng ủy Khối Các cơ quan biểu dương, khen thưởng 1 tập thể, 1 cá nhân.';

/**
 * "có 45 đảng viên, sinh hoạt tại 3 chi bộ": the committee as the article stands, in the present
 * tense. It gives no period: the counts are filed under the unknown period, not under a year the
 * article does not state.
 */
const AS_WRITTEN = 'unknown';

/** The awards the grassroots committee decided itself: "2 tập thể, 8 cá nhân được đảng bộ cơ sở khen thưởng". */
const decidedByCommittee = { stage: 'decided', decidingBody: 'grassroots-unit', kind: 'reward' } as const;

/**
 * The grassroots committee's year as commands: the words it uses that the starter vocabulary
 * lacks, the committee and the bloc committee above it, its cells and members, the pledges of 2017
 * (no number: the article gives only "100%") to the topic and to the Politburo's regulation, the
 * awards it decided itself, the awards it proposed to the bloc committee, and the headline's total.
 */
export const history: ReadonlyArray<Command> = [
  {
    // The article names the campaign but neither the directive nor a launch date: the launch has no
    // date (the directive's, 15-5-2016, is the Politburo's, not the committee's launch).
    type: 'LaunchCampaign',
    data: { campaignId: CAMPAIGN_ID, title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', provenance: quoted(MEETING) },
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
    type: 'DefineTerm',
    data: { kind: 'organisation-kind', termId: terms.blocCommittee, label: { vi: 'Đảng ủy khối', en: 'bloc Party committee' }, provenance: quoted(AWARDS) },
  },
  {
    // A cell under a grassroots committee is neither that committee nor a cell directly under a
    // district (the built-in `party-cell`).
    type: 'DefineTerm',
    data: {
      kind: 'organisation-kind',
      termId: terms.cellUnderGrassroots,
      label: { vi: 'chi bộ trực thuộc đảng bộ cơ sở', en: 'Party cell under a grassroots committee' },
      disjointWith: ['grassroots-party-committee', 'party-cell'],
      provenance: quoted(MEMBERS),
    },
  },
  {
    type: 'DefineTerm',
    data: {
      kind: 'award-stage',
      termId: terms.proposedToBloc,
      label: { vi: 'đề nghị Đảng ủy khối', en: 'proposed to the bloc Party committee' },
      broader: ['proposed'],
      provenance: quoted(AWARDS),
    },
  },
  { type: 'DefineTerm', data: { kind: 'document-kind', termId: terms.regulation, label: { vi: 'Quy định', en: 'regulation' }, provenance: quoted(PLEDGES) } },
  {
    type: 'RegisterOrganisation',
    data: { organisationId: org.bloc, name: 'Đảng ủy Khối Các cơ quan', kind: terms.blocCommittee, bloc: 'agencies', provenance: quoted(AWARDS) },
  },
  {
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.labour,
      name: 'Đảng bộ cơ sở Liên đoàn Lao động tỉnh',
      kind: 'grassroots-party-committee',
      parentId: org.bloc,
      provenance: quoted(MEMBERS),
    },
  },
  { type: 'RegisterOrganisation', data: { organisationId: org.politburo, name: 'Bộ Chính trị', kind: 'other', provenance: quoted(PLEDGES) } },
  {
    // "quy định 101 của Bộ Chính trị về trách nhiệm, nêu gương người đứng đầu": the number as the
    // article writes it (without its -QĐ/TW) and its subject in the article's words; members
    // pledge to carry it out with the topic, so it guides the campaign here.
    type: 'RecordDocument',
    data: {
      documentId: 'document:quy-dinh-101',
      number: '101',
      kind: terms.regulation,
      issuerId: org.politburo,
      purpose: 'guides',
      title: 'Về trách nhiệm, nêu gương người đứng đầu',
      provenance: quoted(PLEDGES),
    },
  },
  {
    type: 'CountOrganisations',
    data: {
      factId: 'fact:unknown/party-cells',
      organisationId: org.labour,
      kind: terms.cellUnderGrassroots,
      period: AS_WRITTEN,
      count: 3,
      provenance: quoted(MEMBERS),
    },
  },
  {
    type: 'DeclareEligiblePopulation',
    data: {
      factId: 'fact:unknown/party-members',
      organisationId: org.labour,
      period: AS_WRITTEN,
      category: 'party-members',
      count: 45,
      provenance: quoted(MEMBERS),
    },
  },
  stated(
    'figure:unknown/party-cells',
    { measure: 'organisations', organisationId: org.labour, kind: terms.cellUnderGrassroots, period: AS_WRITTEN },
    { value: 3 },
    MEMBERS,
  ),
  stated(
    'figure:unknown/party-members',
    { measure: 'eligible', organisationId: org.labour, period: AS_WRITTEN, category: 'party-members' },
    { value: 45 },
    MEMBERS,
  ),
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
  ...(['collective', 'individual'] as const).flatMap((recipientKind): ReadonlyArray<Command> => {
    const count = recipientKind === 'collective' ? 2 : 8;
    return [
      {
        type: 'GrantAward',
        data: {
          awardId: `award:2017/decided-by-committee/${recipientKind}`,
          period: 2017,
          ...decidedByCommittee,
          recipientKind,
          count,
          deciderId: org.labour,
          provenance: quoted(AWARDS),
        },
      },
      stated(
        `figure:2017/decided-by-committee/${recipientKind}`,
        { measure: 'awards', period: 2017, ...decidedByCommittee, recipientKind },
        { value: count },
        AWARDS,
      ),
    ];
  }),
  ...(['collective', 'individual'] as const).flatMap(
    (recipientKind): ReadonlyArray<Command> => [
      {
        type: 'GrantAward',
        data: {
          awardId: `award:2017/proposed-to-bloc/${recipientKind}`,
          period: 2017,
          stage: terms.proposedToBloc,
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
        { measure: 'awards', period: 2017, stage: terms.proposedToBloc, kind: 'reward-or-commendation', recipientKind },
        { value: 1 },
        AWARDS,
      ),
    ],
  ),
  // "Biểu dương 10 tập thể, cá nhân": the committee's own awards of 2017 (the meeting's, sentence
  // 1), collectives and individuals together; the headline says "biểu dương" where sentence 4 says
  // "khen thưởng", so the kind is left open.
  stated('figure:2017/headline', { measure: 'awards', period: 2017, stage: 'decided', decidingBody: 'grassroots-unit' }, { value: 10 }, HEADLINE),
];
