import type { Qualifier } from '../model/qualifier';
import { ceilDiv, floorDiv } from './percentInterval';

/** The range of counts a qualified number allows, both ends included; null is unbounded. */
export interface QualifierRange {
  readonly low: number | null;
  readonly high: number | null;
}

// n tenths of X, rounded to a whole count in whole-number arithmetic: no floating point decides a verdict.
const tenthsOf = (n: number, stated: number, rounding: 'up' | 'down'): number => {
  const value = BigInt(n) * BigInt(stated);
  return Number(rounding === 'up' ? ceilDiv(value, 10n) : floorDiv(value, 10n));
};

/**
 * The counts a qualified stated number X allows. The rules (docs/audit.md):
 * - "trên X", "hơn X" (`more-than`) and "ít nhất X" (`at-least`): at least X. "Trên" is read as a
 *   lower bound that X itself meets, because reports write "trên X" for a count rounded down to X
 *   (Mường Tè 2009 gives the same attendances as "trên 12.360" and as "12.360");
 * - "gần X" (`nearly`): from 90% of X, rounded up, to X: nearly is just under, never over;
 * - "khoảng X" (`about`): within 10% of X either way (90% rounded up to 110% rounded down);
 * - "hàng trăm" (`hundreds-of`): 100 to 999, and "hàng nghìn" (`thousands-of`): 1.000 to 999.999,
 *   whatever number is written beside them.
 */
export const qualifierRange = (qualifier: Qualifier, stated: number): QualifierRange => {
  switch (qualifier) {
    case 'more-than':
    case 'at-least':
      return { low: stated, high: null };
    case 'nearly':
      return { low: tenthsOf(9, stated, 'up'), high: stated };
    case 'about':
      return { low: tenthsOf(9, stated, 'up'), high: tenthsOf(11, stated, 'down') };
    case 'hundreds-of':
      return { low: 100, high: 999 };
    case 'thousands-of':
      return { low: 1000, high: 999_999 };
    default: {
      const unknown: never = qualifier;
      throw new TypeError(`qualifierRange: unknown qualifier ${JSON.stringify(unknown)}`);
    }
  }
};

/** Whether a computed count lies in the range a qualified stated number allows. */
export const qualifierHolds = (qualifier: Qualifier, stated: number, computed: number): boolean => {
  const { low, high } = qualifierRange(qualifier, stated);
  return (low === null || computed >= low) && (high === null || computed <= high);
};
