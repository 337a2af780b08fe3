import type { Label } from '../model/labels';
import { type Qualifier, qualifierLabels } from '../model/qualifier';
import type { StatedPercent } from '../model/statedPercent';
import type { Dimension } from '../projections/dimensions';
import { percentOf } from '../projections/percent';
import { dimensionLabels } from '../text/dimensionLabels';
import type { Language } from '../text/language';
import { formatCount, formatFraction, formatPercent } from '../text/numberFormat';
import { isEmptyRange, numeratorRange, percentInterval, type PercentInterval } from './percentInterval';
import { type ArithmeticOf, both, summed } from './reconcileArithmetic';
import type { NamedOrganisation, Operand } from './reconciliation';

const names = (organisations: ReadonlyArray<NamedOrganisation>): string => organisations.map((o) => o.name).join(', ');

/**
 * Figures that cover only part of what they are set against: a denominator declared by only some
 * of the organisations below the scope ("mẫu số 1.200 ... thiếu: Đảng bộ xã C"), or slices a
 * report itemised beside a total they do not make ("256 + 1.854 + 927 = 3.037 ... báo cáo 3.082").
 */
export const coverageArithmetic = (
  what: 'itemised' | 'denominator' | 'rule',
  operands: ReadonlyArray<Operand>,
  total: number,
  stated: number | null,
  missing: ReadonlyArray<NamedOrganisation>,
  by?: ReadonlyArray<Dimension>,
): ArithmeticOf<'Coverage'> => ({
  _tag: 'Coverage',
  what,
  operands,
  total,
  stated,
  ...(by === undefined ? {} : { by }),
  missing,
  line: both((lang) => {
    const sum = summed(operands, total, lang);
    if (what === 'itemised') {
      const dims = (by ?? []).map((d) => dimensionLabels[d][lang]).join(', ');
      const against = stated === null ? '' : lang === 'vi' ? ` — báo cáo ${formatCount(stated, lang)}` : ` — stated ${formatCount(stated, lang)}`;
      const over = stated !== null && total > stated;
      const verdict =
        lang === 'vi' ? (over ? 'các phần vượt tổng' : 'chỉ bao quát một phần') : over ? 'the parts exceed the total' : 'they cover only part of it';
      return `${sum} (${lang === 'vi' ? 'các phần nêu riêng theo' : 'parts itemised by'} ${dims})${against}: ${verdict}`;
    }
    const scope =
      stated === null
        ? ''
        : lang === 'vi'
          ? `, không đặt cạnh ${formatCount(stated, lang)} của toàn phạm vi`
          : `, not set against the ${formatCount(stated, lang)} of the whole scope`;
    const noun = what === 'denominator' ? { vi: 'mẫu số', en: 'the denominator' } : { vi: 'số đối tượng phải học', en: 'the eligible population' };
    return lang === 'vi'
      ? `${noun.vi} ${sum} chỉ gồm số khai báo của một phần các tổ chức trực thuộc (thiếu: ${names(missing)})${scope}`
      : `${noun.en} ${sum} was declared by only some of the organisations below (missing: ${names(missing)})${scope}`;
  }),
});

/**
 * The GRIM test of a printed percentage over its stated denominator: is there a whole count n
 * with n/denominator in the interval the percentage stands for? When there is none, the line
 * shows the two nearest counts: "không có số nguyên n nào cho n/160 = 73,2% (từ 73,15% đến dưới
 * 73,25%): 117/160 = 73,13%, 118/160 = 73,75%".
 */
export const feasibilityArithmetic = (denominator: number, stated: StatedPercent, qualifier?: Qualifier): ArithmeticOf<'Feasibility'> => {
  const interval = percentInterval(stated, qualifier);
  const range = numeratorRange(denominator, interval);
  const feasible = !isEmptyRange(range);
  const decimals = Math.max(2, interval.decimals);
  const first = range.low ?? 0;
  const nearest = feasible ? [] : [first - 1, first].filter((n) => n >= 0).map((n) => percentOf(n, denominator, decimals));
  const end = (scaled: number | null, lang: Language) => (scaled === null ? '∞' : formatPercent({ scaled, decimals: interval.decimals }, lang));
  return {
    _tag: 'Feasibility',
    denominator,
    stated,
    ...(qualifier === undefined ? {} : { qualifier }),
    interval,
    nearest,
    feasible,
    line: both((lang) => {
      const printed = `${qualifier === undefined ? '' : `${qualifierLabels[qualifier][lang]} `}${formatPercent(stated, lang)}`;
      const d = formatCount(denominator, lang);
      const range = lang === 'vi' ? `từ ${end(interval.low, lang)} đến dưới ${end(interval.high, lang)}` : `from ${end(interval.low, lang)} to below ${end(interval.high, lang)}`;
      const near = nearest.map((p) => `${formatFraction(p.numerator, p.denominator, lang)} = ${formatPercent(p, lang)}`).join(', ');
      if (feasible) return lang === 'vi' ? `có số nguyên n cho n/${d} = ${printed} (${range})` : `a whole n gives n/${d} = ${printed} (${range})`;
      return lang === 'vi'
        ? `không có số nguyên n nào cho n/${d} = ${printed} (${range}): ${near}`
        : `no whole n gives n/${d} = ${printed} (${range}): ${near}`;
    }),
  };
};

/** The numbers of a statement as printed, for a restatement: value and qualifier, fraction, percentage and its qualifier. */
export interface PrintedStatement {
  readonly figureId: string;
  readonly value?: number;
  readonly qualifier?: Qualifier;
  readonly percent?: StatedPercent;
  readonly percentQualifier?: Qualifier;
  readonly numerator?: number;
  readonly denominator?: number;
}

/** A statement's numbers as the report wrote them: "trên 12.360", "1.795/1.923, đạt 93%". */
export const printedStatement = (s: Omit<PrintedStatement, 'figureId'>, lang: Language): string => {
  const parts: string[] = [];
  const hedged = (text: string, q: Qualifier | undefined) => (q === undefined ? text : `${qualifierLabels[q][lang]} ${text}`);
  if (s.value !== undefined) parts.push(hedged(formatCount(s.value, lang), s.qualifier));
  if (s.numerator !== undefined) parts.push(s.denominator === undefined ? formatCount(s.numerator, lang) : formatFraction(s.numerator, s.denominator, lang));
  else if (s.denominator !== undefined) parts.push(`?/${formatCount(s.denominator, lang)}`);
  if (s.percent !== undefined) parts.push(`${lang === 'vi' ? 'đạt ' : ''}${hedged(formatPercent(s.percent, lang), s.percentQualifier)}`);
  return parts.join(', ');
};

const DIFFERENCE_WORDS: { readonly [d in ArithmeticOf<'Restatement'>['differs'][number]]: Label } = {
  value: { vi: 'giá trị', en: 'the value' },
  qualifier: { vi: 'từ hạn định', en: 'the qualifier' },
  percent: { vi: 'tỷ lệ', en: 'the percentage' },
  percentQualifier: { vi: 'từ hạn định của tỷ lệ', en: "the percentage's qualifier" },
  numerator: { vi: 'tử số', en: 'the numerator' },
  denominator: { vi: 'mẫu số', en: 'the denominator' },
};

/** Two or more statements of one figure that disagree: "trên 12.360 ≠ 12.360 (khác nhau ở từ hạn định)". */
export const restatementArithmetic = (
  statements: ReadonlyArray<PrintedStatement>,
  differs: ArithmeticOf<'Restatement'>['differs'],
): ArithmeticOf<'Restatement'> => ({
  _tag: 'Restatement',
  statements,
  differs,
  line: both((lang) => {
    const what = differs.map((d) => DIFFERENCE_WORDS[d][lang]).join(lang === 'vi' ? ', ' : ', ');
    const printed = statements.map((s) => printedStatement(s, lang)).join(' ≠ ');
    return lang === 'vi' ? `${printed} (khác nhau ở ${what})` : `${printed} (they differ in ${what})`;
  }),
});

/**
 * Narrower categories counted in a total's cell, added, beside the stated total: "1.795 + 1.483 =
 * 3.278 ≠ 3.573 (đảng viên và cán bộ, công chức, viên chức có thể trùng nhau: không đối chiếu
 * được)". Categories that may share members give a sum that says nothing; disjoint ones give a
 * lower bound of the total.
 */
export const categoriesArithmetic = (
  operands: ReadonlyArray<Operand & { readonly category: string }>,
  stated: number,
  relation: 'overlap' | 'disjoint',
  categoryLabel: (category: string) => Label,
): ArithmeticOf<'Categories'> => {
  const total = operands.reduce((sum, o) => sum + o.value, 0);
  return {
    _tag: 'Categories',
    operands,
    total,
    stated,
    relation,
    line: both((lang) => {
      const sum = `${summed(operands, total, lang)} ${total === stated ? '=' : total < stated ? '<' : '>'} ${formatCount(stated, lang)}`;
      const categories = [...new Set(operands.map((o) => categoryLabel(o.category)[lang]))];
      const list = lang === 'vi' ? categories.join(' và ') : categories.join(' and ');
      if (relation === 'overlap')
        return lang === 'vi' ? `${sum} (${list} có thể trùng nhau: không đối chiếu được)` : `${sum} (${list} may overlap: cannot be reconciled)`;
      if (total > stated) return lang === 'vi' ? `${sum} (${list} không trùng nhau mà vượt tổng)` : `${sum} (${list} share no member, and exceed the total)`;
      return lang === 'vi' ? `${sum} (${list} không trùng nhau, chỉ bao quát một phần)` : `${sum} (${list} share no member, and cover only part of it)`;
    }),
  };
};

/** Participants and exempted members against those registered: "244 đã học + 6 được miễn = 250 ≤ 250 phải học". */
export const exemptedArithmetic = (participants: number, exempted: number, registered: number): ArithmeticOf<'Exempted'> => {
  const holds = participants + exempted <= registered;
  return {
    _tag: 'Exempted',
    participants,
    exempted,
    registered,
    holds,
    line: both((lang) => {
      const sum = formatCount(participants + exempted, lang);
      const relation = holds ? '≤' : '>';
      return lang === 'vi'
        ? `${formatCount(participants, lang)} đã học + ${formatCount(exempted, lang)} được miễn = ${sum} ${relation} ${formatCount(registered, lang)} phải học`
        : `${formatCount(participants, lang)} studied + ${formatCount(exempted, lang)} exempted = ${sum} ${relation} ${formatCount(registered, lang)} registered`;
    }),
  };
};

/** The interval of a percentage written as a reader checks it: "[92,5%; 93,5%)". */
export const intervalText = (interval: PercentInterval, lang: Language): string => {
  const end = (scaled: number | null) => (scaled === null ? '∞' : formatPercent({ scaled, decimals: interval.decimals }, lang));
  return `[${end(interval.low)}; ${end(interval.high)})`;
};
