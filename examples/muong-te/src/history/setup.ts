import type { Bloc, OrganisationKind } from '@campaign-ledger/core';
import { CAMPAIGN_ID, type Command, doc, fromDocument, org, quoted } from './source';

const CIRCULAR =
  'Ngay khi có hướng dẫn của Ban Chỉ đạo Cuộc vận động tỉnh và Ban Tuyên giáo Tỉnh uỷ, ngày 26-11-2006, Ban Thường vụ Huyện uỷ đã ra Thông tri số 07-TT/HU về triển khai Lễ phát động Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” trong toàn Đảng bộ.';

const registration = (
  organisationId: string,
  name: string,
  kind: OrganisationKind,
  quote: string,
  extra: { parentId?: string; bloc?: Bloc } = {},
): Command => ({
  type: 'RegisterOrganisation',
  data: { organisationId, name, kind, ...extra, provenance: quoted(quote) },
});

const NAMED_UNITS =
  'Hằng năm, qua các kỳ sơ, tổng kết của chi, đảng bộ đều đánh giá, bình xét, biểu dương khen thưởng những tập thể, cá nhân điển hình tiên tiến trong học tập và làm theo tấm gương đạo đức của Bác như các đảng bộ, chi bộ: Quân sự, Công an huyện, xã Mường Tè, Thị trấn, Văn phòng Huyện uỷ, Tổ chức - Kiểm tra, Tuyên giáo - Dân vận, Nông nghiệp, Y tế…';
const WRITING_UNITS =
  'Các đơn vị có nhiều bài dự thi có chất lượng như: Đảng bộ xã Mường Tè, Thị trấn, Công an; các chi bộ Văn phòng Huyện uỷ, Văn phòng HĐND - UBND huyện, Kho bạc...';
const PILOTS =
  'Ban Chỉ đạo Cuộc vận động huyện đã xây dựng kế hoạch và lựa chọn 2 đơn vị là Đảng bộ Thị trấn và Đảng bộ xã Mường Tè để chỉ đạo điểm';

/** The campaign, its phase, the organisations the report names and the documents that guide it. */
export const setup: ReadonlyArray<Command> = [
  {
    type: 'LaunchCampaign',
    data: {
      campaignId: CAMPAIGN_ID,
      title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh',
      launchedOn: '2006-11-26',
      directiveNumber: '06-CT/TW',
      provenance: quoted(CIRCULAR),
    },
  },
  {
    type: 'DeclarePhase',
    data: {
      phaseId: 'phase:06-ct-tw',
      directive: '06-CT/TW',
      issuedOn: '2006-11-07',
      title: 'Tổ chức Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”',
      fromYear: 2006,
      provenance: fromDocument('Chỉ thị số 06-CT/TW ngày 7-11-2006 của Bộ Chính trị'),
    },
  },
  {
    type: 'RegisterOrganisation',
    data: {
      organisationId: org.politburo,
      name: 'Bộ Chính trị',
      kind: 'other',
      provenance: fromDocument('Chỉ thị số 06-CT/TW ngày 7-11-2006 của Bộ Chính trị'),
    },
  },
  registration(org.province, 'Tỉnh uỷ Lai Châu', 'province-committee', 'Thực hiện Chỉ thị của Tỉnh uỷ'),
  registration(org.provinceSteering, 'Ban Chỉ đạo Cuộc vận động tỉnh', 'steering-committee', CIRCULAR, { parentId: org.province }),
  registration(org.provincePropaganda, 'Ban Tuyên giáo Tỉnh uỷ', 'commission', CIRCULAR, { parentId: org.province }),
  registration(org.provinceYouth, 'Tỉnh đoàn Lai Châu', 'mass-organisation', 'cuộc thi “Hành trình theo chân Bác” do Tỉnh đoàn Lai Châu tổ chức', {
    parentId: org.province,
  }),
  registration(org.district, 'Huyện uỷ Mường Tè', 'district-committee', 'Đảng bộ Mường Tè học và làm theo Bác', { parentId: org.province }),
  registration(org.standing, 'Ban Thường vụ Huyện uỷ', 'standing-committee', CIRCULAR, { parentId: org.district }),
  registration(org.steering, 'Ban Chỉ đạo Cuộc vận động huyện', 'steering-committee', 'báo cáo lên Ban Chỉ đạo Cuộc vận động huyện', {
    parentId: org.district,
  }),
  registration(org.propaganda, 'Ban Tuyên giáo Huyện uỷ', 'commission', 'Ban Tuyên giáo Huyện uỷ đã cấp phát 1.246 cuốn tài liệu', { parentId: org.district }),
  registration(org.communeMuongTe, 'Đảng bộ xã Mường Tè', 'grassroots-party-committee', PILOTS, { parentId: org.district, bloc: 'rural' }),
  registration(org.township, 'Đảng bộ Thị trấn', 'grassroots-party-committee', PILOTS, { parentId: org.district, bloc: 'rural' }),
  registration(org.police, 'Đảng bộ Công an huyện', 'grassroots-party-committee', NAMED_UNITS, { parentId: org.district, bloc: 'armed-forces' }),
  registration(org.military, 'Đảng bộ Quân sự huyện', 'grassroots-party-committee', NAMED_UNITS, { parentId: org.district, bloc: 'armed-forces' }),
  registration(org.committeeOffice, 'Chi bộ Văn phòng Huyện uỷ', 'party-cell', WRITING_UNITS, { parentId: org.district, bloc: 'agencies' }),
  registration(org.councilOffice, 'Chi bộ Văn phòng HĐND - UBND huyện', 'party-cell', WRITING_UNITS, { parentId: org.district, bloc: 'agencies' }),
  registration(org.treasury, 'Chi bộ Kho bạc', 'party-cell', WRITING_UNITS, { parentId: org.district, bloc: 'agencies' }),
  registration(org.organisationInspection, 'Chi bộ Tổ chức - Kiểm tra', 'party-cell', NAMED_UNITS, { parentId: org.district, bloc: 'agencies' }),
  registration(org.propagandaMobilisation, 'Chi bộ Tuyên giáo - Dân vận', 'party-cell', NAMED_UNITS, { parentId: org.district, bloc: 'agencies' }),
  registration(org.agriculture, 'Chi bộ Nông nghiệp', 'party-cell', NAMED_UNITS, { parentId: org.district, bloc: 'agencies' }),
  registration(org.health, 'Chi bộ Y tế', 'party-cell', NAMED_UNITS, { parentId: org.district, bloc: 'agencies' }),
  registration(org.education, 'Phòng Giáo dục huyện', 'government-office', 'Phòng Giáo dục huyện tổ chức Hội thi Ngành giáo dục kể chuyện tấm gương của Bác', {
    parentId: org.district,
    bloc: 'agencies',
  }),
  registration(org.youthUnion, 'Huyện đoàn', 'mass-organisation', 'Huyện đoàn tổ chức Hội thi Chúng em kể chuyện Bác Hồ', { parentId: org.district, bloc: 'agencies' }),
  registration(org.labour, 'Liên đoàn Lao động huyện', 'mass-organisation', 'Năm 2008, Liên đoàn Lao động huyện tham gia và đạt giải 3', {
    parentId: org.district,
    bloc: 'agencies',
  }),
  registration(org.culture, 'Phòng Văn hoá - Thông tin huyện', 'government-office', 'Phòng Văn hóa-Thông tin, Đài Truyền thanh-Truyền hình huyện tham gia biên tập chương trình', {
    parentId: org.district,
    bloc: 'agencies',
  }),
  registration(org.radio, 'Đài Truyền thanh - Truyền hình huyện', 'government-office', 'Phòng Văn hóa-Thông tin, Đài Truyền thanh-Truyền hình huyện tham gia biên tập chương trình', {
    parentId: org.district,
    bloc: 'agencies',
  }),
  {
    type: 'RecordDocument',
    data: {
      documentId: doc.circular07,
      number: '07-TT/HU',
      kind: 'circular',
      issuerId: org.standing,
      purpose: 'launches',
      issuedOn: '2006-11-26',
      title: 'Về triển khai Lễ phát động Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” trong toàn Đảng bộ',
      phaseId: 'phase:06-ct-tw',
      provenance: quoted(CIRCULAR),
    },
  },
  {
    type: 'RecordDocument',
    data: {
      documentId: doc.guidance16,
      number: '16-HD/BCĐ',
      kind: 'guidance',
      issuerId: org.provinceSteering,
      purpose: 'guides',
      issuedOn: '2009-05-25',
      phaseId: 'phase:06-ct-tw',
      provenance: quoted('Năm 2009, sau khi có Hướng dẫn số 16-HD/BCĐ ngày 25-5-2009 của Ban Chỉ đạo Cuộc vận động tỉnh'),
    },
  },
  {
    type: 'RecordDocument',
    data: {
      documentId: doc.plan01,
      number: '01-KH/BTG',
      kind: 'plan',
      issuerId: org.provincePropaganda,
      purpose: 'plans',
      issuedOn: '2007-11-26',
      title: 'Về tổ chức cuộc thi viết về những điển hình “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”',
      phaseId: 'phase:06-ct-tw',
      provenance: quoted(
        'Thực hiện Kế hoạch số 01- KH/BTG, ngày 26-11-2007 của Ban Tuyên giáo Tỉnh ủy về tổ chức cuộc thi viết về những điển hình “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”',
      ),
    },
  },
];
