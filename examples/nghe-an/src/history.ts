// The Nghệ An provincial standing committee's final review of Directive 03-CT/TW, 2011–2016, as
// the commands that record what the model holds of it today. What it cannot hold yet (the Prime
// Minister's awards above all) is listed in the README.
import type { CampaignCommandInput, FigureKeyInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT =
  'Dân trí, https://dantri.com.vn/video/tuyen-duong-84-ca-nhan-tap-the-dien-hinh-trong-phong-trao-hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh-46143.htm: Hội nghị Tổng kết 5 năm thực hiện Chỉ thị 03-CT/T.Ư của Ban Thường vụ Tỉnh ủy Nghệ An';

/** The directive the report names but does not date, cited for the campaign's launch and phase. */
export const DIRECTIVE = 'Chỉ thị số 03-CT/TW ngày 14-5-2011 của Bộ Chính trị';

/** Who recorded this history. */
export const RECORDER = 'campaign-ledger/examples/nghe-an';

/** The stream of the province's campaign ledger. */
export const CAMPAIGN_ID = 'nghe-an';

/** The organisation ids this history uses. */
export const org = {
  province: 'org:nghe-an',
  standing: 'org:nghe-an/ban-thuong-vu',
  peoplesCommittee: 'org:nghe-an/ubnd-tinh',
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
const ORGANISING =
  'Có 8 tập thể và 1 cá nhân được Ban Thường vụ Tỉnh ủy Nghệ An tặng Bằng khen về tổ chức triển khai và thực hiện Chỉ thị 03-CT/TƯ.';

/** "giai đoạn 2011 - 2016": the five years of the directive, as calendar years. */
const FIVE_YEARS = { from: 2011, to: 2016 };

type AwardData = Extract<Command, { type: 'GrantAward' }>['data'];

/**
 * One award decided at province level and the figure the article prints for it. The province has
 * two deciders of rewards (the People's Committee chairman and the standing committee): the awards
 * figure has no dimension for the decider, so both fall in one cell, and a stated reward names its
 * own fact as its part to be checked against it rather than against the cell.
 */
const decided = (award: {
  readonly name: string;
  readonly kind: AwardData['kind'];
  readonly recipientKind: AwardData['recipientKind'];
  readonly count: number;
  readonly deciderId: string;
  readonly quote: string;
  readonly instrument?: AwardData['instrument'];
  readonly ownPart: boolean;
}): ReadonlyArray<Command> => {
  const { name, kind, recipientKind, count, deciderId, quote, instrument, ownPart } = award;
  const awardId = `award:2011-2016/${name}/${recipientKind}`;
  return [
    {
      type: 'GrantAward',
      data: {
        awardId,
        period: FIVE_YEARS,
        stage: 'decided-by-province',
        kind,
        recipientKind,
        count,
        ...(instrument === undefined ? {} : { instrument }),
        deciderId,
        provenance: quoted(quote),
      },
    },
    stated(
      `figure:2011-2016/${name}/${recipientKind}`,
      { measure: 'awards', period: FIVE_YEARS, stage: 'decided-by-province', kind, recipientKind },
      ownPart ? { value: count, parts: [awardId] } : { value: count },
      quote,
    ),
  ];
};

/**
 * The province's review as commands: the bodies it names and the awards decided in the province.
 * The Prime Minister's merit diplomas (5 collectives, 10 individuals) are not recorded: no award
 * stage holds a national decision yet.
 */
export const history: ReadonlyArray<Command> = [
  {
    type: 'LaunchCampaign',
    data: {
      campaignId: CAMPAIGN_ID,
      title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh',
      // The article dates no launch: the ledger begins with the directive it reviews.
      launchedOn: '2011-05-14',
      directiveNumber: '03-CT/TW',
      provenance: fromDirective(),
    },
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
    data: { organisationId: org.standing, name: 'Ban Thường vụ Tỉnh ủy Nghệ An', kind: 'standing-committee', parentId: org.province, provenance: quoted(CONFERENCE) },
  },
  // A state body, not a Party one: it stands under no Party committee.
  { type: 'RegisterOrganisation', data: { organisationId: org.peoplesCommittee, name: 'UBND tỉnh Nghệ An', kind: 'government-office', provenance: quoted(AWARDS) } },

  ...decided({ name: 'people-committee-chairman', kind: 'reward', recipientKind: 'collective', count: 13, deciderId: org.peoplesCommittee, quote: AWARDS, instrument: 'merit-diploma', ownPart: true }),
  ...decided({ name: 'people-committee-chairman', kind: 'reward', recipientKind: 'individual', count: 17, deciderId: org.peoplesCommittee, quote: AWARDS, instrument: 'merit-diploma', ownPart: true }),
  ...decided({ name: 'standing-committee', kind: 'commendation', recipientKind: 'collective', count: 14, deciderId: org.standing, quote: AWARDS, ownPart: false }),
  ...decided({ name: 'standing-committee', kind: 'commendation', recipientKind: 'individual', count: 25, deciderId: org.standing, quote: AWARDS, ownPart: false }),
  ...decided({ name: 'standing-committee-organising', kind: 'reward', recipientKind: 'collective', count: 8, deciderId: org.standing, quote: ORGANISING, instrument: 'merit-diploma', ownPart: true }),
  ...decided({ name: 'standing-committee-organising', kind: 'reward', recipientKind: 'individual', count: 1, deciderId: org.standing, quote: ORGANISING, instrument: 'merit-diploma', ownPart: true }),
];
