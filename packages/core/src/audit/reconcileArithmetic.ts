import { initialVocabulary } from '../model/initialVocabulary';
import type { CountUnit } from '../model/countUnit';
import { termLabel } from '../model/vocabulary';
import type { Label } from '../model/labels';
import { type Qualifier, qualifierLabels } from '../model/qualifier';
import type { StatedPercent } from '../model/statedPercent';
import type { Dimension } from '../projections/dimensions';
import { percentOf } from '../projections/percent';
import { dimensionLabels } from '../text/dimensionLabels';
import type { Language } from '../text/language';
import { formatCount, formatFraction, formatPercent } from '../text/numberFormat';
import { fractionAgainst, percentInterval } from './percentInterval';
import { qualifierRange } from './reconcileQualifier';
import type { Arithmetic, ComparedNumber, Operand } from './reconciliation';

/** One variant of `Arithmetic`, by its tag. */
export type ArithmeticOf<T extends Arithmetic['_tag']> = Extract<Arithmetic, { readonly _tag: T }>;

/** A line in both languages from one function of the language. */
export const both = (line: (lang: Language) => string): Label => ({ vi: line('vi'), en: line('en') });

// Past this many operands a sum is written by its count of facts: a registry of 117 areas is not a line.
const MAX_WRITTEN_OPERANDS = 8;

const sumExpression = (operands: ReadonlyArray<Operand>, lang: Language): string =>
  operands.length > MAX_WRITTEN_OPERANDS
    ? lang === 'vi'
      ? `(${operands.length} sự kiện)`
      : `(${operands.length} facts)`
    : operands.map((o) => formatCount(o.value, lang)).join(' + ');

/** "a + b = c" for several operands, "c" for one: the sum is not repeated when there is nothing to add. */
export const summed = (operands: ReadonlyArray<Operand>, total: number, lang: Language): string =>
  operands.length <= 1 ? formatCount(total, lang) : `${sumExpression(operands, lang)} = ${formatCount(total, lang)}`;

/** The sum of some operands. */
export const totalOf = (operands: ReadonlyArray<Operand>): number => operands.reduce((sum, o) => sum + o.value, 0);

/** A qualified stated count as the report wrote it: "trên 12.360", "hàng trăm". */
export const qualifiedStated = (qualifier: Qualifier, stated: number, lang: Language): string =>
  qualifier === 'hundreds-of' || qualifier === 'thousands-of'
    ? qualifierLabels[qualifier][lang]
    : `${qualifierLabels[qualifier][lang]} ${formatCount(stated, lang)}`;

const boundRelation = (qualifier: Qualifier, stated: number, computed: number, lang: Language): { holds: boolean; text: string } => {
  const { low, high } = qualifierRange(qualifier, stated);
  const c = formatCount(computed, lang);
  const tail = ` (${qualifiedStated(qualifier, stated, lang)})`;
  if (low !== null && computed < low) return { holds: false, text: `${c} < ${formatCount(low, lang)}${tail}` };
  if (high !== null && computed > high) return { holds: false, text: `${c} > ${formatCount(high, lang)}${tail}` };
  if (low !== null && high !== null) return { holds: true, text: `${formatCount(low, lang)} ≤ ${c} ≤ ${formatCount(high, lang)}${tail}` };
  return { holds: true, text: low !== null ? `${c} ≥ ${formatCount(low, lang)}${tail}` : `${c} ≤ ${formatCount(high ?? computed, lang)}${tail}` };
};

/**
 * The parts a report named, added, against the total it printed: "3 + 20 + 1 = 24", "2 + 33 = 35 ≠ 36".
 * With a qualifier the sum is held to the qualifier's range instead of equality.
 */
export const sumArithmetic = (parts: ReadonlyArray<Operand>, stated: number, qualifier?: Qualifier): ArithmeticOf<'Sum'> => {
  const total = totalOf(parts);
  if (qualifier !== undefined) {
    const holds = boundRelation(qualifier, stated, total, 'vi').holds;
    return {
      _tag: 'Sum',
      parts,
      total,
      stated,
      qualifier,
      holds,
      line: both((lang) => `${summed(parts, total, lang)}; ${boundRelation(qualifier, stated, total, lang).text}`),
    };
  }
  const holds = total === stated;
  const line = (lang: Language): string => {
    const sum = summed(parts, total, lang);
    if (holds) return parts.length <= 1 ? `${sum} = ${formatCount(stated, lang)}` : sum;
    return `${sum} ≠ ${formatCount(stated, lang)}`;
  };
  return { _tag: 'Sum', parts, total, stated, holds, line: both(line) };
};

const COMPARED_WORDS: { readonly [w in ComparedNumber]: Label } = {
  value: { vi: '', en: '' },
  numerator: { vi: 'tử số: ', en: 'numerator: ' },
  denominator: { vi: 'mẫu số: ', en: 'denominator: ' },
};

/**
 * A computed number, written as the sum of its facts, against the stated one: "2 + 33 + 5 = 40 ≠ 36",
 * "tử số: 2.181 = 2.181", "1 + 1 = 2" (a sum that equals the stated number is not written twice).
 * With `exempted`, the computed number is the facts' sum less the members exempted:
 * "mẫu số: 250 − 6 được miễn = 244".
 */
export const compareArithmetic = (
  what: ComparedNumber,
  operands: ReadonlyArray<Operand>,
  computed: number,
  stated: number,
  exempted?: number,
): ArithmeticOf<'Compare'> => {
  const equal = computed === stated;
  return {
    _tag: 'Compare',
    what,
    operands,
    computed,
    stated,
    equal,
    ...(exempted === undefined ? {} : { exempted }),
    // "1 + 1 = 2" already shows the stated 2; a single number is written against it: "2 = 2".
    line: both((lang) => {
      if (exempted !== undefined) {
        const less = `${formatCount(computed + exempted, lang)} − ${formatCount(exempted, lang)} ${lang === 'vi' ? 'được miễn' : 'exempted'}`;
        return `${COMPARED_WORDS[what][lang]}${less} = ${formatCount(computed, lang)} ${equal ? '=' : '≠'} ${formatCount(stated, lang)}`;
      }
      const sum = summed(operands, computed, lang);
      const against = equal && operands.length > 1 ? '' : ` ${equal ? '=' : '≠'} ${formatCount(stated, lang)}`;
      return `${COMPARED_WORDS[what][lang]}${sum}${against}`;
    }),
  };
};

// Exactly equal: numerator·100·10^d = scaled·denominator, in integers, so nothing was rounded away.
const isExact = (numerator: number, denominator: number, stated: StatedPercent): boolean =>
  BigInt(numerator) * 100n * 10n ** BigInt(stated.decimals) === BigInt(stated.scaled) * BigInt(denominator);

const intervalEnd = (scaled: number, decimals: number, lang: Language): string => formatPercent({ scaled, decimals }, lang);

const EXEMPTED_WORDS = {
  vi: (n: string) => ` (mẫu số không tính ${n} người được miễn)`,
  en: (n: string) => ` (the denominator leaves out the ${n} exempted)`,
} as const;

/**
 * A fraction and its percentage against a stated percentage, compared as the interval the printed
 * percentage stands for (see `percentInterval`), in exact integer arithmetic:
 * "1.795/1.923 = 93,34% ≈ 93%" (inside [92,5; 93,5)), "2.181/2.321 = 93,97% ≠ 94,2%",
 * "18/18 = 100,00% = 100%" (exact). A qualified percentage shows the interval it allows:
 * "9/10 = 90,00% ≥ 79,5% (trên 80%)", "7/10 = 70,00% < 79,5% (trên 80%)". The percentage is
 * written with two decimals, or the stated number of decimals when it is finer. `exempted` says
 * the denominator is the registered count less the members exempted. Throws on a denominator
 * that is not positive (a programmer error).
 */
export const percentArithmetic = (
  fraction: 'stated' | 'computed',
  numerator: number,
  denominator: number,
  stated: StatedPercent,
  qualifier?: Qualifier,
  exempted?: number,
): ArithmeticOf<'Percent'> => {
  const percent = percentOf(numerator, denominator, Math.max(2, stated.decimals));
  const atStatedPrecision = percentOf(numerator, denominator, stated.decimals);
  const interval = percentInterval(stated, qualifier);
  const position = fractionAgainst(numerator, denominator, interval);
  const equal = position === 'inside';
  const exact = qualifier === undefined && equal && isExact(numerator, denominator, stated);
  const line = (lang: Language): string => {
    const head = `${formatFraction(numerator, denominator, lang)} = ${formatPercent(percent, lang)}`;
    const tail = exempted === undefined ? '' : EXEMPTED_WORDS[lang](formatCount(exempted, lang));
    if (qualifier === undefined) return `${head} ${exact ? '=' : equal ? '≈' : '≠'} ${formatPercent(stated, lang)}${tail}`;
    const words = ` (${qualifierLabels[qualifier][lang]} ${formatPercent(stated, lang)})${tail}`;
    const low = interval.low === null ? null : intervalEnd(interval.low, interval.decimals, lang);
    const high = interval.high === null ? null : intervalEnd(interval.high, interval.decimals, lang);
    if (position === 'below') return `${head} < ${low ?? ''}${words}`;
    if (position === 'above') return `${head} ≥ ${high ?? ''}${words}`;
    if (low !== null && high !== null) return `${low} ≤ ${head} < ${high}${words}`;
    return high !== null ? `${head} < ${high}${words}` : `${head} ≥ ${low ?? ''}${words}`;
  };
  return {
    _tag: 'Percent',
    fraction,
    percent,
    atStatedPrecision,
    stated,
    ...(qualifier === undefined ? {} : { qualifier }),
    interval,
    exact,
    equal,
    ...(exempted === undefined ? {} : { exempted }),
    line: both(line),
  };
};

/** A computed count against the range a qualifier allows: "12.360 ≥ 12.360 (trên 12.360)", "8.000 < 9.000 (gần 10.000)". */
export const boundArithmetic = (qualifier: Qualifier, computed: number, stated: number): ArithmeticOf<'Bound'> => {
  const { low, high } = qualifierRange(qualifier, stated);
  return {
    _tag: 'Bound',
    qualifier,
    computed,
    stated,
    low,
    high,
    holds: boundRelation(qualifier, stated, computed, 'vi').holds,
    line: both((lang) => boundRelation(qualifier, stated, computed, lang).text),
  };
};

const UNIT_WORDS = {
  vi: { added: (unit: string) => `không cộng được vào ${unit}`, compared: (unit: string) => `không so được với ${unit}`, none: 'không có số' },
  en: { added: (unit: string) => `cannot be added to ${unit}`, compared: (unit: string) => `cannot be compared with ${unit}`, none: 'no count in' },
} as const;

/**
 * Persons against attendances, which are never added or compared: "257 + 158 + 2.648 = 3.063 người ≠
 * 6.713 người; 10.500 lượt người không cộng được vào người". `relation` says whether the other-unit
 * numbers were named as parts (`added`) or are the computed figure (`compared`).
 */
export const unitsArithmetic = (
  stated: number,
  countUnit: CountUnit,
  sameUnit: ReadonlyArray<Operand>,
  otherUnit: ReadonlyArray<Operand>,
  relation: 'added' | 'compared',
): ArithmeticOf<'Units'> => {
  const sameUnitTotal = sameUnit.length === 0 ? null : totalOf(sameUnit);
  const line = (lang: Language): string => {
    const unit = termLabel(initialVocabulary, 'count-unit', countUnit)[lang];
    const statedText = `${formatCount(stated, lang)} ${unit}`;
    const first =
      sameUnitTotal === null
        ? `${statedText}: ${UNIT_WORDS[lang].none} ${unit}`
        : `${summed(sameUnit, sameUnitTotal, lang)} ${unit} ${sameUnitTotal === stated ? '=' : '≠'} ${statedText}`;
    const others = [...new Set(otherUnit.map((o) => o.countUnit).filter((u): u is CountUnit => u !== undefined))].map((u) => {
      const ofUnit = otherUnit.filter((o) => o.countUnit === u);
      return `${summed(ofUnit, totalOf(ofUnit), lang)} ${termLabel(initialVocabulary, 'count-unit', u)[lang]} ${UNIT_WORDS[lang][relation](unit)}`;
    });
    return [first, ...others].join('; ');
  };
  return { _tag: 'Units', stated, countUnit, sameUnit, sameUnitTotal, otherUnit, line: both(line) };
};

/** A check that cannot be made, said plainly: what is missing, why, and what therefore stays unchecked. */
export const missingArithmetic = (what: ArithmeticOf<'Missing'>['what'], reason: string, line: Label): ArithmeticOf<'Missing'> => ({
  _tag: 'Missing',
  what,
  reason,
  line,
});

const SLICED_BY = { vi: 'các phần nêu riêng theo', en: 'parts itemised by' } as const;

/**
 * Slices a report itemised, added, beside a stated total they do not claim to make up: "2 + 33 + 5
 * = 40 (các phần nêu riêng theo cấp tổ chức, không phải tổng) — báo cáo 36". Neither equal nor
 * unequal is a verdict: nothing says the slices are all of the total.
 */
export const itemisedArithmetic = (
  what: ComparedNumber,
  operands: ReadonlyArray<Operand>,
  computed: number,
  stated: number,
  by: ReadonlyArray<Dimension>,
): ArithmeticOf<'Itemised'> => ({
  _tag: 'Itemised',
  what,
  operands,
  computed,
  stated,
  by,
  line: both((lang) => {
    const dims = by.map((d) => dimensionLabels[d][lang]).join(', ');
    const tail = lang === 'vi' ? `không phải tổng) — báo cáo ${formatCount(stated, lang)}` : `not a total) — stated ${formatCount(stated, lang)}`;
    return `${COMPARED_WORDS[what][lang]}${summed(operands, computed, lang)} (${SLICED_BY[lang]} ${dims}, ${tail}`;
  }),
});
