import type { RuleUnknownTerm } from './ruleTerms';
import type { FigureKey } from '../../model/figureKey';
import type { Label } from '../../model/labels';
import type { Figure } from '../../projections/figure';
import type { MissingValueStrategy, RuleImportance, RuleOperator } from '../validationRule';
import type { RuleBinding, BoundValue } from './figureTemplate';

/** A constant operand as evaluated. */
export interface RuleConstantResult {
  readonly kind: 'constant';
  readonly value: number;
}

/** A figure operand as evaluated: its key under the binding, the figure with its contributions, and what it added. */
export interface RuleFigureResult {
  readonly kind: 'figure';
  readonly coefficient: number;
  readonly key: FigureKey;
  /** The figure figureOf computed, with every contribution (counted and shadowed) and the events behind it. */
  readonly figure: Figure;
  /** True when the figure is `no-data` or `not-computable`: it then adds 0, and a violation says so. */
  readonly missing: boolean;
  /** What the operand adds to its side: the coefficient times the figure's value, 0 when missing. */
  readonly value: number;
  /** The figure's name in both languages (measure and the dimensions its key fixes). */
  readonly label: Label;
}

/** One operand as evaluated. */
export type RuleOperandResult = RuleConstantResult | RuleFigureResult;

/** One side of a rule as evaluated. */
export interface RuleSideResult {
  readonly operands: ReadonlyArray<RuleOperandResult>;
  /** The sum of the operands' values, missing figures counted as 0. */
  readonly value: number;
  /** Whether the side has data: some figure is computed, or the side is only constants. */
  readonly hasData: boolean;
  /** The side's missing figures. */
  readonly missing: ReadonlyArray<RuleFigureResult>;
  readonly strategy: MissingValueStrategy;
}

/** A placeholder's value in a binding, with its label (an organisation's name, a category's words, a period "2007–2010"). */
export interface BoundPlaceholder {
  readonly name: string;
  readonly value: BoundValue;
  readonly label: Label;
}

/**
 * A rule that does not hold for one binding: the rule, the binding, both sides with each operand's
 * figure and contributions, the arithmetic in both languages ("15 + 29 = 44 > 43") and the events
 * whose facts were counted.
 */
export interface RuleViolation {
  readonly ruleId: string;
  readonly name: Label;
  readonly importance: RuleImportance;
  readonly instruction?: Label;
  readonly operator: RuleOperator;
  /** Placeholder name (without `$`) to its value. */
  readonly binding: RuleBinding;
  /** The binding in the rule's order of placeholders, with labels. */
  readonly placeholders: ReadonlyArray<BoundPlaceholder>;
  readonly left: RuleSideResult;
  readonly right: RuleSideResult;
  /** The comparison as it came out, e.g. "15 + 29 = 44 > 43"; for pair rules, which side has data. */
  readonly arithmetic: Label;
  /** One line for a reader: the rule's name, the binding, the arithmetic, what was expected and what counted as 0. */
  readonly message: Label;
  /** The figures that were missing and counted as 0 (only under `never-skip` or `skip-if-all-values-missing`). */
  readonly countedAsZero: ReadonlyArray<RuleFigureResult>;
  /** The events whose facts the figures counted, each once, in store order. */
  readonly eventIds: ReadonlyArray<string>;
}

/**
 * A binding the rule did not compare because an eligible population covers only part of its
 * scope (declared by some of the organisations below it) while the other side covers another
 * part: a district's participants are never held to the communes' sum as if it were the district's.
 */
export interface RulePartialComparison {
  readonly ruleId: string;
  readonly name: Label;
  readonly binding: RuleBinding;
  readonly placeholders: ReadonlyArray<BoundPlaceholder>;
  /** The figure that covers part of its scope, and the organisations below the scope it leaves out. */
  readonly partial: RuleFigureResult;
  readonly missing: ReadonlyArray<{ readonly organisationId: string; readonly name: string }>;
  /** The side it was to be set against, as evaluated. */
  readonly against: RuleSideResult;
  /** "mẫu số 1.200 chỉ gồm ... (thiếu: ...), không đặt cạnh 2.000 ...", in both languages. */
  readonly message: Label;
}

/** How one rule fared: bindings compared, bindings skipped for missing values, bindings not compared for partial coverage, violations. */
export interface RuleTally {
  readonly ruleId: string;
  readonly evaluated: number;
  readonly skipped: number;
  readonly notCompared: number;
  readonly violations: number;
}

/** The outcome of evaluating rules against the facts: counts, the violations, and a tally per rule. */
export interface RuleEvaluation {
  /** Bindings compared (held or violated), over all rules. */
  readonly evaluated: number;
  /** Bindings not compared because the missing-value strategy skipped them. */
  readonly skipped: number;
  /** Violations in rule order, then binding order. */
  readonly violations: ReadonlyArray<RuleViolation>;
  /** Bindings not compared because a side covers only part of its scope (see `RulePartialComparison`). */
  readonly notCompared: ReadonlyArray<RulePartialComparison>;
  /** Terms the rules fix that the history's vocabulary does not define: those figures match nothing. */
  readonly unknownTerms: ReadonlyArray<RuleUnknownTerm>;
  readonly byRule: ReadonlyArray<RuleTally>;
}
