import type { RulePartialComparison, RuleViolation } from './rules/ruleViolation';
import type { RuleUnknownTerm } from './rules/ruleTerms';
import { evaluateRules } from './evaluateRules';
import { type AuditFinding, SEVERITIES, type Severity } from './finding';
import type { ValidationRule } from './validationRule';
import { reconcile, reconciliationFindings } from './reconcile';
import type { Reconciliation, ReconciliationKind } from './reconciliation';
import { ruleFindings } from './ruleFindings';
import type { LogDigest } from '../integrity/logDigest';
import type { LogProblem } from '../integrity/verificationReport';
import type { CampaignFacts } from '../projections/campaignFacts';
import { type FigureLookup, figureLookup } from '../projections/figureLookup';

/** What the verification of the log found, as the report prints it. */
export type LogStatus =
  | { readonly _tag: 'Intact'; readonly digest: LogDigest }
  | { readonly _tag: 'Broken'; readonly problem: LogProblem }
  | { readonly _tag: 'NotVerified'; readonly reason: string };

/**
 * The audit a report closes with: every stated figure reconciled (the alarms in full, the others
 * counted by class), the validation rules' violations, every finding of both with its severity
 * (alarms, then warnings, then notes), and whether the log verifies.
 */
export interface AuditSection {
  readonly reconciliation: {
    readonly statedFigures: number;
    readonly byKind: { readonly [k in ReconciliationKind]?: number };
    readonly alarms: ReadonlyArray<Reconciliation>;
  };
  readonly rules: {
    readonly rules: number;
    readonly evaluated: number;
    readonly skipped: number;
    /** Bindings not compared because an eligible population covers only part of its scope. */
    readonly notCompared: ReadonlyArray<RulePartialComparison>;
    readonly violations: ReadonlyArray<RuleViolation>;
    /** Terms the rules fix that the vocabulary does not define (each also a `rule-unknown-term` warning). */
    readonly unknownTerms: ReadonlyArray<RuleUnknownTerm>;
  };
  /** Every finding of the reconciliation and of the rules, gravest first: figure ids, quotes, arithmetic, severity. */
  readonly findings: ReadonlyArray<AuditFinding>;
  /** How many findings of each severity. */
  readonly bySeverity: { readonly [s in Severity]: number };
  readonly log: LogStatus;
}

/** What an audit can share with the report it closes: the figures and the reconciliation, so nothing is computed twice. */
export interface AuditInputs {
  readonly figures?: FigureLookup;
  readonly reconciliations?: ReadonlyArray<Reconciliation>;
}

/**
 * Audits the facts a report was built from: reconciles every stated figure, evaluates the rules
 * (the built-in set or the caller's), and carries the log's verification, which the caller runs
 * through the store (`verifyLog`, `exportDigest`) since the facts alone cannot show tampering.
 */
export const buildAuditSection = (
  facts: CampaignFacts,
  rules: ReadonlyArray<ValidationRule>,
  log: LogStatus,
  shared: AuditInputs = {},
): AuditSection => {
  const figures = shared.figures ?? figureLookup(facts);
  const reconciliations = shared.reconciliations ?? reconcile(facts, figures);
  const byKind: { [k in ReconciliationKind]?: number } = {};
  for (const r of reconciliations) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
  const evaluation = evaluateRules(facts, rules, figures);
  const own = reconciliationFindings(reconciliations);
  const fromRules = ruleFindings(evaluation, reconciliations);
  // Gravest first; of one severity, the statements' findings in report order, then the rules'.
  const findings = SEVERITIES.flatMap((s) => [...own.filter((f) => f.severity === s), ...fromRules.filter((f) => f.severity === s)]);
  const bySeverity = { alarm: 0, warning: 0, note: 0 };
  for (const f of findings) bySeverity[f.severity] += 1;
  return {
    reconciliation: { statedFigures: reconciliations.length, byKind, alarms: reconciliations.filter((r) => r.alarm) },
    rules: {
      rules: rules.length,
      evaluated: evaluation.evaluated,
      skipped: evaluation.skipped,
      notCompared: evaluation.notCompared,
      violations: evaluation.violations,
      unknownTerms: evaluation.unknownTerms,
    },
    findings,
    bySeverity,
    log,
  };
};
