import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { oneOf } from '../model/codecFailures';
import { decodeWith } from '../errors/invalidInput';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import type { Label } from '../model/labels';
import { NonEmptyText } from '../model/nonEmptyText';
import { OrganisationKind } from '../model/organisationKind';
import type { Language } from '../text/language';
import { Coefficient, Integer, closed, dispatch, expectation, isRecord, nonEmptyArray } from './rules/codecSupport';
import { FigureTemplate } from './rules/figureTemplate';

/**
 * How the two sides of a rule must compare. The six comparisons hold between the sides' values;
 * `compulsory-pair` asks that both sides have data or neither, `exclusive-pair` that at most one
 * side has data (the pair operators look at presence only, never at values).
 */
export const RuleOperator = oneOf(
  {
    'equal-to': null,
    'not-equal-to': null,
    'greater-than': null,
    'greater-than-or-equal-to': null,
    'less-than': null,
    'less-than-or-equal-to': null,
    'compulsory-pair': null,
    'exclusive-pair': null,
  },
  'RuleOperator',
);
/** How the two sides of a rule must compare. */
export type RuleOperator = t.TypeOf<typeof RuleOperator>;

/**
 * What to do with a side whose figures are missing (`no-data` or `not-computable`):
 * `skip-if-any-value-missing` skips the evaluation when any figure of the side is missing;
 * `skip-if-all-values-missing` skips it only when every figure of the side is (the missing ones
 * count as 0); `never-skip` always evaluates, counting every missing figure as 0 and saying so.
 */
export const MissingValueStrategy = oneOf(
  { 'skip-if-any-value-missing': null, 'skip-if-all-values-missing': null, 'never-skip': null },
  'MissingValueStrategy',
);
/** What to do with a side whose figures are missing. */
export type MissingValueStrategy = t.TypeOf<typeof MissingValueStrategy>;

/** How much a violation matters, as DHIS2 grades its validation rules. */
export const RuleImportance = oneOf({ high: null, medium: null, low: null }, 'RuleImportance');
/** How much a violation matters. */
export type RuleImportance = t.TypeOf<typeof RuleImportance>;

const Bilingual = closed(t.type({ vi: NonEmptyText, en: NonEmptyText }, 'Bilingual'), ['vi', 'en']);

/** Text a rule shows: one string for both languages, or `{ "vi": ..., "en": ... }`. */
export const RuleText = dispatch<t.Mixed>('RuleText (a text, or { "vi": ..., "en": ... })', [NonEmptyText, Bilingual], (u) =>
  typeof u === 'string' ? NonEmptyText : isRecord(u) ? Bilingual : undefined,
) as t.Type<NonEmptyText | t.TypeOf<typeof Bilingual>, string | { readonly vi: string; readonly en: string }, unknown>;
/** Text a rule shows, in one language for both or in each. */
export type RuleText = t.TypeOf<typeof RuleText>;

/** A rule's text in one language: a single text serves both. */
export const ruleTextIn = (text: RuleText, lang: Language): string => (typeof text === 'string' ? text : text[lang]);

/** A rule's text as a label in both languages. */
export const ruleLabel = (text: RuleText): Label => ({ vi: ruleTextIn(text, 'vi'), en: ruleTextIn(text, 'en') });

/** A figure operand: a figure key template, times an optional whole coefficient (1 when absent). */
export const FigureOperand = closed(fields({ figure: FigureTemplate }, { coefficient: Coefficient }, 'FigureOperand'), ['figure', 'coefficient']);
/** A figure operand. */
export type FigureOperand = t.TypeOf<typeof FigureOperand>;

/** A constant operand: a whole number, never missing. */
export const ConstantOperand = closed(t.type({ constant: Integer }, 'ConstantOperand'), ['constant']);
/** A constant operand. */
export type ConstantOperand = t.TypeOf<typeof ConstantOperand>;

/** One term of an expression: `{ "figure": {...}, "coefficient"?: n }` or `{ "constant": n }`. */
export const RuleOperand = dispatch<t.Mixed>('Operand ({ "figure": ... } or { "constant": ... })', [FigureOperand, ConstantOperand], (u) =>
  isRecord(u) ? ('figure' in u ? FigureOperand : 'constant' in u ? ConstantOperand : undefined) : undefined,
) as t.Type<FigureOperand | ConstantOperand, t.OutputOf<typeof FigureOperand> | t.OutputOf<typeof ConstantOperand>, unknown>;
/** One term of an expression. */
export type RuleOperand = t.TypeOf<typeof RuleOperand>;

/** One side of a rule: the sum of its operands, each figure times its coefficient. */
export const RuleExpression = nonEmptyArray(RuleOperand, 'Expression (a non-empty list of operands)');
/** One side of a rule. */
export type RuleExpression = t.TypeOf<typeof RuleExpression>;

const SideStrategies = closed(
  t.type({ left: MissingValueStrategy, right: MissingValueStrategy }, 'SideStrategies'),
  ['left', 'right'],
);

/** One strategy for both sides, or `{ "left": ..., "right": ... }`, each side judged on its own. */
export const RuleMissingValues = dispatch<t.Mixed>(
  'MissingValueStrategy, or { "left": ..., "right": ... }',
  [MissingValueStrategy, SideStrategies],
  (u) => (typeof u === 'string' ? MissingValueStrategy : isRecord(u) ? SideStrategies : undefined),
) as t.Type<MissingValueStrategy | t.TypeOf<typeof SideStrategies>, string | { readonly left: string; readonly right: string }, unknown>;
/** One strategy for both sides, or one for each. */
export type RuleMissingValues = t.TypeOf<typeof RuleMissingValues>;

/** Which periods a rule's period placeholders take: single years or spans of years (DHIS2's period type, for our periods). */
export const RulePeriodType = oneOf({ year: null, span: null }, 'PeriodType');
/** A single year or a span of years. */
export type RulePeriodType = t.TypeOf<typeof RulePeriodType>;

const RULE_FIELDS = {
  required: { id: Id, name: RuleText, operator: RuleOperator, left: RuleExpression, right: RuleExpression },
  optional: {
    description: RuleText,
    instruction: RuleText,
    importance: RuleImportance,
    missingValueStrategy: RuleMissingValues,
    periodType: RulePeriodType,
    organisationKinds: t.readonlyArray(OrganisationKind),
  },
};

/**
 * A validation rule as data, modelled on DHIS2's: a left expression, an operator and a right
 * expression over figures, evaluated for every binding of its placeholders that the facts
 * present. Defaults: importance `medium`, missing values `skip-if-any-value-missing`.
 * `periodType` keeps only years or only spans for period placeholders; `organisationKinds` keeps
 * only organisations of those kinds for organisation placeholders. Unknown fields are rejected.
 */
export const ValidationRule = closed(fields(RULE_FIELDS.required, RULE_FIELDS.optional, 'ValidationRule'), [
  ...Object.keys(RULE_FIELDS.required),
  ...Object.keys(RULE_FIELDS.optional),
]);
/** A validation rule as data. */
export type ValidationRule = t.TypeOf<typeof ValidationRule>;
/** A validation rule as JSON, before decoding. */
export type ValidationRuleInput = t.OutputOf<typeof ValidationRule>;

const RuleList = t.readonlyArray(ValidationRule);

/** Rule ids must be unique in a set: a violation names its rule by id. */
const UniqueRules = new t.Type<ReadonlyArray<ValidationRule>, ReadonlyArray<ValidationRuleInput>, unknown>(
  'a list of rules with distinct ids',
  (u): u is ReadonlyArray<ValidationRule> => RuleList.is(u) && new Set(u.map((r) => r.id)).size === u.length,
  (u, c) => {
    const decoded = RuleList.validate(u, c);
    if (E.isLeft(decoded)) return decoded;
    const seen = new Set<string>();
    const errors: t.ValidationError[] = [];
    decoded.right.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        const item = t.appendContext(c, String(i), ValidationRule, rule);
        const distinct = expectation(`an id no earlier rule of the set has ("${rule.id}" is taken)`);
        errors.push({ value: rule.id, context: t.appendContext(item, 'id', distinct, rule.id) });
      }
      seen.add(rule.id);
    });
    return errors.length > 0 ? t.failures(errors) : t.success(decoded.right);
  },
  (a) => RuleList.encode(a),
);

/** A set of rules as one JSON document: `{ "rules": [ ... ] }`. */
export const RuleSet = closed(t.type({ rules: UniqueRules }, 'RuleSet'), ['rules']);
/** A set of rules. */
export type RuleSet = t.TypeOf<typeof RuleSet>;

/** Decodes one rule from JSON; the error names each problem's path (`left.0.figure.stage`). */
export const decodeValidationRule = decodeWith(ValidationRule, 'validation rule');

/** Decodes a rule set from JSON; the error names each problem's path (`rules.2.operator`). */
export const decodeRuleSet = decodeWith(RuleSet, 'rule set');
