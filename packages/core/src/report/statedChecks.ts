import type { EventDataOf } from '../projections/campaignFacts';
import { percentOf } from '../projections/percent';
import type { ComputedValue, StatedCheck, StatedValue } from './reportModel';

type Statement = EventDataOf<'FigureReported'>;

const check = (what: StatedCheck['what'], stated: number, computed: number | null): StatedCheck => ({
  what,
  stated,
  computed,
  agrees: computed === null ? null : computed === stated,
});

/**
 * Compares each number a statement gives with the computed figure: the value and the numerator
 * with the computed count, the denominator with the computed denominator, and a percentage with
 * the exact fraction re-rounded to the precision the report printed (93% is compared at 0 decimals).
 */
export const statedChecks = (statement: Statement, computed: ComputedValue): ReadonlyArray<StatedCheck> => {
  const checks: StatedCheck[] = [];
  if (statement.value !== undefined) checks.push(check('value', statement.value, computed.value));
  if (statement.numerator !== undefined) checks.push(check('numerator', statement.numerator, computed.value));
  if (statement.denominator !== undefined) checks.push(check('denominator', statement.denominator, computed.denominator ?? null));
  if (statement.percent !== undefined) {
    const exact = computed.percent;
    const atStatedPrecision = exact === undefined ? null : percentOf(exact.numerator, exact.denominator, statement.percent.decimals).scaled;
    checks.push(check('percent', statement.percent.scaled, atStatedPrecision));
  }
  return checks;
};

/**
 * The overall agreement of a statement's checks: `differs` when one differs, `agrees` when all
 * agree, `incomplete` when those that could be made agree but some could not, else `not-comparable`.
 */
export const agreementOf = (checks: ReadonlyArray<StatedCheck>): StatedValue['agreement'] => {
  if (checks.some((c) => c.agrees === false)) return 'differs';
  if (checks.length > 0 && checks.every((c) => c.agrees === true)) return 'agrees';
  if (checks.some((c) => c.agrees === true)) return 'incomplete';
  return 'not-comparable';
};
