import type { Qualifier } from './statedShapes';

/** A qualifier that hedges a written number ("trên 12.360"), as opposed to one that stands for a magnitude ("hàng trăm"). */
export type ValueQualifier = Exclude<Qualifier, 'hundreds-of' | 'thousands-of'>;

/** What a word (or a phrase of words) means where a number is written. */
export type WordMeaning =
  | { readonly kind: 'qualifier'; readonly qualifier: ValueQualifier }
  | { readonly kind: 'magnitude'; readonly qualifier: 'hundreds-of' | 'thousands-of' }
  | { readonly kind: 'number'; readonly value: number }
  /** "đạt" (reaching): introduces a percentage and carries nothing itself. */
  | { readonly kind: 'reached' };

/** A phrase of lower-case NFC words and its meaning. */
export interface NumberWord {
  readonly words: ReadonlyArray<string>;
  readonly meaning: WordMeaning;
}

const qualifier = (phrase: string, q: ValueQualifier): NumberWord => ({ words: phrase.split(' '), meaning: { kind: 'qualifier', qualifier: q } });
const magnitude = (phrase: string, q: 'hundreds-of' | 'thousands-of'): NumberWord => ({
  words: phrase.split(' '),
  meaning: { kind: 'magnitude', qualifier: q },
});
const number = (phrase: string, value: number): NumberWord => ({ words: phrase.split(' '), meaning: { kind: 'number', value } });

const units = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
// After "mười" five is "lăm" (mười lăm, never mười năm) and four may be "tư"; the rest keep their own word.
const unitsAfterTen: ReadonlyArray<readonly [string, number]> = [...units.map((w, i) => [w === 'năm' ? 'lăm' : w, i + 1] as const), ['tư', 4]];

/**
 * Every word the grammar reads, compared in lower case after NFC normalisation:
 * - qualifiers before a number: "trên" and "hơn" (more-than), "ít nhất" (at-least), "gần" (nearly),
 *   "khoảng" (about);
 * - magnitudes that stand in place of a number: "hàng trăm" (hundreds-of), "hàng nghìn" and
 *   "hàng ngàn" (thousands-of);
 * - "đạt" before a percentage, which is skipped;
 * - the numbers one to nineteen in words: một, hai, ba, bốn, năm, sáu, bảy (and bẩy), tám, chín,
 *   mười, then mười một … mười chín, with mười lăm for 15 and mười bốn or mười tư for 14.
 *   Larger numbers in words ("hai mươi") are not read: reports write them in digits.
 */
export const numberWords: ReadonlyArray<NumberWord> = [
  qualifier('trên', 'more-than'),
  qualifier('hơn', 'more-than'),
  qualifier('ít nhất', 'at-least'),
  qualifier('gần', 'nearly'),
  qualifier('khoảng', 'about'),
  magnitude('hàng trăm', 'hundreds-of'),
  magnitude('hàng nghìn', 'thousands-of'),
  magnitude('hàng ngàn', 'thousands-of'),
  { words: ['đạt'], meaning: { kind: 'reached' } },
  ...units.map((w, i) => number(w, i + 1)),
  number('bẩy', 7),
  number('mười', 10),
  ...unitsAfterTen.map(([w, n]) => number(`mười ${w}`, 10 + n)),
];

/** The canonical word of each qualifier, as a report writes it (the core's labels): "trên", not "hơn". */
export const qualifierWord: Readonly<Record<Qualifier, string>> = {
  'more-than': 'trên',
  'at-least': 'ít nhất',
  nearly: 'gần',
  about: 'khoảng',
  'hundreds-of': 'hàng trăm',
  'thousands-of': 'hàng nghìn',
};
