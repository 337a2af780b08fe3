import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/**
 * What a participation count counts: persons (người, đồng chí) or attendances (lượt), where one
 * person may be counted many times. The two are never added together.
 */
export const CountUnit = oneOf({ person: null, attendance: null }, 'CountUnit');
/** Persons or attendances. */
export type CountUnit = t.TypeOf<typeof CountUnit>;

/** The report's words for each count unit. */
export const countUnitLabels: Labels<CountUnit> = {
  person: { vi: 'người', en: 'persons' },
  attendance: { vi: 'lượt người', en: 'attendances' },
};
