// The Hưng Nguyên district (Nghệ An) final review of Directive 03-CT/TW, 2011–2016, as the
// commands that record what the model holds of it today: the campaign, its phase, the district,
// the study rates by bloc as the article prints them (percentages only) and the awards of the
// whole district, by no named body. The README lists what it cannot hold yet.
import type { CampaignCommandInput, FigureKeyInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT = 'Báo Nghệ An: "Đảng bộ Hưng Nguyên tuyên dương điển hình \'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh\'"';

/** The directive the report names but does not date, cited for the phase. */
export const DIRECTIVE = 'Chỉ thị số 03-CT/TW ngày 14-5-2011 của Bộ Chính trị';

/** Who recorded this history. */
export const RECORDER = 'campaign-ledger/examples/hung-nguyen';

/** The stream of the district's campaign ledger. */
export const CAMPAIGN_ID = 'hung-nguyen';

/** The organisation ids this history uses. */
export const org = { district: 'org:hung-nguyen' } as const;

const quoted = (quote: string) => ({ recordedBy: RECORDER, source: { document: REPORT, quote } });
const fromDirective = () => ({ recordedBy: RECORDER, source: { document: DIRECTIVE } });

const CONFERENCE =
  '(Baonghean.vn) - Đảng bộ Hưng Nguyên tổ chức Hội nghị tổng kết 5 năm thực hiện Chỉ thị 03 – CT/TW của Bộ Chính trị về “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” giai đoạn 2011 - 2016 và biểu dương các tập thể, cá nhân điển hình.';
const RATES = 'Tỷ lệ học tập chuyên đề của khối cơ quan đạt 97%, khối nông thôn đạt 97%, khối lực lượng vũ trang đạt 100%.';
// The number is glued to the word before it in the article ("khen thưởng195"); quoted as written.
const AWARDS = 'Toàn huyện đã biểu dương khen thưởng195 tập thể và 320 cá nhân tiêu biểu.';

/**
 * "tổng kết 5 năm … giai đoạn 2011 - 2016 và biểu dương các tập thể, cá nhân điển hình": the
 * period sentence 1 gives the review and its honours, read for the results the article lists.
 */
export const FIVE_YEARS = { from: 2011, to: 2016 };

/**
 * "Tỷ lệ học tập chuyên đề": the share of those who should study the topics, of whatever category.
 * The article names none, so the rate is of every category (`everyone`), in persons (none named).
 */
export const RATE_CATEGORY = 'everyone';

type Bloc = Extract<FigureKeyInput, { measure: 'participation-rate' }>['bloc'];

const rate = (bloc: Bloc & string, percent: number): Command => ({
  type: 'ReportFigure',
  data: {
    figureId: `figure:2011-2016/topic-study-rate/${bloc}`,
    figure: { measure: 'participation-rate', period: FIVE_YEARS, organisationId: org.district, category: RATE_CATEGORY, bloc },
    // "đạt 97%": a percentage only, with no numerator, no denominator and no qualifier.
    percent: { scaled: percent, decimals: 0 },
    provenance: quoted(RATES),
  },
});

/**
 * The district's review as commands: the campaign and the district, the three rates by bloc, and
 * the honours of the whole district. The rates have no counts behind them, so the ledger cannot
 * compute them; they are stated so that a report shows them beside whatever a later history
 * declares.
 */
export const history: ReadonlyArray<Command> = [
  {
    // The article names the directive and the campaign, and dates no launch: the launch has no
    // date (the directive's date, 14-5-2011, is the Politburo's, not the district's launch).
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
  {
    type: 'RegisterOrganisation',
    data: { organisationId: org.district, name: 'Đảng bộ huyện Hưng Nguyên', kind: 'district-committee', provenance: quoted(CONFERENCE) },
  },

  rate('agencies', 97),
  rate('rural', 97),
  rate('armed-forces', 100),

  ...(['collective', 'individual'] as const).flatMap((recipientKind): ReadonlyArray<Command> => {
    const count = recipientKind === 'collective' ? 195 : 320;
    // "Toàn huyện": decided at every level of the district, by no body the article names;
    // "biểu dương khen thưởng": commendations and rewards together.
    const dimensions = { stage: 'decided', kind: 'reward-or-commendation', recipientKind } as const;
    return [
      {
        type: 'GrantAward',
        data: { awardId: `award:2011-2016/district-wide/${recipientKind}`, period: FIVE_YEARS, ...dimensions, count, provenance: quoted(AWARDS) },
      },
      {
        type: 'ReportFigure',
        data: {
          figureId: `figure:2011-2016/district-wide/${recipientKind}`,
          figure: { measure: 'awards', period: FIVE_YEARS, ...dimensions },
          value: count,
          provenance: quoted(AWARDS),
        },
      },
    ];
  }),
];
