import type { Qualifier } from '../model/qualifier';
import type { StatedPercent } from '../model/statedPercent';

/**
 * The values a printed percentage stands for, in exact integers: percent units times
 * 10^`decimals`, from `low` (included) to `high` (excluded); null is unbounded. "93%" is
 * [92,5; 93,5): `{ decimals: 1, low: 925, high: 935 }`; "86,41%" is [86,405; 86,415). A qualifier
 * widens it (see `percentInterval`).
 */
export interface PercentInterval {
  readonly decimals: number;
  readonly low: number | null;
  readonly high: number | null;
}

/** Where a value lies against an interval. */
export type IntervalPosition = 'below' | 'inside' | 'above';

/** An integer range, both ends included; null is unbounded. An empty range has low > high. */
export interface IntegerRange {
  readonly low: number | null;
  readonly high: number | null;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** ⌊a/b⌋ for any signs, b ≠ 0. */
export const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
};

/** ⌈a/b⌉ for any signs, b ≠ 0. */
export const ceilDiv = (a: bigint, b: bigint): bigint => -floorDiv(-a, b);

/**
 * The interval a printed percentage stands for at its printed precision, shifted by its
 * qualifier. With X the printed value and h half its last unit (h = 0,05 for "94,2%"):
 * - no qualifier: [X − h; X + h), every value that rounds (half away from zero) to X;
 * - trên, hơn (`more-than`), ít nhất (`at-least`): [X − h; ∞), every value printed as X or above;
 * - gần (`nearly`): [0,9·X − h; X + h), just below X, never above it;
 * - khoảng (`about`): [0,9·X − h; 1,1·X + h), within a tenth of X either way;
 * - hàng trăm, hàng nghìn: [100; 1000) and [1000; 10^6) percent, whatever number is written.
 * The ends are exact at one decimal more than printed.
 */
export const percentInterval = (stated: StatedPercent, qualifier?: Qualifier): PercentInterval => {
  const decimals = stated.decimals + 1;
  const x = stated.scaled * 10;
  switch (qualifier) {
    case undefined:
      return { decimals, low: x - 5, high: x + 5 };
    case 'more-than':
    case 'at-least':
      return { decimals, low: x - 5, high: null };
    case 'nearly':
      return { decimals, low: stated.scaled * 9 - 5, high: x + 5 };
    case 'about':
      return { decimals, low: stated.scaled * 9 - 5, high: stated.scaled * 11 + 5 };
    case 'hundreds-of':
    case 'thousands-of':
      return magnitudeInterval(qualifier, decimals);
    default: {
      const unknown: never = qualifier;
      throw new TypeError(`percentInterval: unknown qualifier ${JSON.stringify(unknown)}`);
    }
  }
};

// "Hàng trăm", "hàng nghìn" say an order of magnitude, whatever number is written beside them.
const magnitudeInterval = (qualifier: 'hundreds-of' | 'thousands-of', decimals: number): PercentInterval =>
  qualifier === 'hundreds-of'
    ? { decimals, low: 100 * 10 ** decimals, high: 1000 * 10 ** decimals }
    : { decimals, low: 1000 * 10 ** decimals, high: 1_000_000 * 10 ** decimals };

/**
 * Where the percentage of numerator/denominator lies against an interval, in exact integer
 * arithmetic: 100·n·10^d is set against each end times the denominator, so nothing is rounded.
 * Throws on a denominator that is not positive (a programmer error).
 */
export const fractionAgainst = (numerator: number, denominator: number, interval: PercentInterval): IntervalPosition => {
  if (!(denominator > 0)) throw new RangeError(`fractionAgainst: denominator ${denominator} is not positive`);
  const value = BigInt(numerator) * 100n * pow10(interval.decimals);
  const d = BigInt(denominator);
  if (interval.low !== null && value < BigInt(interval.low) * d) return 'below';
  if (interval.high !== null && value >= BigInt(interval.high) * d) return 'above';
  return 'inside';
};

/**
 * The whole numerators n ≥ 0 for which n/denominator lies in the interval: the GRIM test of a
 * printed percentage. Empty (low > high) when no whole count gives it: 73,2% of 160 is not
 * possible, for 117/160 = 73,125% rounds to 73,1% and 118/160 = 73,75% to 73,8%. Throws on a
 * denominator that is not positive (a programmer error).
 */
export const numeratorRange = (denominator: number, interval: PercentInterval): IntegerRange => {
  if (!(denominator > 0)) throw new RangeError(`numeratorRange: denominator ${denominator} is not positive`);
  const scale = 100n * pow10(interval.decimals);
  const d = BigInt(denominator);
  // low ≤ 100·n·10^e/D  ⇔  n ≥ low·D / (100·10^e); and 100·n·10^e/D < high ⇔ n < high·D / (100·10^e).
  const low = interval.low === null ? 0n : ceilDiv(BigInt(interval.low) * d, scale);
  const high = interval.high === null ? null : ceilDiv(BigInt(interval.high) * d, scale) - 1n;
  return { low: Number(low < 0n ? 0n : low), high: high === null ? null : Number(high) };
};

/**
 * The whole denominators D ≥ 1 for which numerator/D lies in the interval (a numerator of 0 is
 * any denominator or none). Empty (low > high) when no denominator gives the percentage.
 */
export const denominatorRange = (numerator: number, interval: PercentInterval): IntegerRange => {
  const scaled = BigInt(numerator) * 100n * pow10(interval.decimals);
  if (numerator === 0) {
    const inside = (interval.low === null || interval.low <= 0) && (interval.high === null || interval.high > 0);
    return inside ? { low: 1, high: null } : { low: 1, high: 0 };
  }
  // value = scaled/D; value < high ⇔ D > scaled/high; value ≥ low ⇔ D ≤ scaled/low.
  const low = interval.high === null ? 1n : floorDiv(scaled, BigInt(interval.high)) + 1n;
  const high = interval.low === null || interval.low <= 0 ? null : floorDiv(scaled, BigInt(interval.low));
  return { low: Number(low < 1n ? 1n : low), high: high === null ? null : Number(high) };
};

const nonNegative = (n: bigint): number => Number(n < 0n ? 0n : n);

/**
 * The printed percentages, at `decimals` and under `qualifier`, whose interval holds
 * numerator/denominator: for no qualifier the one value the fraction rounds to, for a qualifier a
 * range (as scaled integers). Throws on a denominator that is not positive.
 */
export const statedPercentRange = (numerator: number, denominator: number, decimals: number, qualifier?: Qualifier): IntegerRange => {
  if (!(denominator > 0)) throw new RangeError(`statedPercentRange: denominator ${denominator} is not positive`);
  // v = the fraction in percent units times 10^(decimals+1), as the exact ratio a/b.
  const a = BigInt(numerator) * 100n * pow10(decimals + 1);
  const b = BigInt(denominator);
  switch (qualifier) {
    case undefined: {
      // 10s − 5 ≤ v < 10s + 5  ⇔  (v − 5)/10 < s ≤ (v + 5)/10
      const high = floorDiv(a + 5n * b, 10n * b);
      const low = floorDiv(a - 5n * b, 10n * b) + 1n;
      return { low: nonNegative(low), high: Number(high) };
    }
    case 'more-than':
    case 'at-least':
      return { low: 0, high: Number(floorDiv(a + 5n * b, 10n * b)) };
    case 'nearly':
      // 9s − 5 ≤ v < 10s + 5
      return { low: nonNegative(floorDiv(a - 5n * b, 10n * b) + 1n), high: Number(floorDiv(a + 5n * b, 9n * b)) };
    case 'about':
      // 9s − 5 ≤ v < 11s + 5
      return { low: nonNegative(floorDiv(a - 5n * b, 11n * b) + 1n), high: Number(floorDiv(a + 5n * b, 9n * b)) };
    case 'hundreds-of':
    case 'thousands-of': {
      const inside = fractionAgainst(numerator, denominator, magnitudeInterval(qualifier, decimals + 1)) === 'inside';
      return inside ? { low: 0, high: null } : { low: 1, high: 0 };
    }
    default: {
      const unknown: never = qualifier;
      throw new TypeError(`statedPercentRange: unknown qualifier ${JSON.stringify(unknown)}`);
    }
  }
};

/** Whether a range holds no integer. */
export const isEmptyRange = (r: IntegerRange): boolean => r.low !== null && r.high !== null && r.low > r.high;

/** The intersection of two integer ranges. */
export const intersectRanges = (a: IntegerRange, b: IntegerRange): IntegerRange => ({
  low: a.low === null ? b.low : b.low === null ? a.low : Math.max(a.low, b.low),
  high: a.high === null ? b.high : b.high === null ? a.high : Math.min(a.high, b.high),
});

/** Whether an integer lies in a range. */
export const inRange = (r: IntegerRange, n: number): boolean => (r.low === null || n >= r.low) && (r.high === null || n <= r.high);
