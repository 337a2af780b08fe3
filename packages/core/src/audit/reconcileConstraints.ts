import type { Label } from '../model/labels';
import type { Fact } from '../projections/campaignFacts';
import type { Language } from '../text/language';
import type { Diagnosis, NumberRef } from './finding';
import type { Constraint, DescribeRef, Identities, Term } from './localisation';
import { isEmptyRange, numeratorRange, percentInterval } from './percentInterval';
import type { ComputedSide } from './reconcileComputedSide';
import type { PartIndex } from './reconcileParts';
import type { Arithmetic, ComparedNumber, Operand } from './reconciliation';
import { diagnosisOf, slipsOf, writtenNumber } from './slips';

type Statement = Fact<'FigureReported'>;

const slotOf = (what: ComparedNumber): NumberRef['slot'] => what;

// The facts of a check, each as the number it gives towards `measure`.
const factTerms = (operands: ReadonlyArray<Operand>, measure: string): ReadonlyArray<Term> | undefined => {
  const terms = operands.flatMap((o) => (o.factId === undefined ? [] : [{ ref: { id: o.factId, slot: 'fact' as const, measure }, value: o.value }]));
  return terms.length === operands.length && terms.length > 0 ? terms : undefined;
};

const quoteOfFact = (index: PartIndex, factId: string): string | undefined => {
  const recorded = index.get(factId);
  return recorded?.[recorded.length - 1]?.ref.quote;
};

/**
 * The checks of one statement as the localisation reads them (see `localiseConflicts`): the sum of
 * its named parts, each number against the facts of its cell, its percentage against its own or
 * the computed fraction. A stated number equal to the one fact it is checked against, read from
 * the same sentence, is that fact's number printed once: they are one number (`identities`).
 */
export const constraintsOf = (
  statement: Statement,
  checks: ReadonlyArray<Arithmetic>,
  side: ComputedSide,
  index: PartIndex,
): { readonly constraints: ReadonlyArray<Constraint>; readonly identities: Identities } => {
  const d = statement.data;
  const id = d.figureId as string;
  const own = (slot: NumberRef['slot'], value: number, decimals?: number): Term => ({ ref: { id, slot }, value, ...(decimals === undefined ? {} : { decimals }) });
  const constraints: Constraint[] = [];
  const identities: Array<readonly [NumberRef, NumberRef]> = [];
  const totalSlot: NumberRef['slot'] = d.value !== undefined ? 'value' : 'numerator';
  // A rate's numerator counts participants; its denominator, and a count's companion, count what it is a fraction of.
  const measure = d.figure.measure === 'participation-rate' ? 'participants' : d.figure.measure;
  const denominatorMeasure = d.figure.measure === 'participation-rate' ? 'eligible' : `${d.figure.measure}/denominator`;
  for (const a of checks) {
    switch (a._tag) {
      case 'Sum': {
        const parts = factTerms(a.parts, measure);
        if (parts === undefined) break;
        const total = own(totalSlot, a.stated);
        constraints.push(
          a.qualifier === undefined
            ? { _tag: 'Equal', left: [total], right: parts, offset: 0, figureId: id, line: a.line }
            : { _tag: 'Within', counted: parts, bound: total, qualifier: a.qualifier, figureId: id, line: a.line },
        );
        break;
      }
      case 'Units': {
        const parts = factTerms(a.sameUnit, measure);
        if (parts !== undefined) constraints.push({ _tag: 'Equal', left: [own(totalSlot, a.stated)], right: parts, offset: 0, figureId: id, line: a.line });
        break;
      }
      case 'Compare': {
        const facts = factTerms(a.operands, a.what === 'denominator' ? denominatorMeasure : measure);
        if (facts === undefined) break;
        const stated = own(slotOf(a.what), a.stated);
        constraints.push({ _tag: 'Equal', left: [stated], right: facts, offset: a.exempted ?? 0, figureId: id, line: a.line });
        const only = facts.length === 1 ? facts[0] : undefined;
        if (only !== undefined && a.equal && a.exempted === undefined && quoteOfFact(index, only.ref.id) === statement.ref.quote) identities.push([stated.ref, only.ref]);
        break;
      }
      case 'Bound': {
        const counted = factTerms(side.valueOperands, measure);
        if (counted !== undefined) constraints.push({ _tag: 'Within', counted, bound: own('value', a.stated), qualifier: a.qualifier, figureId: id, line: a.line });
        break;
      }
      case 'Percent': {
        const percent = own('percent', a.stated.scaled, a.stated.decimals);
        const common = { percent, stated: a.stated, ...(a.qualifier === undefined ? {} : { qualifier: a.qualifier }), figureId: id, line: a.line };
        if (a.fraction === 'stated' && d.numerator !== undefined && d.denominator !== undefined) {
          constraints.push({ _tag: 'Rate', ...common, numerator: [own('numerator', d.numerator)], denominator: [own('denominator', d.denominator)], offset: 0 });
        } else if (a.fraction === 'computed') {
          const numerator = factTerms(side.valueOperands, measure);
          const denominator = factTerms(side.denominatorOperands, denominatorMeasure);
          if (numerator !== undefined && denominator !== undefined) constraints.push({ _tag: 'Rate', ...common, numerator, denominator, offset: a.exempted ?? 0 });
        }
        break;
      }
      default:
        break;
    }
  }
  return { constraints, identities };
};

const SLOT_WORDS: { readonly [s in NumberRef['slot']]: Label } = {
  value: { vi: '', en: '' },
  numerator: { vi: 'tử số ', en: 'the numerator ' },
  denominator: { vi: 'mẫu số ', en: 'the denominator ' },
  percent: { vi: 'tỷ lệ ', en: 'the percentage ' },
  fact: { vi: '', en: '' },
};

/** How localisation names a number: "tỷ lệ 94,2%", "mẫu số 2.321", "36": by its place in the statement, never by an id. */
export const describeNumber: DescribeRef = (ref, value, decimals) => {
  const text = (lang: Language) => `${SLOT_WORDS[ref.slot][lang]}${writtenNumber(value, decimals, lang)}`;
  return { vi: text('vi'), en: text('en') };
};

/**
 * The slips that would make an infeasible percentage possible over its denominator: a slip in the
 * percentage's digits, or in the denominator's, after which some whole count gives it.
 */
export const feasibilityHypotheses = (statement: Statement): ReadonlyArray<Diagnosis> => {
  const d = statement.data;
  if (d.percent === undefined || d.denominator === undefined || d.denominator <= 0) return [];
  const id = d.figureId as string;
  const percent = d.percent;
  const feasible = (denominator: number, scaled: number) =>
    denominator > 0 && !isEmptyRange(numeratorRange(denominator, percentInterval({ ...percent, scaled: scaled as typeof percent.scaled }, d.percentQualifier)));
  const denominator = d.denominator;
  // A denominator a thousand times larger makes any percentage possible: no hypothesis at all.
  return [
    ...slipsOf(percent.scaled, 'percent', percent.decimals)
      .filter((s) => feasible(denominator, s.value))
      .map((s) => diagnosisOf({ id, slot: 'percent' }, percent.scaled, s, percent.decimals)),
    ...slipsOf(denominator, 'count')
      .filter((s) => s.slip !== 'decimal-separator' && feasible(s.value, percent.scaled))
      .map((s) => diagnosisOf({ id, slot: 'denominator' }, denominator, s)),
  ];
};
