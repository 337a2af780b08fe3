// The Hưng Nguyên district (Nghệ An) final review of Directive 03-CT/TW, 2011–2016, as the
// commands that record what the model holds of it today: the campaign, its phase and the district.
// Neither of its figures can be held yet (rates by bloc without counts; awards at every level of
// the district, by no named body); the README lists them with the gaps they show.
import type { CampaignCommandInput } from '@campaign-ledger/core';

/** A command as plain data; the ledger decodes each before it decides it. */
export type Command = CampaignCommandInput;

/** The article every fact of this history is read from. */
export const REPORT = 'Báo Nghệ An: "Đảng bộ Hưng Nguyên tuyên dương điển hình \'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh\'"';

/** The directive the report names but does not date, cited for the campaign's launch and phase. */
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

/**
 * The district's review as commands: the campaign and the district. The figures stay in the
 * article until the model can hold them.
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
  {
    type: 'RegisterOrganisation',
    data: { organisationId: org.district, name: 'Đảng bộ huyện Hưng Nguyên', kind: 'district-committee', provenance: quoted(CONFERENCE) },
  },
];
