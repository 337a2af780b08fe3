// The Nghệ An provincial standing committee's final review of Directive 03-CT/TW, 2011–2016, as
// the commands that record what the model holds of it today: the awards of the three bodies that
// decided them, each under its own deciding body. What it cannot hold yet is listed in the README.
import type { CampaignCommandInput, FigureKeyInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT =
  'Dân trí, https://dantri.com.vn/video/tuyen-duong-84-ca-nhan-tap-the-dien-hinh-trong-phong-trao-hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh-46143.htm: Hội nghị Tổng kết 5 năm thực hiện Chỉ thị 03-CT/T.Ư của Ban Thường vụ Tỉnh ủy Nghệ An';

/** The directive the report names but does not date, cited for the phase. */
export const DIRECTIVE = 'Chỉ thị số 03-CT/TW ngày 14-5-2011 của Bộ Chính trị';

/** Who recorded this history. */
export const RECORDER = 'campaign-ledger/examples/nghe-an';

/** The stream of the province's campaign ledger. */
export const CAMPAIGN_ID = 'nghe-an';

/** The organisation ids this history uses. */
export const org = {
  province: 'org:nghe-an',
  standing: 'org:nghe-an/ban-thuong-vu',
} as const;

/** The deciding bodies this history defines: the three bodies that gave the awards, none of them in the starter vocabulary. */
export const bodies = {
  primeMinister: 'prime-minister',
  chairman: 'province-peoples-committee-chairman',
  standing: 'province-standing-committee',
} as const;

const quoted = (quote: string) => ({ recordedBy: RECORDER, source: { document: REPORT, quote } });
const fromDirective = () => ({ recordedBy: RECORDER, source: { document: DIRECTIVE } });
type Statement = Omit<Extract<Command, { type: 'ReportFigure' }>['data'], 'figureId' | 'figure' | 'provenance'>;
const stated = (figureId: string, figure: FigureKeyInput, statement: Statement, quote: string): Command => ({
  type: 'ReportFigure',
  data: { figureId, figure, ...statement, provenance: quoted(quote) },
});

const CONFERENCE =
  'Sáng 27/5, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức Hội nghị Tổng kết 5 năm thực hiện Chỉ thị 03-CT/T.Ư của Bộ Chính trị về “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”.';
const AWARDS =
  'Nhân dịp này, Thủ tướng Chính phủ đã tặng Bằng khen cho 5 tập thể, 10 cá nhân; Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen cho 13 tập thể, 17 cá nhân; Ban Thường vụ Tỉnh ủy biểu dương 14 tập thể, 25 cá nhân điển hình trong phong trào thi đua “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” giai đoạn 2011 - 2016.';
const ORGANISING = 'Có 8 tập thể và 1 cá nhân được Ban Thường vụ Tỉnh ủy Nghệ An tặng Bằng khen về tổ chức triển khai và thực hiện Chỉ thị 03-CT/TƯ.';

/** "giai đoạn 2011 - 2016": the five years of the directive, as calendar years. */
export const FIVE_YEARS = { from: 2011, to: 2016 };

type AwardData = Extract<Command, { type: 'GrantAward' }>['data'];

/**
 * One award and the figure the article prints for it, keyed by its stage, its deciding body, its
 * kind, its recipients and its instrument when the sentence names one: each body's awards are a
 * cell of their own, so each statement is checked against its own award.
 */
const decided = (award: {
  readonly name: string;
  readonly period: AwardData['period'];
  readonly stage: AwardData['stage'];
  readonly decidingBody: string;
  readonly kind: AwardData['kind'];
  readonly recipientKind: AwardData['recipientKind'];
  readonly count: number;
  readonly quote: string;
  readonly instrument?: AwardData['instrument'];
  readonly deciderId?: string;
}): ReadonlyArray<Command> => {
  const { name, period, stage, decidingBody, kind, recipientKind, count, quote, instrument, deciderId } = award;
  const slug = period === 'unknown' ? 'unknown' : '2011-2016';
  const dimensions = { stage, decidingBody, kind, recipientKind, ...(instrument === undefined ? {} : { instrument }) };
  return [
    {
      type: 'GrantAward',
      data: {
        awardId: `award:${slug}/${name}/${recipientKind}`,
        period,
        ...dimensions,
        count,
        ...(deciderId === undefined ? {} : { deciderId }),
        provenance: quoted(quote),
      },
    },
    stated(`figure:${slug}/${name}/${recipientKind}`, { measure: 'awards', period, ...dimensions }, { value: count }, quote),
  ];
};

/** A body's awards to collectives and to individuals, as the article gives them: "cho 5 tập thể, 10 cá nhân". */
const decidedForBoth = ({
  counts: [collectives, individuals],
  ...award
}: Omit<Parameters<typeof decided>[0], 'recipientKind' | 'count'> & { readonly counts: readonly [number, number] }): ReadonlyArray<Command> => [
  ...decided({ ...award, recipientKind: 'collective', count: collectives }),
  ...decided({ ...award, recipientKind: 'individual', count: individuals }),
];

const define = (termId: string, vi: string, en: string, broader?: ReadonlyArray<string>): Command => ({
  type: 'DefineTerm',
  data: { kind: 'deciding-body', termId, label: { vi, en }, ...(broader === undefined ? {} : { broader: [...broader] }), provenance: quoted(AWARDS) },
});

/**
 * The province's review as commands: the bodies it names and the awards each decided. The period
 * "giai đoạn 2011 - 2016", written once at the end of the sentence that gives the three bodies'
 * awards, is read for all three; the merit diplomas for organising the directive, in a sentence of
 * their own with no period, are filed under the unknown period.
 */
export const history: ReadonlyArray<Command> = [
  {
    // The article names the directive and the campaign, and dates no launch: the launch has no
    // date (the directive's date, 14-5-2011, is the Politburo's, not the province's launch).
    type: 'LaunchCampaign',
    data: { campaignId: CAMPAIGN_ID, title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', directiveNumber: '03-CT/TW', provenance: quoted(CONFERENCE) },
  },
  {
    type: 'DeclarePhase',
    data: {
      phaseId: 'phase:03-ct-tw',
      directive: '03-CT/TW',
      issuedOn: '2011-05-14',
      title: 'Về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh',
      fromYear: 2011,
      provenance: fromDirective(),
    },
  },
  { type: 'RegisterOrganisation', data: { organisationId: org.province, name: 'Tỉnh ủy Nghệ An', kind: 'province-committee', provenance: quoted(CONFERENCE) } },
  {
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.standing,
      name: 'Ban Thường vụ Tỉnh ủy Nghệ An',
      kind: 'standing-committee',
      parentId: org.province,
      provenance: quoted(CONFERENCE),
    },
  },
  // A national decision: no level of the province's.
  define(bodies.primeMinister, 'Thủ tướng Chính phủ', 'the Prime Minister'),
  // Two provincial bodies, a State one and a Party one: both decide for the province.
  define(bodies.chairman, 'Chủ tịch UBND tỉnh', "the chairman of the provincial People's Committee", ['province']),
  define(bodies.standing, 'Ban Thường vụ Tỉnh ủy', 'the provincial standing committee', ['province']),

  ...decidedForBoth({
    name: 'prime-minister',
    period: FIVE_YEARS,
    stage: 'decided',
    decidingBody: bodies.primeMinister,
    kind: 'reward',
    counts: [5, 10],
    instrument: 'merit-diploma',
    quote: AWARDS,
  }),
  ...decidedForBoth({
    name: 'people-committee-chairman',
    period: FIVE_YEARS,
    stage: 'decided-by-province',
    decidingBody: bodies.chairman,
    kind: 'reward',
    counts: [13, 17],
    instrument: 'merit-diploma',
    quote: AWARDS,
  }),
  ...decidedForBoth({
    name: 'standing-committee',
    period: FIVE_YEARS,
    stage: 'decided-by-province',
    decidingBody: bodies.standing,
    kind: 'commendation',
    counts: [14, 25],
    deciderId: org.standing,
    quote: AWARDS,
  }),
  ...decidedForBoth({
    name: 'standing-committee-organising',
    period: 'unknown',
    stage: 'decided-by-province',
    decidingBody: bodies.standing,
    kind: 'reward',
    counts: [8, 1],
    instrument: 'merit-diploma',
    deciderId: org.standing,
    quote: ORGANISING,
  }),
];
