import { type CampaignFacts, type Fact, reportedFigures } from '../projections/campaignFacts';
import { type AuditFinding, type Diagnosis, FINDING_SEVERITY, type FindingKind, type FindingStatement, type Severity, gravest } from './finding';
import { printedStatement } from './findingArithmetic';
import { type Constraint, type Identities, localiseConflicts } from './localisation';
import { type ComputedSide, computedSide } from './reconcileComputedSide';
import { constraintsOf, describeNumber, feasibilityHypotheses } from './reconcileConstraints';
import { type PartIndex, partIndexOf } from './reconcileParts';
import { type FigureLookup, figureLookup } from '../projections/figureLookup';
import type { Reconciliation } from './reconciliation';
import { restatements } from './restatements';
import { type CheckOutcome, type StatementCheck, agreementOf, checkStatement, statedNumbersOf } from './statementCheck';
import { type FindingDraft, type StatementExtras, statementExtras } from './statementFindings';

type Statement = Fact<'FigureReported'>;

/** A statement as a finding cites it: its id, its event, its numbers as printed and its sentence. */
export const findingStatementOf = (statement: Statement): FindingStatement => ({
  figureId: statement.data.figureId,
  eventId: statement.ref.eventId,
  printed: { vi: printedStatement(statement.data, 'vi'), en: printedStatement(statement.data, 'en') },
  ...(statement.ref.quote === undefined ? {} : { quote: statement.ref.quote }),
});

/** A statement with its primary finding, the further findings and the checks it takes part in, before the audit assembles them. */
interface Outcome {
  readonly statement: Statement;
  readonly side: ComputedSide;
  readonly finding: CheckOutcome;
  readonly extras: StatementExtras;
  readonly constraints: ReadonlyArray<Constraint>;
  readonly identities: Identities;
}

const reconcileStatement = (facts: CampaignFacts, figures: FigureLookup, index: PartIndex, statements: ReadonlyArray<Statement>, statement: Statement): Outcome => {
  const d = statement.data;
  const side = computedSide(facts, figures, d.figure, index);
  const { namedParts, ...f }: StatementCheck = checkStatement(d, side, index);
  const extras = statementExtras({ facts, figures, index, statements, namedParts }, d, side);
  const { constraints, identities } = constraintsOf(statement, [f.arithmetic, ...f.notes.filter((n) => n.kind === 'check').flatMap((n) => (n.arithmetic === undefined ? [] : [n.arithmetic]))], side, index);
  return { statement, side, finding: { ...f, notes: [...f.notes, ...extras.notes] }, extras, constraints, identities };
};

// A verdict that is not an agreement is a finding of its own; a partial denominator is partial coverage.
const primaryKind = (f: CheckOutcome): FindingKind | undefined => {
  switch (f.kind) {
    case 'matches-exactly':
    case 'matches-within-precision':
    case 'holds-under-qualifier':
      return undefined;
    case 'not-computable':
      return f.arithmetic._tag === 'Coverage' ? 'partial-coverage' : 'not-computable';
    default:
      return f.kind;
  }
};

// The slips a reader checks first, and few of them: a transposition is rarely a coincidence, a wrong digit often is.
const SLIP_ORDER: { readonly [s in Diagnosis['slip']]: number } = { 'transposed-digits': 0, 'part-counted-twice': 1, 'decimal-separator': 2, 'one-digit-wrong': 3 };
const MAX_HYPOTHESES = 4;
const likeliestFirst = (hypotheses: ReadonlyArray<Diagnosis>): ReadonlyArray<Diagnosis> => {
  const seen = new Set<string>();
  return [...hypotheses]
    .sort((a, b) => SLIP_ORDER[a.slip] - SLIP_ORDER[b.slip])
    .filter((h) => {
      const key = `${h.ref.id}#${h.ref.slot}#${h.wouldBe}#${h.slip}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .slice(0, MAX_HYPOTHESES);
};

const SEVERITY_ORDER: { readonly [s in Severity]: number } = { alarm: 0, warning: 1, note: 2 };

/**
 * The findings of a reconciliation, once each, gravest first and in the order of the statements
 * they are about: what `reconcile` found about every statement, and across statements.
 */
export const reconciliationFindings = (reconciliations: ReadonlyArray<Reconciliation>): ReadonlyArray<AuditFinding> =>
  reconciliations
    .flatMap((r, i) => r.findings.filter((f) => f.figureIds[0] === r.figureId).map((f) => ({ f, i })))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);

/**
 * Sets every figure a report stated (FigureReported) against the facts and classifies the result,
 * always with its arithmetic. The order of checks, which decides the primary finding (the others
 * are kept as notes):
 * 1. a total that names its parts is checked against their sum first: equal is a match even when
 *    the key's own cell holds other facts (noted), persons and attendances among the parts are a
 *    headcount set against attendances, and a different sum is a total that differs from its parts;
 * 2. a stated count in one unit whose computed figure is in the other is never compared;
 * 3. a percentage printed with its own fraction is checked against that fraction, as the interval
 *    the printed percentage stands for under its qualifier;
 * 4. each number (value under its qualifier, numerator, denominator, percentage) against the
 *    computed figure: the first difference decides, else the first number that cannot be
 *    computed, else the agreement (a percentage match is exact, within precision or within its qualifier).
 * Beside the verdict, each statement gets the further findings of `statementExtras` (a percentage
 * no whole count gives, categories that overlap, partial coverage, a missing denominator, classes
 * without participants), statements of one figure that disagree are a warning, and every
 * contradiction carries the slips that would explain it (hypotheses) and, where the checks that
 * share its numbers allow, the number to look at first (`localiseConflicts`). Each finding has a
 * severity (`AuditFinding`); a statement's is the gravest that names it.
 *
 * @example
 * const findings = reconcile(facts).filter((r) => r.alarm);
 * formatReconciliations(findings, 'vi'); // ["! Tỷ lệ tham gia, đảng viên — 2009, Huyện ủy Mường Tè: ... 2.181/2.321 = 93,97% ≠ 94,2%", ...]
 */
export const reconcile = (facts: CampaignFacts, figures: FigureLookup = figureLookup(facts)): ReadonlyArray<Reconciliation> => {
  const index = partIndexOf(facts);
  const statements = reportedFigures(facts);
  const outcomes = statements.map((s) => reconcileStatement(facts, figures, index, statements, s));
  const byId = new Map(outcomes.map((o) => [o.statement.data.figureId as string, o]));
  const restated = restatements(statements);
  const groups = localiseConflicts(
    [...outcomes.flatMap((o) => o.constraints), ...restated.constraints],
    outcomes.flatMap((o) => o.identities),
    describeNumber,
  );
  // A statement's contradictions carry what localisation found in the groups of its failing checks.
  const groupsOf = (figureId: string) => groups.filter((g) => g.failing.some((c) => c.figureId === figureId));

  const statementOf = (figureId: string): ReadonlyArray<FindingStatement> => {
    const o = byId.get(figureId);
    return o === undefined ? [] : [findingStatementOf(o.statement)];
  };
  const complete = (owner: Outcome, draft: FindingDraft): AuditFinding => {
    const id = owner.statement.data.figureId as string;
    const severity = FINDING_SEVERITY[draft.kind];
    const contradiction = severity !== 'note';
    const mine = contradiction ? groupsOf(id) : [];
    const localised = mine.find((g) => g.narrows);
    const hypotheses = likeliestFirst(draft.kind === 'percent-infeasible' ? feasibilityHypotheses(owner.statement) : mine.flatMap((g) => g.hypotheses));
    const figureIds = [id, ...(draft.others ?? []), ...(draft.context ?? [])];
    return {
      severity,
      kind: draft.kind,
      figureIds,
      statements: figureIds.flatMap(statementOf),
      subject: owner.side.explanation.title,
      arithmetic: draft.arithmetic,
      hypotheses,
      ...(localised === undefined ? {} : { localisation: localised.localisation }),
    };
  };

  const owned = new Map<string, ReadonlyArray<AuditFinding>>();
  for (const o of outcomes) {
    const id = o.statement.data.figureId as string;
    const primary = primaryKind(o.finding);
    const drafts: FindingDraft[] = [
      ...(primary === undefined ? [] : [{ kind: primary, arithmetic: o.finding.arithmetic }]),
      ...o.extras.findings,
      ...(restated.findings.get(id) ?? []),
    ];
    owned.set(id, drafts.map((draft) => complete(o, draft)));
  }
  const all = [...owned.values()].flat();
  return outcomes.map((o): Reconciliation => {
    const d = o.statement.data;
    const id = d.figureId as string;
    const about = all.filter((f) => f.figureIds[0] === id || (f.kind === 'restatement-differs' && f.figureIds.includes(id)));
    const severity = gravest(about.map((f) => f.severity));
    const alarm = severity === 'alarm';
    return {
      figureId: d.figureId,
      eventId: o.statement.ref.eventId,
      globalPosition: o.statement.ref.globalPosition,
      ...(o.statement.ref.quote === undefined ? {} : { quote: o.statement.ref.quote }),
      key: d.figure,
      subject: o.side.explanation.title,
      stated: statedNumbersOf(d),
      kind: o.finding.kind,
      alarm,
      severity,
      agreement: alarm ? 'differs' : agreementOf(o.finding.kind, o.finding.notes),
      arithmetic: o.finding.arithmetic,
      notes: o.finding.notes,
      findings: about,
      partEvents: o.finding.partEvents,
      computed: o.side.explanation,
      ...(o.side.denominatorExplanation === undefined ? {} : { computedDenominator: o.side.denominatorExplanation }),
    };
  });
};
