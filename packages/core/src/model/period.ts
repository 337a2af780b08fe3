import * as t from 'io-ts';
import { fields } from './fields';
import { Year } from './year';

/** A span of whole years, both ends included (the four years 2007–2010 of a final review). */
export const YearRange = fields({ from: Year, to: Year }, {}, 'YearRange');
/** A span of whole years, both ends included. */
export type YearRange = t.TypeOf<typeof YearRange>;

/**
 * The period of a fact whose source gives none (an article that says what was done, not when):
 * written `"unknown"`. Such a fact counts only in cells that fix no period, or that fix the
 * unknown period itself; never in a year or a span.
 */
export const UnknownPeriod = t.literal('unknown', 'UnknownPeriod');
/** The period of a fact whose source gives none. */
export type UnknownPeriod = t.TypeOf<typeof UnknownPeriod>;

/** A period a source gives: one year or a span of years. */
export const KnownPeriod = t.union([Year, YearRange], 'KnownPeriod');
/** One year or a span of years. */
export type KnownPeriod = t.TypeOf<typeof KnownPeriod>;

/**
 * The period a fact is filed under: one year (most facts), a span of years (awards decided "over
 * the four years", "sơ kết 3 năm"), or `"unknown"` when the source gives none. Summary facts never
 * split a span into years the report does not give.
 */
export const Period = t.union([Year, YearRange, UnknownPeriod], 'Period');
/** One year, a span of years, or unknown. */
export type Period = t.TypeOf<typeof Period>;

/** Whether a period is one a source gave (a year or a span), not unknown. */
export const isKnownPeriod = (p: Period): p is KnownPeriod => p !== 'unknown';

/** The first and last year of a known period. */
export const periodBounds = (p: KnownPeriod): { readonly from: number; readonly to: number } =>
  typeof p === 'number' ? { from: p, to: p } : { from: p.from, to: p.to };

/** A stable text key for a period: "2009", "2007-2010" or "unknown". */
export const periodKey = (p: Period): string => {
  if (!isKnownPeriod(p)) return 'unknown';
  const { from, to } = periodBounds(p);
  return from === to ? String(from) : `${from}-${to}`;
};

/** Whether a calendar year lies inside a period; it never lies inside the unknown period. */
export const periodContainsYear = (p: Period, y: number): boolean => {
  if (!isKnownPeriod(p)) return false;
  return y >= firstYear(p) && y <= lastYear(p);
};

// The bounds one at a time, without an object: figures test periods once per fact they meet.
const firstYear = (p: KnownPeriod): number => (typeof p === 'number' ? p : p.from);
const lastYear = (p: KnownPeriod): number => (typeof p === 'number' ? p : p.to);

/**
 * Whether a period lies wholly inside another: a span is never split into the years it covers,
 * and the unknown period lies only inside itself.
 */
export const periodWithin = (inner: Period, outer: Period): boolean => {
  if (!isKnownPeriod(inner) || !isKnownPeriod(outer)) return inner === outer;
  return firstYear(inner) >= firstYear(outer) && lastYear(inner) <= lastYear(outer);
};

/** The last day of a period, the domain date of a summary fact that gives no day of its own; none for the unknown period. */
export const periodEnd = (p: Period): string | null => (isKnownPeriod(p) ? `${periodBounds(p).to}-12-31` : null);
