import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/**
 * The kinds of term a history's vocabulary holds: each is a dimension facts are told apart by,
 * whose words differ from report to report (a report's own grouping of participants, a body that
 * decides awards, a kind of contest). The kinds themselves are the model's grammar, read by its
 * code, so they are a closed list; the terms of each kind are data (`TermDefined`).
 */
export const TermKind = oneOf(
  {
    'participant-category': null,
    'count-unit': null,
    'organisation-kind': null,
    bloc: null,
    'residential-area-kind': null,
    activity: null,
    'document-kind': null,
    'commitment-kind': null,
    'contest-kind': null,
    'prize-grade': null,
    'contest-rating': null,
    'award-stage': null,
    'award-kind': null,
    'award-instrument': null,
    'deciding-body': null,
  },
  'TermKind',
);
/** A kind of term. */
export type TermKind = t.TypeOf<typeof TermKind>;

/** Every kind of term, in the order the glossary lists them. */
export const termKinds: ReadonlyArray<TermKind> = Object.keys(TermKind.keys) as ReadonlyArray<TermKind>;

/** What each kind of term names, in the report's words and in English. */
export const termKindLabels: Labels<TermKind> = {
  'participant-category': { vi: 'đối tượng tham gia', en: 'participant category' },
  'count-unit': { vi: 'đơn vị đếm', en: 'count unit' },
  'organisation-kind': { vi: 'loại tổ chức', en: 'organisation kind' },
  bloc: { vi: 'khối', en: 'bloc' },
  'residential-area-kind': { vi: 'loại địa bàn dân cư', en: 'residential area kind' },
  activity: { vi: 'việc tổ chức đã làm', en: 'activity' },
  'document-kind': { vi: 'loại văn bản', en: 'document kind' },
  'commitment-kind': { vi: 'loại bản viết sau học tập', en: 'commitment kind' },
  'contest-kind': { vi: 'loại hội thi, cuộc thi', en: 'contest kind' },
  'prize-grade': { vi: 'loại giải', en: 'prize grade' },
  'contest-rating': { vi: 'xếp loại thí sinh', en: 'contest rating' },
  'award-stage': { vi: 'bước khen thưởng', en: 'award stage' },
  'award-kind': { vi: 'hình thức khen', en: 'award kind' },
  'award-instrument': { vi: 'hình thức tặng', en: 'award instrument' },
  'deciding-body': { vi: 'cấp quyết định khen thưởng', en: 'deciding body' },
};
