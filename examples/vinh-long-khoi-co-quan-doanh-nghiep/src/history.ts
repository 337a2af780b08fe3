// The Vĩnh Long provincial bloc of agencies and enterprises under Directive 05-CT/TW (the 2020
// awards at two levels and the 2021 topic), as the commands that record what the model holds of it
// today. The README lists what it cannot hold yet: recipients split by party membership, awards of
// another title, and the topic of the whole term.
import type { CampaignCommandInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT = 'Báo Vĩnh Long, 09/11/2021: "Thi đua thực hiện tốt Chỉ thị 05" (Hải Yến)';

/** The directive the report names but does not date, cited for the phase. */
export const DIRECTIVE = 'Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị';

/** Who recorded this history. */
export const RECORDER = 'campaign-ledger/examples/vinh-long-khoi-co-quan-doanh-nghiep';

/** The stream of the bloc's campaign ledger. */
export const CAMPAIGN_ID = 'vinh-long-khoi-co-quan-doanh-nghiep';

/** The organisation ids this history uses. */
export const org = {
  bloc: 'org:vinh-long/khoi-co-quan-doanh-nghiep',
  blocStanding: 'org:vinh-long/khoi-co-quan-doanh-nghiep/ban-thuong-vu',
} as const;

/** The terms this history defines: the report's words the starter vocabulary lacks. */
export const terms = {
  /** "Đảng ủy khối": a bloc Party committee, at district rank under the provincial committee. */
  blocCommittee: 'bloc-party-committee',
  /** "Cơ quan và Doanh nghiệp": the bloc of the province's agencies and of its enterprises. */
  agenciesAndEnterprises: 'agencies-enterprises',
} as const;

const quoted = (quote: string) => ({ recordedBy: RECORDER, source: { document: REPORT, quote } });
const fromDirective = () => ({ recordedBy: RECORDER, source: { document: DIRECTIVE } });

const YEAR_2021 =
  '(VLO) Năm 2021, Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh lãnh đạo cấp ủy cơ sở tiếp tục thực hiện tốt Chỉ thị 05 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh chuyên đề toàn khóa và năm 2021 “Về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc” và tổ chức kiểm tra việc xây dựng kế hoạch thực hiện.';
const AWARDS_2020 =
  'Ở chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2020, cấp cơ sở biểu dương khen thưởng 130 tập thể, 762 cá nhân (539 đảng viên, 223 quần chúng); cấp Đảng ủy khối biểu dương khen thưởng 20 tập thể và 84 cá nhân (72 đảng viên, 12 quần chúng).';
const PLEDGES = 'Các cấp ủy chỉ đạo thực hiện và báo cáo kết quả đăng ký của cá nhân trong các kỳ sinh hoạt chi bộ hàng tháng.';
const STANDING =
  'Bên cạnh, Ban Thường vụ Đảng ủy khối quyết định tặng giấy khen cho 20 tổ chức cơ sở đảng đạt tiêu chuẩn trong sạch, vững mạnh tiêu biểu năm 2020; 1 tổ chức đảng hoàn thành xuất sắc nhiệm vụ 5 năm liền.';

/**
 * The awards of one level for the 2020 topic, "biểu dương khen thưởng" (commendations and rewards
 * together), to collectives and to individuals, and the figure the article prints for each: "cấp
 * cơ sở … 130 tập thể, 762 cá nhân"; "cấp Đảng ủy khối … 20 tập thể và 84 cá nhân".
 */
const awardsOfLevel = (
  level: string,
  decidingBody: string,
  deciderId: string | undefined,
  [collectives, individuals]: readonly [number, number],
): ReadonlyArray<Command> =>
  (['collective', 'individual'] as const).flatMap((recipientKind): ReadonlyArray<Command> => {
    const count = recipientKind === 'collective' ? collectives : individuals;
    const dimensions = { stage: 'decided', decidingBody, kind: 'reward-or-commendation', recipientKind } as const;
    return [
      {
        type: 'GrantAward',
        data: {
          awardId: `award:2020/${level}/${recipientKind}`,
          period: 2020,
          ...dimensions,
          count,
          ...(deciderId === undefined ? {} : { deciderId }),
          provenance: quoted(AWARDS_2020),
        },
      },
      {
        type: 'ReportFigure',
        data: {
          figureId: `figure:2020/${level}/${recipientKind}`,
          figure: { measure: 'awards', period: 2020, ...dimensions },
          value: count,
          provenance: quoted(AWARDS_2020),
        },
      },
    ];
  });

/**
 * The bloc's year as commands: the words it uses that the starter vocabulary lacks, the bloc and
 * its standing committee, the topic of 2021, the inspection of the units' plans, the pledges
 * reported monthly (without a number), and the awards of 2020 decided at the two levels, each
 * under its deciding body: the grassroots organisations and the bloc committee.
 */
export const history: ReadonlyArray<Command> = [
  {
    // The article names the directive ("Chỉ thị 05") and the campaign, and dates no launch: the
    // launch has no date (the directive's, 15-5-2016, is the Politburo's, not the bloc's launch).
    type: 'LaunchCampaign',
    data: {
      campaignId: CAMPAIGN_ID,
      title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      directiveNumber: '05-CT/TW',
      provenance: quoted(YEAR_2021),
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
    type: 'DefineTerm',
    data: { kind: 'organisation-kind', termId: terms.blocCommittee, label: { vi: 'Đảng ủy khối', en: 'bloc Party committee' }, provenance: quoted(YEAR_2021) },
  },
  {
    // The bloc committee's units are of two blocs: its bloc holds both.
    type: 'DefineTerm',
    data: {
      kind: 'bloc',
      termId: terms.agenciesAndEnterprises,
      label: { vi: 'khối cơ quan và doanh nghiệp', en: 'agencies and enterprises' },
      narrower: ['agencies', 'enterprises'],
      provenance: quoted(YEAR_2021),
    },
  },
  {
    // "cấp Đảng ủy khối": the bloc committee's level decides; "cấp cơ sở" is the built-in
    // `grassroots-unit` (các chi, đảng bộ cơ sở).
    type: 'DefineTerm',
    data: {
      kind: 'deciding-body',
      termId: terms.blocCommittee,
      label: { vi: 'Đảng ủy khối', en: 'the bloc Party committee' },
      provenance: quoted(AWARDS_2020),
    },
  },
  {
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.bloc,
      name: 'Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh',
      kind: terms.blocCommittee,
      bloc: terms.agenciesAndEnterprises,
      provenance: quoted(YEAR_2021),
    },
  },
  {
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.blocStanding,
      name: 'Ban Thường vụ Đảng ủy khối',
      kind: 'standing-committee',
      parentId: org.bloc,
      provenance: quoted(STANDING),
    },
  },
  {
    type: 'SetStudyTopic',
    data: {
      topicId: 'topic:2021',
      year: 2021,
      title: 'Về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc',
      provenance: quoted(YEAR_2021),
    },
  },
  {
    // "tổ chức kiểm tra việc xây dựng kế hoạch thực hiện": an inspection of the units' plans,
    // without a count or findings.
    type: 'ConductInspection',
    data: { inspectionId: 'inspection:2021/plans', period: 2021, inspectorId: org.bloc, provenance: quoted(YEAR_2021) },
  },
  {
    // "báo cáo kết quả đăng ký của cá nhân … hàng tháng": personal pledges, reported on monthly in
    // 2021, the year the paragraph speaks of; how many is not said.
    type: 'RecordCommitments',
    data: { factId: 'fact:2021/pledges', organisationId: org.bloc, period: 2021, kind: 'pledge', provenance: quoted(PLEDGES) },
  },
  ...awardsOfLevel('grassroots', 'grassroots-unit', undefined, [130, 762]),
  ...awardsOfLevel('bloc', terms.blocCommittee, org.bloc, [20, 84]),
];
