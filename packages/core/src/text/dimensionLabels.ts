import type { Labels } from '../model/labels';
import type { Dimension } from '../projections/dimensions';

/** Each dimension a figure can be sliced by, in words: "theo cấp tổ chức" reads "by organiser level". */
export const dimensionLabels: Labels<Dimension> = {
  bloc: { vi: 'khối', en: 'bloc' },
  organiserLevel: { vi: 'cấp tổ chức', en: 'organiser level' },
  topicId: { vi: 'chuyên đề', en: 'topic' },
  category: { vi: 'đối tượng', en: 'category' },
  countUnit: { vi: 'đơn vị đếm', en: 'count unit' },
  memberKind: { vi: 'loại tổ chức', en: 'kind of organisation' },
  kind: { vi: 'loại tổ chức', en: 'kind of organisation' },
  audience: { vi: 'đối tượng của lớp', en: 'audience' },
  activity: { vi: 'việc đã làm', en: 'activity' },
  contestId: { vi: 'hội thi, cuộc thi', en: 'contest' },
};
