// The interim review of the Gia Lai provincial agencies' Party bloc, 2007–2009, as the commands
// that record what the model holds of it today. What it cannot hold yet is listed in the README.
import type { CampaignCommandInput, FigureKeyInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT =
  'Báo Gia Lai, 22/10/2009: "Đảng bộ Khối Cơ quan Dân Chính Đảng tỉnh: 3 năm thực hiện cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”" (Thanh Nhật)';

/** The directive the report does not name, cited for the phase only. */
export const DIRECTIVE = 'Chỉ thị số 06-CT/TW ngày 7-11-2006 của Bộ Chính trị';

/** Who recorded this history. */
export const RECORDER = 'campaign-ledger/examples/gia-lai-khoi-dan-chinh-dang';

/** The stream of the bloc's campaign ledger. */
export const CAMPAIGN_ID = 'gia-lai-khoi-dan-chinh-dang';

/** The organisation ids this history uses. */
export const org = {
  province: 'org:gia-lai',
  provinceStanding: 'org:gia-lai/ban-thuong-vu',
  bloc: 'org:gia-lai/khoi-dan-chinh-dang',
  blocStanding: 'org:gia-lai/khoi-dan-chinh-dang/ban-thuong-vu',
} as const;

/** The terms this history defines: the report's words the starter vocabulary lacks. */
export const terms = {
  /** "Đảng ủy khối": a bloc Party committee, at district rank under the provincial committee. */
  blocCommittee: 'bloc-party-committee',
  /** "Ban Thường vụ Đảng ủy khối": the body that decided the certificates. */
  blocStanding: 'bloc-standing-committee',
} as const;

/** The contest id this history uses. */
export const contest = { reporters: 'contest:2007-2009/bao-cao-vien-gioi-ke-chuyen' } as const;

const quoted = (quote: string) => ({ recordedBy: RECORDER, source: { document: REPORT, quote } });
const fromDirective = () => ({ recordedBy: RECORDER, source: { document: DIRECTIVE } });
const stated = (
  figureId: string,
  figure: FigureKeyInput,
  statement: Omit<Extract<Command, { type: 'ReportFigure' }>['data'], 'figureId' | 'figure' | 'provenance'>,
  quote: string,
): Command => ({ type: 'ReportFigure', data: { figureId, figure, ...statement, provenance: quoted(quote) } });

const MEETING =
  'Ngày 21-10, Đảng bộ Khối Cơ quan Dân Chính Đảng tỉnh tổ chức Hội nghị sơ kết 3 năm thực hiện cuộc vận động  “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”.';
const SINCE_2007 =
  'Báo cáo tại Hội nghị đã đánh giá: Từ năm 2007 đến nay, trên cơ sở chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy khối đã chỉ đạo cấp ủy đảng các cơ quan đơn vị  tập trung tuyên truyền phổ biến học tập nội dung cuộc vận động trong toàn thể cán bộ, đảng viên, CNVC-LĐ.';
const CLASSES = 'Đảng ủy khối đã tổ chức 27 lớp học tập cho 8.100 lượt cán bộ, đảng viên, công chức, viên chức về các chuyên đề';
const CONTESTS =
  'Đảng ủy khối cũng đã tổ chức thành công Hội thi “Báo cáo viên giỏi kể chuyện về tấm gương đạo đức Hồ Chí Minh”, cùng các cuộc thi viết chủ đề cuộc vận động  “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”…';
const AWARDS =
  'Tại Hội nghị, Ban Thường vụ Đảng ủy khối đã tặng giấy khen cho 25 tập thể và 41 cá nhân có thành tích tiêu biểu trong việc thực hiện cuộc vận động.';

/** "Từ năm 2007 đến nay", written in October 2009: the three years the review covers. */
const THREE_YEARS = { from: 2007, to: 2009 };

/**
 * The bloc's review as commands: the words it uses that the starter vocabulary lacks (a bloc
 * committee, its standing committee as a deciding body), the organisations it names, its classes
 * and their attendances, its storytelling contest and the certificates its standing committee
 * gave. Each fact cites the sentence it was read from; every number the report prints is also
 * stated as a `ReportFigure`.
 */
export const history: ReadonlyArray<Command> = [
  {
    // The article names the campaign but gives no date for its launch in the bloc, nor the
    // directive: the launch has no date (a directive's date is not the bloc's launch).
    type: 'LaunchCampaign',
    data: { campaignId: CAMPAIGN_ID, title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', provenance: quoted(MEETING) },
  },
  {
    type: 'DeclarePhase',
    data: {
      phaseId: 'phase:06-ct-tw',
      directive: '06-CT/TW',
      issuedOn: '2006-11-07',
      title: 'Tổ chức Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”',
      fromYear: 2006,
      provenance: fromDirective(),
    },
  },
  {
    type: 'DefineTerm',
    data: {
      kind: 'organisation-kind',
      termId: terms.blocCommittee,
      label: { vi: 'Đảng ủy khối', en: 'bloc Party committee' },
      provenance: quoted(CLASSES),
    },
  },
  {
    type: 'DefineTerm',
    data: {
      kind: 'deciding-body',
      termId: terms.blocStanding,
      label: { vi: 'Ban Thường vụ Đảng ủy khối', en: "the bloc committee's standing committee" },
      provenance: quoted(AWARDS),
    },
  },
  { type: 'RegisterOrganisation', data: { organisationId: org.province, name: 'Tỉnh ủy Gia Lai', kind: 'province-committee', provenance: quoted(SINCE_2007) } },
  {
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.provinceStanding,
      name: 'Ban Thường vụ Tỉnh ủy',
      kind: 'standing-committee',
      parentId: org.province,
      provenance: quoted(SINCE_2007),
    },
  },
  {
    // A bloc committee stands at district rank under the provincial committee; its units are the
    // province's agencies.
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.bloc,
      name: 'Đảng bộ Khối Cơ quan Dân Chính Đảng tỉnh',
      kind: terms.blocCommittee,
      parentId: org.province,
      bloc: 'agencies',
      provenance: quoted(MEETING),
    },
  },
  {
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.blocStanding,
      name: 'Ban Thường vụ Đảng ủy khối',
      kind: 'standing-committee',
      parentId: org.bloc,
      provenance: quoted(SINCE_2007),
    },
  },

  {
    type: 'ReportClasses',
    data: { factId: 'fact:2007-2009/classes', organisationId: org.bloc, organiserId: org.bloc, period: THREE_YEARS, count: 27, provenance: quoted(CLASSES) },
  },
  {
    type: 'ReportParticipation',
    data: {
      factId: 'fact:2007-2009/attendances',
      organisationId: org.bloc,
      period: THREE_YEARS,
      category: 'cadres-party-members-civil-servants',
      countUnit: 'attendance',
      count: 8100,
      classesFactId: 'fact:2007-2009/classes',
      provenance: quoted(CLASSES),
    },
  },
  stated('figure:2007-2009/classes', { measure: 'classes', period: THREE_YEARS, organisationId: org.bloc }, { value: 27 }, CLASSES),
  stated(
    'figure:2007-2009/attendances',
    { measure: 'participants', period: THREE_YEARS, organisationId: org.bloc, category: 'cadres-party-members-civil-servants', countUnit: 'attendance' },
    { value: 8100, countUnit: 'attendance' },
    CLASSES,
  ),

  {
    // The report dates the contest only within the three years, and gives no figure of it. A
    // contest level is one of the administrative levels: the bloc committee's is its rank, district.
    type: 'LaunchContest',
    data: {
      contestId: contest.reporters,
      kind: 'storytelling',
      title: 'Hội thi “Báo cáo viên giỏi kể chuyện về tấm gương đạo đức Hồ Chí Minh”',
      organiserId: org.bloc,
      level: 'district',
      period: THREE_YEARS,
      provenance: quoted(CONTESTS),
    },
  },

  ...(['collective', 'individual'] as const).flatMap((recipientKind): ReadonlyArray<Command> => {
    const count = recipientKind === 'collective' ? 25 : 41;
    const awardId = `award:2007-2009/certificates/${recipientKind}`;
    return [
      {
        type: 'GrantAward',
        data: {
          awardId,
          period: THREE_YEARS,
          stage: 'decided',
          kind: 'reward',
          recipientKind,
          count,
          instrument: 'certificate-of-merit',
          decidingBody: terms.blocStanding,
          deciderId: org.blocStanding,
          provenance: quoted(AWARDS),
        },
      },
      stated(
        `figure:2007-2009/certificates/${recipientKind}`,
        {
          measure: 'awards',
          period: THREE_YEARS,
          stage: 'decided',
          decidingBody: terms.blocStanding,
          kind: 'reward',
          instrument: 'certificate-of-merit',
          recipientKind,
        },
        { value: count },
        AWARDS,
      ),
    ];
  }),
];
