import type { Language } from './language';

const groupThousands = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * Writes a count as a report would: "3.573" in Vietnamese (dot for thousands), "3,573" in English.
 * Integers only; counts are never fractional.
 */
export const formatCount = (n: number, lang: Language): string => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`formatCount: ${n} is not an integer`);
  const sign = n < 0 ? '-' : '';
  return sign + groupThousands(String(Math.abs(n)), lang === 'vi' ? '.' : ',');
};

/**
 * Writes a scaled percentage exactly: `{ scaled: 942, decimals: 1 }` is "94,2%" in Vietnamese and
 * "94.2%" in English. No floating point is involved.
 */
export const formatPercent = (p: { readonly scaled: number; readonly decimals: number }, lang: Language): string => {
  const digits = String(Math.abs(p.scaled)).padStart(p.decimals + 1, '0');
  const whole = digits.slice(0, digits.length - p.decimals);
  const fraction = digits.slice(digits.length - p.decimals);
  const body = groupThousands(whole, lang === 'vi' ? '.' : ',') + (p.decimals > 0 ? (lang === 'vi' ? ',' : '.') + fraction : '');
  return `${p.scaled < 0 ? '-' : ''}${body}%`;
};

/** Writes a fraction of counts: "1.795/1.923". */
export const formatFraction = (numerator: number, denominator: number, lang: Language): string =>
  `${formatCount(numerator, lang)}/${formatCount(denominator, lang)}`;
