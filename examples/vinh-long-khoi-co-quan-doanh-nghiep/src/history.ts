// The Vĩnh Long provincial bloc of agencies and enterprises under Directive 05-CT/TW (the 2020
// awards and the 2021 topic), as the commands that record what the model holds of it today. The
// README lists what it cannot hold yet: awards decided at grassroots level, recipients split by
// party membership, and awards of another title.
import type { CampaignCommandInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT = 'Báo Vĩnh Long, 09/11/2021: "Thi đua thực hiện tốt Chỉ thị 05" (Hải Yến)';

/** The directive the report names but does not date, cited for the campaign's launch and phase. */
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

const quoted = (quote: string) => ({ recordedBy: RECORDER, source: { document: REPORT, quote } });
const fromDirective = () => ({ recordedBy: RECORDER, source: { document: DIRECTIVE } });

const YEAR_2021 =
  '(VLO) Năm 2021, Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh lãnh đạo cấp ủy cơ sở tiếp tục thực hiện tốt Chỉ thị 05 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh chuyên đề toàn khóa và năm 2021 “Về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc” và tổ chức kiểm tra việc xây dựng kế hoạch thực hiện.';
const AWARDS_2020 =
  'Ở chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2020, cấp cơ sở biểu dương khen thưởng 130 tập thể, 762 cá nhân (539 đảng viên, 223 quần chúng); cấp Đảng ủy khối biểu dương khen thưởng 20 tập thể và 84 cá nhân (72 đảng viên, 12 quần chúng).';
const STANDING =
  'Bên cạnh, Ban Thường vụ Đảng ủy khối quyết định tặng giấy khen cho 20 tổ chức cơ sở đảng đạt tiêu chuẩn trong sạch, vững mạnh tiêu biểu năm 2020; 1 tổ chức đảng hoàn thành xuất sắc nhiệm vụ 5 năm liền.';

/**
 * The bloc's year as commands: the bloc and its standing committee, the topic of 2021, the
 * inspection of the units' plans, and the awards of 2020 decided at the bloc committee's level.
 */
export const history: ReadonlyArray<Command> = [
  {
    type: 'LaunchCampaign',
    data: {
      campaignId: CAMPAIGN_ID,
      title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      // The article dates no launch: the ledger begins with the directive it names.
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
  {
    // A bloc committee (Đảng ủy khối) stands at district level under the provincial committee;
    // the vocabulary has no kind for it, and its units are of two blocs, agencies and enterprises.
    type: 'RegisterOrganisation',
    data: { organisationId: org.bloc, name: 'Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh', kind: 'other', provenance: quoted(YEAR_2021) },
  },
  {
    type: 'RegisterOrganisation',
    data: { organisationId: org.blocStanding, name: 'Ban Thường vụ Đảng ủy khối', kind: 'standing-committee', parentId: org.bloc, provenance: quoted(STANDING) },
  },
  {
    type: 'SetStudyTopic',
    data: { topicId: 'topic:2021', year: 2021, title: 'Về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc', provenance: quoted(YEAR_2021) },
  },
  {
    // "tổ chức kiểm tra việc xây dựng kế hoạch thực hiện": an inspection of the units' plans,
    // without a count or findings.
    type: 'ConductInspection',
    data: { inspectionId: 'inspection:2021/plans', period: 2021, inspectorId: org.bloc, provenance: quoted(YEAR_2021) },
  },
  ...(['collective', 'individual'] as const).flatMap((recipientKind): ReadonlyArray<Command> => {
    const count = recipientKind === 'collective' ? 20 : 84;
    return [
      {
        // "cấp Đảng ủy khối biểu dương khen thưởng": decided at the bloc committee's level, which
        // stands at district level; commendations and rewards are given together.
        type: 'GrantAward',
        data: {
          awardId: `award:2020/bloc/${recipientKind}`,
          period: 2020,
          stage: 'decided-by-district',
          kind: 'reward-or-commendation',
          recipientKind,
          count,
          deciderId: org.bloc,
          provenance: quoted(AWARDS_2020),
        },
      },
      {
        type: 'ReportFigure',
        data: {
          figureId: `figure:2020/bloc/${recipientKind}`,
          figure: { measure: 'awards', period: 2020, stage: 'decided-by-district', kind: 'reward-or-commendation', recipientKind },
          value: count,
          provenance: quoted(AWARDS_2020),
        },
      },
    ];
  }),
];
