import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/**
 * How a report hedged a number: "trên 12.360" (more than), "gần" (nearly), "khoảng" (about).
 * The qualifier is kept with the number; "more than 12.360" is never turned into 12.361.
 */
export const Qualifier = oneOf(
  { 'more-than': null, 'at-least': null, nearly: null, about: null, 'hundreds-of': null, 'thousands-of': null },
  'Qualifier',
);
/** How a report hedged a number. */
export type Qualifier = t.TypeOf<typeof Qualifier>;

/** The report's words for each qualifier. */
export const qualifierLabels: Labels<Qualifier> = {
  'more-than': { vi: 'trên', en: 'more than' },
  'at-least': { vi: 'ít nhất', en: 'at least' },
  nearly: { vi: 'gần', en: 'nearly' },
  about: { vi: 'khoảng', en: 'about' },
  'hundreds-of': { vi: 'hàng trăm', en: 'hundreds of' },
  'thousands-of': { vi: 'hàng nghìn', en: 'thousands of' },
};
