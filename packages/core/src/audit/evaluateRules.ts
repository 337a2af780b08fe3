import type { FigureKey, Measure } from '../model/figureKey';
import type { CampaignFacts } from '../projections/campaignFacts';
import { termLabelOf } from '../projections/factsVocabulary';
import type { Figure } from '../projections/figure';
import { type FigureLookup, figureLookup } from '../projections/figureLookup';
import { unknownTermsOf } from './rules/ruleTerms';
import { figureLabel, type NameLookup } from '../text/figureLabel';
import { coverageArithmetic } from './findingArithmetic';
import { type PartIndex, partIndexOf } from './reconcileParts';
import { coordinatesOf, type Coordinates } from './rules/figureCoordinates';
import { type ScopeCoverage, sameCoverage, scopeCoverage } from './scopeCoverage';
import { type RuleBinding, instantiateTemplate } from './rules/figureTemplate';
import { bindingsOf, placeholdersOf } from './rules/ruleBindings';
import { arithmeticOf, boundValueLabel, messageOf } from './rules/ruleText';
import type {
  BoundPlaceholder,
  RuleFigureResult,
  RuleOperandResult,
  RuleEvaluation,
  RulePartialComparison,
  RuleTally,
  RuleViolation,
  RuleSideResult,
} from './rules/ruleViolation';
import { type RuleExpression, type MissingValueStrategy, type RuleOperator, type ValidationRule, ruleLabel } from './validationRule';

const DEFAULT_STRATEGY: MissingValueStrategy = 'skip-if-any-value-missing';

/** The strategies of a rule's two sides, with the default filled in. */
export const strategiesOf = (rule: ValidationRule): { readonly left: MissingValueStrategy; readonly right: MissingValueStrategy } => {
  const s = rule.missingValueStrategy ?? DEFAULT_STRATEGY;
  return typeof s === 'string' ? { left: s, right: s } : s;
};

// One evaluation reads the same figures and coordinates for many rules and bindings; both are
// pure functions of the facts, so they are computed once per call.
interface Memo {
  readonly figure: (key: FigureKey) => Figure;
  readonly coverage: (figure: Figure) => ScopeCoverage;
  readonly coordinates: (measure: Measure) => ReadonlyArray<Coordinates>;
  readonly names: NameLookup;
}

const memoOf = (facts: CampaignFacts, figures: FigureLookup): Memo => {
  const coordinates = new Map<Measure, ReadonlyArray<Coordinates>>();
  let index: PartIndex | undefined;
  return {
    figure: figures,
    coverage: (figure) => {
      index ??= partIndexOf(facts);
      return scopeCoverage(facts, index, figure);
    },
    coordinates: (measure) => {
      const known = coordinates.get(measure);
      if (known !== undefined) return known;
      const computed = coordinatesOf(facts, measure);
      coordinates.set(measure, computed);
      return computed;
    },
    names: {
      organisation: (id) => facts.organisations.get(id)?.data.name,
      contest: (id) => facts.contests.get(id)?.data.title,
      topic: (id) => facts.topics.get(id)?.data.title,
      term: (kind, termId) => termLabelOf(facts, kind, termId),
    },
  };
};

/** The figure keys of an expression under a binding, or undefined when a bound value does not fit one of its fields. */
const keysOf = (expression: RuleExpression, binding: RuleBinding): ReadonlyArray<FigureKey | null> | undefined => {
  const keys: Array<FigureKey | null> = [];
  for (const operand of expression) {
    if (!('figure' in operand)) {
      keys.push(null);
      continue;
    }
    const key = instantiateTemplate(operand.figure, binding);
    if (key === undefined) return undefined;
    keys.push(key);
  }
  return keys;
};

const sideOf = (memo: Memo, expression: RuleExpression, keys: ReadonlyArray<FigureKey | null>, strategy: MissingValueStrategy): RuleSideResult => {
  const operands = expression.map((operand, i): RuleOperandResult => {
    const key = keys[i];
    if (!('figure' in operand) || key === null || key === undefined) return { kind: 'constant', value: 'constant' in operand ? operand.constant : 0 };
    const figure = memo.figure(key);
    const coefficient = operand.coefficient ?? 1;
    const missing = figure.status !== 'computed';
    return {
      kind: 'figure',
      coefficient,
      key,
      figure,
      missing,
      value: missing ? 0 : coefficient * (figure.value ?? 0),
      label: { vi: figureLabel(key, 'vi', memo.names), en: figureLabel(key, 'en', memo.names) },
    };
  });
  const figures = operands.filter((o): o is RuleFigureResult => o.kind === 'figure');
  const missing = figures.filter((f) => f.missing);
  return {
    operands,
    value: operands.reduce((sum, o) => sum + o.value, 0),
    hasData: figures.length === 0 || missing.length < figures.length,
    missing,
    strategy,
  };
};

const unknownStrategy = (strategy: never): never => {
  throw new TypeError(`evaluateRules: unknown missing-value strategy ${String(strategy)}`);
};

const skips = (side: RuleSideResult): boolean => {
  const figures = side.operands.filter((o) => o.kind === 'figure').length;
  switch (side.strategy) {
    case 'skip-if-any-value-missing':
      return side.missing.length > 0;
    case 'skip-if-all-values-missing':
      return figures > 0 && side.missing.length === figures;
    case 'never-skip':
      return false;
    default:
      return unknownStrategy(side.strategy);
  }
};

const unknownOperator = (operator: never): never => {
  throw new TypeError(`evaluateRules: unknown operator ${String(operator)}`);
};

/** Whether a rule holds between its two sides. */
export const ruleHolds = (operator: RuleOperator, left: RuleSideResult, right: RuleSideResult): boolean => {
  switch (operator) {
    case 'equal-to':
      return left.value === right.value;
    case 'not-equal-to':
      return left.value !== right.value;
    case 'greater-than':
      return left.value > right.value;
    case 'greater-than-or-equal-to':
      return left.value >= right.value;
    case 'less-than':
      return left.value < right.value;
    case 'less-than-or-equal-to':
      return left.value <= right.value;
    case 'compulsory-pair':
      return left.hasData === right.hasData;
    case 'exclusive-pair':
      return !(left.hasData && right.hasData);
    default:
      return unknownOperator(operator);
  }
};

const isPair = (operator: RuleOperator): boolean => operator === 'compulsory-pair' || operator === 'exclusive-pair';

const eventIdsOf = (sides: ReadonlyArray<RuleSideResult>): ReadonlyArray<string> => {
  const counted = sides
    .flatMap((s) => s.operands)
    .flatMap((o) => (o.kind === 'figure' ? o.figure.contributions.filter((c) => c.role === 'counted') : []))
    .sort((a, b) => a.globalPosition - b.globalPosition);
  return [...new Set(counted.map((c) => c.eventId))];
};

// The binding in the rule's order of placeholders, each value with its label.
const boundPlaceholders = (facts: CampaignFacts, rule: ValidationRule, binding: RuleBinding): ReadonlyArray<BoundPlaceholder> =>
  placeholdersOf(rule).flatMap((p): BoundPlaceholder[] => {
    const value = binding[p.name];
    const position = p.positions[0];
    return value === undefined || position === undefined ? [] : [{ name: p.name, value, label: boundValueLabel(facts, position, value) }];
  });

const violationOf = (
  facts: CampaignFacts,
  rule: ValidationRule,
  binding: RuleBinding,
  left: RuleSideResult,
  right: RuleSideResult,
): RuleViolation => {
  const placeholders = boundPlaceholders(facts, rule, binding);
  const name = ruleLabel(rule.name);
  const countedAsZero = isPair(rule.operator) ? [] : [...left.missing, ...right.missing];
  const arithmetic = arithmeticOf(rule.operator, left, right);
  return {
    ruleId: rule.id,
    name,
    importance: rule.importance ?? 'medium',
    ...(rule.instruction === undefined ? {} : { instruction: ruleLabel(rule.instruction) }),
    operator: rule.operator,
    binding,
    placeholders,
    left,
    right,
    arithmetic,
    message: messageOf(name, placeholders, rule.operator, arithmetic, countedAsZero),
    countedAsZero,
    eventIds: eventIdsOf([left, right]),
  };
};

interface RuleOutcome {
  readonly tally: RuleTally;
  readonly violations: ReadonlyArray<RuleViolation>;
  readonly notCompared: ReadonlyArray<RulePartialComparison>;
}

// An eligible population declared by only some of the organisations below its scope is set only
// against figures that cover the same organisations; against any other it is partial, not a
// denominator.
const partialOf = (memo: Memo, left: RuleSideResult, right: RuleSideResult): { readonly figure: RuleFigureResult; readonly against: RuleSideResult; readonly coverage: Extract<ScopeCoverage, { _tag: 'partial' }> } | undefined => {
  const present = (side: RuleSideResult) => side.operands.filter((o): o is RuleFigureResult => o.kind === 'figure' && !o.missing);
  for (const [side, other] of [
    [left, right],
    [right, left],
  ] as const) {
    for (const f of present(side).filter((o) => o.key.measure === 'eligible')) {
      const coverage = memo.coverage(f.figure);
      if (coverage._tag !== 'partial') continue;
      const others = [...present(side), ...present(other)].filter((o) => o !== f && o.key.measure !== 'eligible');
      if (others.some((o) => !sameCoverage(memo.coverage(o.figure), coverage))) return { figure: f, against: other, coverage };
    }
  }
  return undefined;
};

const partialComparisonOf = (
  facts: CampaignFacts,
  rule: ValidationRule,
  binding: RuleBinding,
  found: NonNullable<ReturnType<typeof partialOf>>,
): RulePartialComparison => {
  const placeholders = boundPlaceholders(facts, rule, binding);
  const operands = found.figure.figure.contributions
    .filter((c) => c.role === 'counted')
    .map((c) => ({ value: c.value, factId: c.factId, eventId: c.eventId }));
  const arithmetic = coverageArithmetic('rule', operands, found.figure.figure.value ?? 0, found.against.value, found.coverage.missing);
  return {
    ruleId: rule.id,
    name: ruleLabel(rule.name),
    binding,
    placeholders,
    partial: found.figure,
    missing: found.coverage.missing,
    against: found.against,
    message: arithmetic.line,
  };
};

const evaluateRule = (facts: CampaignFacts, memo: Memo, rule: ValidationRule): RuleOutcome => {
  const strategies = strategiesOf(rule);
  const violations: RuleViolation[] = [];
  const notCompared: RulePartialComparison[] = [];
  let evaluated = 0;
  let skipped = 0;
  for (const binding of bindingsOf(facts, rule, memo.coordinates)) {
    const leftKeys = keysOf(rule.left, binding);
    const rightKeys = keysOf(rule.right, binding);
    if (leftKeys === undefined || rightKeys === undefined) continue;
    const left = sideOf(memo, rule.left, leftKeys, strategies.left);
    const right = sideOf(memo, rule.right, rightKeys, strategies.right);
    if (!isPair(rule.operator) && (skips(left) || skips(right))) {
      skipped += 1;
      continue;
    }
    const partial = isPair(rule.operator) ? undefined : partialOf(memo, left, right);
    if (partial !== undefined) {
      notCompared.push(partialComparisonOf(facts, rule, binding, partial));
      continue;
    }
    evaluated += 1;
    if (!ruleHolds(rule.operator, left, right)) violations.push(violationOf(facts, rule, binding, left, right));
  }
  return { tally: { ruleId: rule.id, evaluated, skipped, notCompared: notCompared.length, violations: violations.length }, violations, notCompared };
};

/**
 * Evaluates validation rules against campaign facts: each rule for every binding of its
 * placeholders that the facts present (see `bindingsOf`), each side's figures looked up in
 * `figures` (a report shares its own, so each figure is computed once), missing figures handled by
 * the rule's strategy. An eligible population declared by only some of the organisations below
 * its scope is not compared with a figure of another coverage: the binding is listed in
 * `notCompared` with the organisations it leaves out. The facts are whatever state the
 * caller folded, so evaluating as of a point in the log is folding the log up to that point.
 *
 * @example
 * const facts = runProjection(campaignFactsProjection, envelopes.slice(0, 120));
 * const { violations } = evaluateRules(facts, builtInRules);
 * violations.map((v) => v.message.en);
 * // ["Awards decided do not exceed awards proposed (2007–2010, collectives): 15 + 29 = 44 > 43, expected ≤"]
 */
export const evaluateRules = (
  facts: CampaignFacts,
  rules: ReadonlyArray<ValidationRule>,
  figures: FigureLookup = figureLookup(facts),
): RuleEvaluation => {
  const memo = memoOf(facts, figures);
  const outcomes = rules.map((rule) => evaluateRule(facts, memo, rule));
  return {
    evaluated: outcomes.reduce((n, o) => n + o.tally.evaluated, 0),
    skipped: outcomes.reduce((n, o) => n + o.tally.skipped, 0),
    violations: outcomes.flatMap((o) => o.violations),
    notCompared: outcomes.flatMap((o) => o.notCompared),
    unknownTerms: rules.flatMap((rule) => unknownTermsOf(facts, rule)),
    byRule: outcomes.map((o) => o.tally),
  };
};
