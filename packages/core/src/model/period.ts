import * as t from 'io-ts';
import { fields } from './fields';
import { Year } from './year';

/** A span of whole years, both ends included (the four years 2007–2010 of a final review). */
export const YearRange = fields({ from: Year, to: Year }, {}, 'YearRange');
/** A span of whole years, both ends included. */
export type YearRange = t.TypeOf<typeof YearRange>;

/**
 * The period a fact is filed under: one year (most facts) or a span of years (awards decided
 * "over the four years"). Summary facts never split a span into years the report does not give.
 */
export const Period = t.union([Year, YearRange], 'Period');
/** One year or a span of years. */
export type Period = t.TypeOf<typeof Period>;

/** The first and last year of a period. */
export const periodBounds = (p: Period): { readonly from: number; readonly to: number } =>
  typeof p === 'number' ? { from: p, to: p } : { from: p.from, to: p.to };

/** A stable text key for a period: "2009" or "2007-2010". */
export const periodKey = (p: Period): string => {
  const { from, to } = periodBounds(p);
  return from === to ? String(from) : `${from}-${to}`;
};

/** Whether a calendar year lies inside a period. */
export const periodContainsYear = (p: Period, y: number): boolean => {
  const { from, to } = periodBounds(p);
  return y >= from && y <= to;
};

/** The last day of a period, the domain date of a summary fact that gives no day of its own. */
export const periodEnd = (p: Period): string => `${periodBounds(p).to}-12-31`;
