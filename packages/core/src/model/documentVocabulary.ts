import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/** The kind of a guiding document, read from its number ("07-TT/HU" is a circular). */
export const DocumentKind = oneOf(
  {
    directive: null,
    conclusion: null,
    circular: null,
    guidance: null,
    plan: null,
    decision: null,
    resolution: null,
    report: null,
    article: null,
    other: null,
  },
  'DocumentKind',
);
/** The kind of a guiding document. */
export type DocumentKind = t.TypeOf<typeof DocumentKind>;

/** What a document does for the campaign. */
export const DocumentPurpose = oneOf(
  { launches: null, guides: null, plans: null, decides: null, reports: null },
  'DocumentPurpose',
);
/** What a document does for the campaign. */
export type DocumentPurpose = t.TypeOf<typeof DocumentPurpose>;

/** The report's words for each document kind. */
export const documentKindLabels: Labels<DocumentKind> = {
  directive: { vi: 'Chỉ thị', en: 'directive' },
  conclusion: { vi: 'Kết luận', en: 'conclusion' },
  circular: { vi: 'Thông tri', en: 'circular' },
  guidance: { vi: 'Hướng dẫn', en: 'guidance' },
  plan: { vi: 'Kế hoạch', en: 'plan' },
  decision: { vi: 'Quyết định', en: 'decision' },
  resolution: { vi: 'Nghị quyết', en: 'resolution' },
  report: { vi: 'Báo cáo', en: 'report' },
  article: { vi: 'Bài viết', en: 'article' },
  other: { vi: 'Văn bản', en: 'document' },
};
