import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import type { StatedPercent } from '../model/statedPercent';
import type { Fact } from '../projections/campaignFacts';
import type { FigureStatus } from '../projections/figure';
import type { Language } from '../text/language';
import { formatCount, formatPercent } from '../text/numberFormat';
import { coverageArithmetic } from './findingArithmetic';
import { boundArithmetic, compareArithmetic, itemisedArithmetic, missingArithmetic, percentArithmetic } from './reconcileArithmetic';
import type { ComputedSide } from './reconcileComputedSide';
import type { Arithmetic, ComparedNumber, Operand } from './reconciliation';
import { sameCoverage } from './scopeCoverage';

type StatementData = Fact<'FigureReported'>['data'];

/** The Vietnamese words for a missing count, by why it is missing (the English reasons come from the projections). */
export const missingInVietnamese = (status: FigureStatus): string =>
  status === 'not-computable' ? 'các sự kiện không cho con số để tính' : 'không có sự kiện nào được tính vào ô này';

/**
 * Why a count is missing, in English: the projection's reason, without the id of the organisation
 * it names the cell by ("... for 2010 under org:muong-te"): the reader knows the figure by its name.
 */
export const missingInEnglish = (status: FigureStatus, reason: string): string => {
  const words = reason.replace(/ under \S+$/, '');
  return words !== '' ? words : status === 'not-computable' ? 'the facts give no number to count' : 'no recorded fact counts towards this figure';
};

// What a figure a count is a fraction of is called, for the line that says it is missing.
const DENOMINATOR_WORDS: { readonly [m in FigureKey['measure']]?: Label } = {
  'areas-reached': { vi: 'không có tổng số bản, khu phố', en: 'no count of the residential areas registered' },
  'steering-committees': { vi: 'không có số tổ chức cùng loại', en: 'no count of the organisations of that kind' },
  'participation-rate': { vi: 'không có số đối tượng phải học', en: 'no eligible population declared' },
};

/** Why a denominator is missing, in both languages, without the ids the projections' reasons carry. */
export const missingDenominatorWords = (key: FigureKey, side: ComputedSide): Label => {
  const words = DENOMINATOR_WORDS[key.measure] ?? { vi: 'không có mẫu số', en: 'no denominator' };
  if (side.denominator === 0) return { vi: 'mẫu số bằng 0', en: 'the denominator is 0' };
  // A rate's reason names the category and the year and no id: it says more than the short words.
  return key.measure === 'participation-rate' && side.denominatorReason !== '' ? { vi: words.vi, en: side.denominatorReason } : words;
};

const missingValueLine = (what: ComparedNumber, stated: number, side: ComputedSide, key: FigureKey, status: FigureStatus, reason: string): Label => {
  const prefix = { value: { vi: '', en: '' }, numerator: { vi: 'tử số: ', en: 'numerator: ' }, denominator: { vi: 'mẫu số: ', en: 'denominator: ' } }[what];
  const why = what === 'denominator' ? missingDenominatorWords(key, side) : { vi: missingInVietnamese(status), en: missingInEnglish(status, reason) };
  return {
    vi: `${prefix.vi}báo cáo ${formatCount(stated, 'vi')}; ${why.vi}`,
    en: `${prefix.en}stated ${formatCount(stated, 'en')}; ${why.en}`,
  };
};

/**
 * One check of a stated number, and whether it agrees: `itemised` when it does not, but the
 * computed count only adds itemised slices and so is no total to hold it to; `own` marks the
 * check of a percentage against the statement's own fraction, which comes before every other.
 */
export interface Comparison {
  readonly arithmetic: Arithmetic;
  readonly verdict: 'agrees' | 'differs' | 'missing' | 'itemised';
  readonly own?: boolean;
}

const agreeing = (arithmetic: Arithmetic, agrees: boolean): Comparison => ({ arithmetic, verdict: agrees ? 'agrees' : 'differs' });

const missingPercent = (percent: StatedPercent, key: FigureKey, side: ComputedSide): Comparison => {
  // Only computed numbers are written: a stated one never stands in for what the facts do not give.
  const numerator = side.value;
  const fraction = (lang: Language) =>
    `${numerator === null ? '?' : formatCount(numerator, lang)}/${side.denominator === null ? '?' : formatCount(side.denominator, lang)}`;
  const missingPart = side.value === null ? 'numerator' : 'denominator';
  const reason = side.denominator === 0 ? 'the denominator is 0' : missingPart === 'numerator' ? side.valueReason : side.denominatorReason;
  const why: Label =
    missingPart === 'numerator'
      ? { vi: 'thiếu tử số', en: missingInEnglish(side.valueStatus, side.valueReason) }
      : side.denominator === 0
        ? { vi: 'mẫu số bằng 0', en: 'the denominator is 0' }
        : { vi: 'thiếu mẫu số', en: missingDenominatorWords(key, side).en };
  return {
    arithmetic: missingArithmetic('percent', reason, {
      vi: `${fraction('vi')}: ${why.vi}, không kiểm được ${formatPercent(percent, 'vi')}`,
      en: `${fraction('en')}: ${why.en}; ${formatPercent(percent, 'en')} cannot be checked`,
    }),
    verdict: 'missing',
  };
};

// A rate whose denominator covers only some of the organisations below its scope, while its
// numerator covers another part (the whole, usually): never compared as if complete.
const partialDenominator = (side: ComputedSide): Comparison | undefined => {
  const coverage = side.coverage;
  if (coverage === undefined || coverage.denominator._tag !== 'partial' || sameCoverage(coverage.numerator, coverage.denominator)) return undefined;
  if (side.denominator === null) return undefined;
  return { arithmetic: coverageArithmetic('denominator', side.denominatorOperands, side.denominator, side.value, coverage.denominator.missing), verdict: 'missing' };
};

/**
 * Each number the statement gives, checked in a fixed order: the value (under its qualifier, if
 * any), the numerator, the denominator, and the percentage: against the statement's own fraction
 * when it prints one (that check is the percentage's), else against the computed fraction, at the
 * printed precision and under the percentage's qualifier. A denominator may be the registered
 * count or that count less the members exempted; a denominator that covers only part of the
 * scope is not compared.
 */
export const comparisonsOf = (d: StatementData, side: ComputedSide): ReadonlyArray<Comparison> => {
  const out: Comparison[] = [];
  const partial = partialDenominator(side);
  const count = (what: ComparedNumber, stated: number, computed: number | null, operands: ReadonlyArray<Operand>, status: FigureStatus, reason: string) => {
    if (computed === null) {
      out.push({ arithmetic: missingArithmetic(what, reason, missingValueLine(what, stated, side, d.figure, status, reason)), verdict: 'missing' });
      return;
    }
    // Exempted members may be left out of a denominator: 250 registered, 6 exempted, 244 to study.
    const exemptedOut = (what === 'denominator' || d.figure.measure === 'eligible') && side.exempted > 0 && stated !== computed && stated === computed - side.exempted;
    const check =
      what === 'value' && d.qualifier !== undefined
        ? boundArithmetic(d.qualifier, computed, stated)
        : exemptedOut
          ? compareArithmetic(what, operands, computed - side.exempted, stated, side.exempted)
          : compareArithmetic(what, operands, computed, stated);
    const agrees = check._tag === 'Bound' ? check.holds : check.equal;
    // The count of a numerator or value that only adds itemised slices cannot contradict a total.
    const itemisedBy = what === 'denominator' ? undefined : side.itemisedBy;
    if (!agrees && itemisedBy !== undefined) {
      out.push({ arithmetic: itemisedArithmetic(what, operands, computed, stated, itemisedBy), verdict: 'itemised' });
    } else out.push(agreeing(check, agrees));
  };
  if (d.value !== undefined) count('value', d.value, side.value, side.valueOperands, side.valueStatus, side.valueReason);
  if (d.numerator !== undefined) count('numerator', d.numerator, side.value, side.valueOperands, side.valueStatus, side.valueReason);
  if (d.denominator !== undefined) {
    if (partial !== undefined) out.push(partial);
    else count('denominator', d.denominator, side.denominator, side.denominatorOperands, 'not-computable', side.denominatorReason);
  }
  if (d.percent !== undefined) {
    if (d.numerator !== undefined && d.denominator !== undefined && d.denominator > 0) {
      const own = percentArithmetic('stated', d.numerator, d.denominator, d.percent, d.percentQualifier);
      out.push({ ...agreeing(own, own.equal), own: true });
    } else if (partial !== undefined) {
      if (d.denominator === undefined) out.push(partial);
    } else if (side.value !== null && side.denominator !== null && side.denominator > 0) {
      const registered = percentArithmetic('computed', side.value, side.denominator, d.percent, d.percentQualifier);
      const net = side.denominator - side.exempted;
      const exemptedOut =
        !registered.equal && side.exempted > 0 && net > 0
          ? percentArithmetic('computed', side.value, net, d.percent, d.percentQualifier, side.exempted)
          : undefined;
      const percent = exemptedOut?.equal === true ? exemptedOut : registered;
      // Over an itemised numerator the computed rate is a rate of the slices only.
      out.push(!percent.equal && side.itemisedBy !== undefined ? { arithmetic: percent, verdict: 'itemised' } : agreeing(percent, percent.equal));
    } else out.push(missingPercent(d.percent, d.figure, side));
  }
  return out;
};
