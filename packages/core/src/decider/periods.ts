import type { IsoDate } from '../model/isoDate';
import { yearOfDate } from '../model/isoDate';
import { isKnownPeriod, type Period, periodBounds, periodContainsYear, periodKey } from '../model/period';
import type { Check } from './checks';

/** Refuses a span of years, when one is given, that ends before it starts. */
export const requireValidPeriod = (period: Period | undefined, field: string): Check => {
  if (period === undefined || !isKnownPeriod(period)) return undefined;
  const { from, to } = periodBounds(period);
  return to < from ? { _tag: 'InvalidPeriod', field, from, to } : undefined;
};

/** Refuses a first and last year, when both are given, where the last comes before the first. */
export const requireOrderedYears = (fromYear: number, toYear: number | undefined, field: string): Check =>
  toYear !== undefined && toYear < fromYear ? { _tag: 'InvalidPeriod', field, from: fromYear, to: toYear } : undefined;

/** Refuses a date range, when both ends are given, that ends before it starts. */
export const requireDateRange = (from: IsoDate | undefined, to: IsoDate | undefined): Check =>
  // YYYY-MM-DD strings sort as the dates they write.
  from !== undefined && to !== undefined && to < from ? { _tag: 'InvalidDateRange', from, to } : undefined;

/**
 * Refuses a date, when both it and the period are given, that lies outside the period its fact is
 * filed under. A fact of unknown period may carry any date: nothing says where it belongs.
 */
export const requireDateWithin = (date: IsoDate | undefined, period: Period | undefined, field: string): Check =>
  date === undefined || period === undefined || !isKnownPeriod(period) || periodContainsYear(period, yearOfDate(date))
    ? undefined
    : { _tag: 'DateOutsidePeriod', field, date, period: periodKey(period) };

/** Refuses a year, when the period is given and known, that lies outside it. */
export const requireYearWithin = (year: number, period: Period | undefined, field: string): Check =>
  period === undefined || !isKnownPeriod(period) || periodContainsYear(period, year)
    ? undefined
    : { _tag: 'YearOutsidePeriod', field, year, period: periodKey(period) };
