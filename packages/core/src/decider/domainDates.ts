import { type Period, periodEnd } from '../model/period';

/** The last day of a year: the domain date of a fact filed under a year without a day of its own. */
export const endOfYear = (year: number): string => `${year}-12-31`;

/** The last day of a period, or null when the fact is filed under none. */
export const endOfPeriod = (period: Period | undefined): string | null => (period === undefined ? null : periodEnd(period));
