import { stated } from './facts';
import { type Command, doc, org, quoted } from './source';

const DISTRICT_COMMITTEE =
  'Ban Thường vụ Huyện uỷ đã thành lập Ban Chỉ đạo Cuộc vận động gồm 15 đồng chí, xây dựng quy chế hoạt động và giao nhiệm vụ cụ thể cho từng thành viên;';
const GRASSROOTS_COMMITTEES =
  'Thực hiện Chỉ thị, Kế hoạch của Ban Thường vụ Huyện uỷ, 18/18 đảng bộ đã thành lập ban chỉ đạo Cuộc vận động với 135 thành viên.';
const PILOTS =
  'Ban Chỉ đạo Cuộc vận động huyện đã xây dựng kế hoạch và lựa chọn 2 đơn vị là Đảng bộ Thị trấn và Đảng bộ xã Mường Tè để chỉ đạo điểm';
const INSPECTIONS =
  'Hằng năm, Ban Chỉ đạo đã tham mưu giúp Ban Thường vụ Huyện uỷ ban hành Quyết định kiểm tra việc thực hiện Cuộc vận động, xây dựng kế hoạch kiểm tra cụ thể, chi tiết theo thời gian, thời điểm và nội dung được kiểm tra.';
const MATERIALS =
  'Ban Tuyên giáo Huyện uỷ đã cấp phát 1.246 cuốn tài liệu học tập các chuyên đề Cuộc vận động do Ban Tuyên giáo Trung ương phát hành, cuốn Làm theo lời Bác do Ban Tuyên giáo Tỉnh uỷ biên soạn.';

/** The whole span the report reviews. */
const FOUR_YEARS = { from: 2007, to: 2010 };

/**
 * Direction of the campaign over the four years: steering committees, pilot units, inspections
 * and materials. The report dates none of these within the span, so they are filed under 2007–2010.
 */
export const direction: ReadonlyArray<Command> = [
  {
    type: 'FormSteeringCommittee',
    data: { organisationId: org.district, committeeOrganisationId: org.steering, members: 15, documentId: doc.circular07, provenance: quoted(DISTRICT_COMMITTEE) },
  },
  {
    type: 'CountOrganisations',
    data: {
      factId: 'fact:2007-2010/grassroots-party-committees',
      organisationId: org.district,
      kind: 'grassroots-party-committee',
      period: FOUR_YEARS,
      count: 18,
      provenance: quoted(GRASSROOTS_COMMITTEES),
    },
  },
  {
    type: 'ReportSteeringCommittees',
    data: {
      factId: 'fact:2007-2010/grassroots-steering-committees',
      organisationId: org.district,
      memberKind: 'grassroots-party-committee',
      committees: 18,
      members: 135,
      period: FOUR_YEARS,
      provenance: quoted(GRASSROOTS_COMMITTEES),
    },
  },
  { type: 'DesignatePilotUnit', data: { organisationId: org.township, designatedById: org.steering, provenance: quoted(PILOTS) } },
  { type: 'DesignatePilotUnit', data: { organisationId: org.communeMuongTe, designatedById: org.steering, provenance: quoted(PILOTS) } },
  {
    type: 'ConductInspection',
    data: { inspectionId: 'inspection:2007-2010', period: FOUR_YEARS, inspectorId: org.standing, provenance: quoted(INSPECTIONS) },
  },
  {
    type: 'DistributeMaterials',
    data: {
      distributionId: 'distribution:2007-2010',
      period: FOUR_YEARS,
      distributorId: org.propaganda,
      copies: 1246,
      title: 'Tài liệu học tập các chuyên đề Cuộc vận động; cuốn Làm theo lời Bác',
      provenance: quoted(MATERIALS),
    },
  },

  stated(
    'figure:committee/district-members',
    { measure: 'steering-committee-members', organisationId: org.district, memberKind: 'district-committee' },
    { value: 15, countUnit: 'person' },
    DISTRICT_COMMITTEE,
  ),
  stated(
    'figure:committees/grassroots',
    { measure: 'steering-committees', organisationId: org.district, memberKind: 'grassroots-party-committee' },
    { numerator: 18, denominator: 18 },
    GRASSROOTS_COMMITTEES,
  ),
  stated(
    'figure:committees/grassroots-members',
    { measure: 'steering-committee-members', organisationId: org.district, memberKind: 'grassroots-party-committee' },
    { value: 135, countUnit: 'person' },
    GRASSROOTS_COMMITTEES,
  ),
  stated('figure:pilot-units', { measure: 'pilot-units', organisationId: org.district }, { value: 2 }, PILOTS),
  stated('figure:materials', { measure: 'materials', period: FOUR_YEARS, organisationId: org.district }, { value: 1246 }, MATERIALS),
];
