import { figureKeyTermFields } from '../../model/figureKey';
import type { Label } from '../../model/labels';
import type { TermKind } from '../../model/termKind';
import { termIdsOf } from '../../model/vocabulary';
import { nearestFirst } from '../../text/nearestFirst';
import type { CampaignFacts } from '../../projections/campaignFacts';
import { vocabularyOf } from '../../projections/factsVocabulary';
import { type ValidationRule, ruleLabel } from '../validationRule';

/**
 * A term a rule fixes that the history's vocabulary does not define: the rule would match no
 * fact and be skipped in silence, so the evaluation names it, where it is written, and the known
 * terms of its kind, nearest first.
 */
export interface RuleUnknownTerm {
  readonly ruleId: string;
  readonly name: Label;
  /** Where the rule writes it: `left.0.figure.stage`, `organisationKinds.1`. */
  readonly path: string;
  readonly kind: TermKind;
  readonly termId: string;
  /** The terms of that kind the vocabulary defines, nearest first. */
  readonly known: ReadonlyArray<string>;
}

/** The terms a rule fixes (in its figures and its organisation kinds) that the facts' vocabulary does not define. */
export const unknownTermsOf = (facts: CampaignFacts, rule: ValidationRule): ReadonlyArray<RuleUnknownTerm> => {
  const vocabulary = vocabularyOf(facts);
  const name = ruleLabel(rule.name);
  const check = (path: string, kind: TermKind, termId: string): ReadonlyArray<RuleUnknownTerm> => {
    const known = termIdsOf(vocabulary, kind);
    return known.includes(termId) ? [] : [{ ruleId: rule.id, name, path, kind, termId, known: nearestFirst(termId, known) }];
  };
  const sides = [['left', rule.left] as const, ['right', rule.right] as const];
  const inFigures = sides.flatMap(([side, operands]) =>
    operands.flatMap((operand, i) => {
      if (!('figure' in operand)) return [];
      const { measure, fixed } = operand.figure;
      return figureKeyTermFields(measure).flatMap(({ field, kind }) => {
        const value = fixed[field];
        return typeof value === 'string' ? check(`${side}.${i}.figure.${field}`, kind, value) : [];
      });
    }),
  );
  const inKinds = (rule.organisationKinds ?? []).flatMap((kind, i) => check(`organisationKinds.${i}`, 'organisation-kind', kind));
  return [...inFigures, ...inKinds];
};
