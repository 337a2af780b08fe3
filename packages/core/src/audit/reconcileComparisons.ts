import type { Label } from '../model/labels';
import type { StatedPercent } from '../model/statedPercent';
import type { Fact } from '../projections/campaignFacts';
import type { FigureStatus } from '../projections/figure';
import type { Language } from '../text/language';
import { formatCount, formatPercent } from '../text/numberFormat';
import { boundArithmetic, compareArithmetic, itemisedArithmetic, missingArithmetic, percentArithmetic } from './reconcileArithmetic';
import type { ComputedSide } from './reconcileComputedSide';
import type { Arithmetic, ComparedNumber, Operand } from './reconciliation';

type StatementData = Fact<'FigureReported'>['data'];

/** The Vietnamese words for a missing count, by why it is missing (the English reasons come from the projections). */
export const missingInVietnamese = (status: FigureStatus): string =>
  status === 'not-computable' ? 'các sự kiện không cho con số để tính' : 'không có sự kiện nào được tính vào ô này';

const missingValueLine = (what: ComparedNumber, stated: number, status: FigureStatus, reason: string): Label => {
  const prefix = { value: { vi: '', en: '' }, numerator: { vi: 'tử số: ', en: 'numerator: ' }, denominator: { vi: 'mẫu số: ', en: 'denominator: ' } }[what];
  return {
    vi: `${prefix.vi}báo cáo ${formatCount(stated, 'vi')}; ${what === 'denominator' ? 'không có mẫu số tính được' : missingInVietnamese(status)}`,
    en: `${prefix.en}stated ${formatCount(stated, 'en')}; ${reason}`,
  };
};

/**
 * One check of a stated number against the computed side, and whether it agrees: `itemised` when
 * it does not, but the computed count only adds itemised slices and so is no total to hold it to.
 */
export interface Comparison {
  readonly arithmetic: Arithmetic;
  readonly verdict: 'agrees' | 'differs' | 'missing' | 'itemised';
}

const agreeing = (arithmetic: Arithmetic, agrees: boolean): Comparison => ({ arithmetic, verdict: agrees ? 'agrees' : 'differs' });

const missingPercent = (percent: StatedPercent, side: ComputedSide): Comparison => {
  // Only computed numbers are written: a stated one never stands in for what the facts do not give.
  const numerator = side.value;
  const fraction = (lang: Language) =>
    `${numerator === null ? '?' : formatCount(numerator, lang)}/${side.denominator === null ? '?' : formatCount(side.denominator, lang)}`;
  const zero = side.denominator === 0;
  const missingPart = side.value === null ? 'numerator' : 'denominator';
  const reason = zero ? 'the denominator is 0' : missingPart === 'numerator' ? side.valueReason : side.denominatorReason;
  const viPart = zero ? 'mẫu số bằng 0' : missingPart === 'numerator' ? 'thiếu tử số' : 'thiếu mẫu số';
  return {
    arithmetic: missingArithmetic('percent', reason, {
      vi: `${fraction('vi')}: ${viPart}, không kiểm được ${formatPercent(percent, 'vi')}`,
      en: `${fraction('en')}: ${reason}; ${formatPercent(percent, 'en')} cannot be checked`,
    }),
    verdict: 'missing',
  };
};

/**
 * Each number the statement gives, checked against the computed side in a fixed order: the value
 * (under its qualifier, if any), the numerator, the denominator, the percentage re-rounded from the
 * computed fraction to the stated precision.
 */
export const comparisonsOf = (d: StatementData, side: ComputedSide): ReadonlyArray<Comparison> => {
  const out: Comparison[] = [];
  const count = (what: ComparedNumber, stated: number, computed: number | null, operands: ReadonlyArray<Operand>, reason: string) => {
    if (computed === null) {
      out.push({ arithmetic: missingArithmetic(what, reason, missingValueLine(what, stated, side.valueStatus, reason)), verdict: 'missing' });
      return;
    }
    const check = what === 'value' && d.qualifier !== undefined ? boundArithmetic(d.qualifier, computed, stated) : compareArithmetic(what, operands, computed, stated);
    const agrees = check._tag === 'Bound' ? check.holds : check.equal;
    // The count of a numerator or value that only adds itemised slices cannot contradict a total.
    const itemisedBy = what === 'denominator' ? undefined : side.itemisedBy;
    if (!agrees && itemisedBy !== undefined) {
      out.push({ arithmetic: itemisedArithmetic(what, operands, computed, stated, itemisedBy), verdict: 'itemised' });
    } else out.push(agreeing(check, agrees));
  };
  if (d.value !== undefined) count('value', d.value, side.value, side.valueOperands, side.valueReason);
  if (d.numerator !== undefined) count('numerator', d.numerator, side.value, side.valueOperands, side.valueReason);
  if (d.denominator !== undefined) count('denominator', d.denominator, side.denominator, side.denominatorOperands, side.denominatorReason);
  if (d.percent !== undefined) {
    if (side.value !== null && side.denominator !== null && side.denominator > 0) {
      const percent = percentArithmetic('computed', side.value, side.denominator, d.percent);
      // Over an itemised numerator the computed rate is a rate of the slices only.
      out.push(!percent.equal && side.itemisedBy !== undefined ? { arithmetic: percent, verdict: 'itemised' } : agreeing(percent, percent.equal));
    } else out.push(missingPercent(d.percent, side));
  }
  return out;
};

