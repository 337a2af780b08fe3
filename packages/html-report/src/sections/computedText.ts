import { type ComputedValue, type Language, type StatedValue, formatCount, formatFraction, formatPercent } from '@campaign-ledger/core';

const QUALIFIERS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  'more-than': { vi: 'trên', en: 'more than' },
  'at-least': { vi: 'ít nhất', en: 'at least' },
  nearly: { vi: 'gần', en: 'nearly' },
  about: { vi: 'khoảng', en: 'about' },
  'hundreds-of': { vi: 'hàng trăm', en: 'hundreds of' },
  'thousands-of': { vi: 'hàng nghìn', en: 'thousands of' },
};

/** A number with the word a report hedged it with: "trên 12.360". */
export const qualified = (text: string, qualifier: string | undefined, lang: Language): string =>
  qualifier === undefined ? text : `${QUALIFIERS[qualifier]?.[lang] ?? qualifier} ${text}`;

/**
 * The number of a computed figure as the figures table writes it ("1.795/1.923 = 93,34%", "trên
 * 12.360", "24"), or undefined when it has none. The page's script writes it again from the log it
 * embeds, and compares the two.
 */
export const computedNumberText = (c: ComputedValue, lang: Language): string | undefined => {
  if (c.status === 'no-data') return undefined;
  if (c.percent !== undefined) return `${formatFraction(c.percent.numerator, c.percent.denominator, lang)} = ${formatPercent(c.percent, lang)}`;
  if (c.value === null) return undefined;
  if (c.status === 'not-computable') return formatCount(c.value, lang);
  return qualified(formatCount(c.value, lang), c.qualifiers[0], lang);
};

const REACHED = { vi: 'đạt', en: '' } as const;

/** A statement's numbers as the report printed them: "2.181/2.321, đạt 94,2%", "trên 12.360". */
export const statedNumberText = (s: StatedValue, lang: Language): string => {
  const parts: string[] = [];
  if (s.value !== undefined) parts.push(qualified(formatCount(s.value, lang), s.qualifier, lang));
  if (s.numerator !== undefined) parts.push(s.denominator === undefined ? formatCount(s.numerator, lang) : formatFraction(s.numerator, s.denominator, lang));
  else if (s.denominator !== undefined) parts.push(`?/${formatCount(s.denominator, lang)}`);
  if (s.percent !== undefined) parts.push(`${REACHED[lang] === '' ? '' : `${REACHED[lang]} `}${qualified(formatPercent(s.percent, lang), s.percentQualifier, lang)}`);
  return parts.join(', ');
};
