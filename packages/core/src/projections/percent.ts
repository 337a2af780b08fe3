import type { ComputedPercent } from './figure';

/**
 * The percentage numerator/denominator, scaled by 10^decimals and rounded half away from zero,
 * in exact integer arithmetic: 2181/2321 at 2 decimals is 9397 (93,97%), 1795/1923 at 0 is 93.
 * The rule: take q = floor(|n|·100·10^d / den) and the remainder r; round up when 2r ≥ den, so a
 * value exactly halfway goes to the larger magnitude; the sign of n is put back afterwards. Bigint
 * arithmetic keeps it exact where floating point would misround halves such as 0,125.
 * Throws on a programmer error: a denominator that is not a positive integer, or decimals outside 0–6.
 */
export const percentOf = (numerator: number, denominator: number, decimals: number): ComputedPercent => {
  if (!Number.isSafeInteger(numerator)) throw new RangeError(`percentOf: numerator ${numerator} is not an integer`);
  if (!Number.isSafeInteger(denominator) || denominator <= 0)
    throw new RangeError(`percentOf: denominator ${denominator} is not a positive integer`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
    throw new RangeError(`percentOf: ${decimals} decimals is outside 0–6`);
  const magnitude = BigInt(Math.abs(numerator)) * 100n * 10n ** BigInt(decimals);
  const den = BigInt(denominator);
  const quotient = magnitude / den;
  const rounded = 2n * (magnitude % den) >= den ? quotient + 1n : quotient;
  const scaled = Number(numerator < 0 ? -rounded : rounded);
  return { numerator, denominator, scaled, decimals };
};

/**
 * The same fraction re-rounded from its exact value at another precision (never from the
 * already-rounded figure), to compare with a percentage a report printed at its own precision:
 * 2181/2321 is 93,97% at 2 decimals and 94,0% at 1, so a printed 94,2% does not match.
 */
export const roundedToDecimals = (p: ComputedPercent, decimals: number): ComputedPercent =>
  percentOf(p.numerator, p.denominator, decimals);
