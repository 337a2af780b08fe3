import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import { qualifierLabels } from '../model/qualifier';
import { type CampaignFacts, type Fact, type FactRef, reportedFigures } from '../projections/campaignFacts';
import type { Language } from '../text/language';
import { formatCount } from '../text/numberFormat';
import type { LineageEntry } from './explain';
import { type AuditFinding, type Diagnosis, FINDING_SEVERITY, type FindingKind, type FindingStatement, type Severity, gravest } from './finding';
import { printedStatement } from './findingArithmetic';
import { type Constraint, type Identities, localiseConflicts } from './localisation';
import { compareArithmetic, itemisedArithmetic, missingArithmetic, sumArithmetic, unitsArithmetic } from './reconcileArithmetic';
import { type Comparison, comparisonsOf, missingInEnglish, missingInVietnamese } from './reconcileComparisons';
import { type ComputedSide, computedSide } from './reconcileComputedSide';
import { constraintsOf, describeNumber, feasibilityHypotheses } from './reconcileConstraints';
import { type PartIndex, type PartNumber, type RecordedFact, partIndexOf, partNumber } from './reconcileParts';
import { type FigureLookup, figureLookup } from '../projections/figureLookup';
import {
  type Agreement,
  ALARMING_KINDS,
  type Arithmetic,
  type Operand,
  type Reconciliation,
  type ReconciliationKind,
  type ReconciliationNote,
  type StatedNumbers,
} from './reconciliation';
import { restatements } from './restatements';
import { type FindingDraft, type StatementExtras, statementExtras } from './statementFindings';

type Statement = Fact<'FigureReported'>;
type StatementData = Statement['data'];

const checkNote = (c: Comparison): ReconciliationNote => ({ kind: 'check', arithmetic: c.arithmetic, line: c.arithmetic.line });

const CELL_PREFIX: Label = { vi: 'ô số liệu của khóa này: ', en: "the figure key's own cell: " };

const cellNote = (side: ComputedSide, stated: number): ReconciliationNote => {
  if (side.value === null) {
    const reason = side.valueReason;
    const vi = missingInVietnamese(side.valueStatus);
    const en = missingInEnglish(side.valueStatus, reason);
    return {
      kind: 'cell',
      arithmetic: missingArithmetic('value', reason, { vi, en }),
      line: { vi: `${CELL_PREFIX.vi}${vi}`, en: `${CELL_PREFIX.en}${en}` },
    };
  }
  const compared =
    side.itemisedBy === undefined
      ? compareArithmetic('value', side.valueOperands, side.value, stated)
      : itemisedArithmetic('value', side.valueOperands, side.value, stated, side.itemisedBy);
  return { kind: 'cell', arithmetic: compared, line: { vi: `${CELL_PREFIX.vi}${compared.line.vi}`, en: `${CELL_PREFIX.en}${compared.line.en}` } };
};

const qualifiedNote = (side: ComputedSide, d: StatementData): ReadonlyArray<ReconciliationNote> => {
  const q = side.qualifiers.find((x) => x !== d.qualifier);
  const value = side.value;
  if (q === undefined || value === null) return [];
  const text = (lang: Language) => `${qualifierLabels[q][lang]} ${formatCount(value, lang)}`;
  return [
    {
      kind: 'computed-qualified',
      line: {
        vi: `số tính được là "${text('vi')}", một số có từ hạn định chứ không phải số đếm chính xác`,
        en: `the computed figure is "${text('en')}", a qualified number rather than an exact count`,
      },
    },
  ];
};

interface ResolvedPart {
  readonly fact: RecordedFact;
  readonly number: PartNumber;
}

const resolveParts = (
  index: PartIndex,
  parts: ReadonlyArray<string>,
  key: FigureKey,
): { readonly resolved: ReadonlyArray<ResolvedPart>; readonly unresolved: ReadonlyArray<string> } => {
  const resolved: ResolvedPart[] = [];
  const unresolved: string[] = [];
  for (const id of parts) {
    const recorded = index.get(id);
    // Of several facts recorded under one id, the last one is the fact as it stands.
    const fact = recorded?.[recorded.length - 1];
    const number = fact === undefined ? undefined : partNumber(fact.event, key.measure);
    if (fact === undefined || number === undefined) unresolved.push(id);
    else resolved.push({ fact, number });
  }
  return { resolved, unresolved };
};

const partOperand = (p: ResolvedPart): Operand => ({
  value: p.number.value,
  factId: p.fact.ref.factId,
  eventId: p.fact.ref.eventId,
  ...(p.number.countUnit === undefined ? {} : { countUnit: p.number.countUnit }),
  ...(p.number.qualifier === undefined ? {} : { qualifier: p.number.qualifier }),
});

const entryOf = (ref: FactRef, number: PartNumber, effect: LineageEntry['effect'], supersededBy?: string): LineageEntry => ({
  eventId: ref.eventId,
  globalPosition: ref.globalPosition,
  eventType: ref.eventType,
  factId: ref.factId,
  value: number.value,
  effect,
  ...(number.countUnit === undefined ? {} : { countUnit: number.countUnit }),
  ...(number.qualifier === undefined ? {} : { qualifier: number.qualifier }),
  ...(ref.quote === undefined ? {} : { quote: ref.quote }),
  ...(ref.correction === undefined ? {} : { correction: ref.correction }),
  ...(supersededBy === undefined ? {} : { supersededBy }),
});

// A corrected part lists the versions it replaced first, each superseded by the one after it.
const partEntries = (p: ResolvedPart, added: boolean, key: FigureKey): ReadonlyArray<LineageEntry> => {
  const chain = p.fact.ref.supersedes ?? [];
  const superseded = chain.flatMap((version, i) => {
    const number = partNumber(version.event, key.measure);
    const next = chain[i + 1]?.ref.eventId ?? p.fact.ref.eventId;
    return number === undefined ? [] : [entryOf(version.ref, number, 'superseded', next)];
  });
  return [...superseded, entryOf(p.fact.ref, p.number, added ? 'added' : 'not-added')];
};

/** The primary finding of a statement, its arithmetic, the secondary notes and the events of its parts. */
interface Finding {
  readonly kind: ReconciliationKind;
  readonly arithmetic: Arithmetic;
  readonly notes: ReadonlyArray<ReconciliationNote>;
  readonly partEvents: ReadonlyArray<LineageEntry>;
}

// A. Parts named: the report's own arithmetic comes first, whatever else the key's cell holds.
const partsFinding = (d: StatementData, side: ComputedSide, resolved: ReadonlyArray<ResolvedPart>, total: number): Finding => {
  const unit = d.countUnit ?? side.countUnit ?? resolved.find((p) => p.number.countUnit !== undefined)?.number.countUnit;
  const inUnit = (p: ResolvedPart) => p.number.countUnit === undefined || unit === undefined || p.number.countUnit === unit;
  const same = resolved.filter(inUnit);
  const other = resolved.filter((p) => !inUnit(p));
  const partEvents = resolved.flatMap((p) => partEntries(p, inUnit(p), d.figure));
  // The value against the cell is the cell note; the other numbers (fraction, percentage) stay checks.
  const isValueCheck = (a: Arithmetic) => a._tag === 'Bound' || ((a._tag === 'Compare' || a._tag === 'Missing' || a._tag === 'Itemised') && a.what === 'value');
  const others = comparisonsOf(d, side).filter((c) => !isValueCheck(c.arithmetic));
  const sameTotal = same.reduce((sum, p) => sum + p.number.value, 0);
  const cell = side.value === sameTotal && other.length === 0 ? [] : [cellNote(side, total)];
  const notes = [...cell, ...others.map(checkNote), ...qualifiedNote(side, d)];
  if (other.length > 0 && unit !== undefined) {
    const arithmetic = unitsArithmetic(total, unit, same.map(partOperand), other.map(partOperand), 'added');
    return { kind: 'headcount-versus-attendances', arithmetic, notes, partEvents };
  }
  const arithmetic = sumArithmetic(same.map(partOperand), total, d.qualifier);
  if (!arithmetic.holds) return { kind: 'total-differs-from-parts', arithmetic, notes, partEvents };
  // The parts add up, but another number of the statement may not: the first difference decides.
  const differing = others.find((c) => c.verdict === 'differs');
  if (differing !== undefined) {
    const rest = notes.filter((n) => n.arithmetic !== differing.arithmetic);
    const sumNote: ReconciliationNote = { kind: 'check', arithmetic, line: arithmetic.line };
    return { kind: differenceKind(differing.arithmetic), arithmetic: differing.arithmetic, notes: [sumNote, ...rest], partEvents };
  }
  return { kind: d.qualifier === undefined ? 'matches-exactly' : 'holds-under-qualifier', arithmetic, notes, partEvents };
};

// A difference is an unkept qualifier when it is a bound or a qualified percentage, else a plain difference.
const differenceKind = (a: Arithmetic): ReconciliationKind =>
  a._tag === 'Bound' || (a._tag === 'Percent' && a.qualifier !== undefined) ? 'qualifier-does-not-hold' : 'differs';

// B–D. No usable parts: the statement against the computed side.
const computedFinding = (d: StatementData, side: ComputedSide, earlierNotes: ReadonlyArray<ReconciliationNote>): Finding => {
  const comparisons = comparisonsOf(d, side);
  const notesBeside = (primary: Comparison | undefined, rest: ReadonlyArray<Comparison>) => [
    ...earlierNotes,
    ...rest.filter((c) => c !== primary).map(checkNote),
    ...qualifiedNote(side, d),
  ];
  const finding = (kind: ReconciliationKind, arithmetic: Arithmetic, notes: ReadonlyArray<ReconciliationNote>): Finding => ({
    kind,
    arithmetic,
    notes,
    partEvents: [],
  });

  // B. A count in persons set against one in attendances (or the reverse) is never compared.
  const statedCount = d.value ?? d.numerator;
  if (d.countUnit !== undefined && side.countUnit !== undefined && d.countUnit !== side.countUnit && side.value !== null && statedCount !== undefined) {
    const computed: Operand = { value: side.value, countUnit: side.countUnit };
    return finding('headcount-versus-attendances', unitsArithmetic(statedCount, d.countUnit, [], [computed], 'compared'), notesBeside(undefined, comparisons));
  }

  // C. A percentage printed beside its own fraction must be that fraction, whatever the facts say.
  const own = comparisons.find((c) => c.own === true);
  if (own !== undefined && own.verdict === 'differs') return finding('percent-mismatches-fraction', own.arithmetic, notesBeside(own, comparisons));

  // D. Every number against the computed side: a difference first, then a gap, then the agreement.
  const differing = comparisons.find((c) => c.verdict === 'differs');
  if (differing !== undefined) return finding(differenceKind(differing.arithmetic), differing.arithmetic, notesBeside(differing, comparisons));
  const itemised = comparisons.find((c) => c.verdict === 'itemised');
  if (itemised !== undefined) return finding('itemised-only', itemised.arithmetic, notesBeside(itemised, comparisons));
  const missing = comparisons.find((c) => c.verdict === 'missing');
  if (missing !== undefined) return finding('not-computable', missing.arithmetic, notesBeside(missing, comparisons));
  const percent = comparisons.find((c) => c.arithmetic._tag === 'Percent');
  const bound = comparisons.find((c) => c.arithmetic._tag === 'Bound');
  const primary = percent ?? bound ?? comparisons[0];
  if (primary === undefined) {
    const nothing = missingArithmetic('value', 'the statement gives no number', { vi: 'báo cáo không ghi con số nào', en: 'the statement gives no number' });
    return finding('not-computable', nothing, earlierNotes);
  }
  const kind: ReconciliationKind =
    primary.arithmetic._tag === 'Percent'
      ? primary.arithmetic.qualifier !== undefined
        ? 'holds-under-qualifier'
        : primary.arithmetic.exact
          ? 'matches-exactly'
          : 'matches-within-precision'
      : primary.arithmetic._tag === 'Bound'
        ? 'holds-under-qualifier'
        : 'matches-exactly';
  return finding(kind, primary.arithmetic, notesBeside(primary, comparisons));
};

const statedNumbersOf = (d: StatementData): StatedNumbers => ({
  ...(d.value === undefined ? {} : { value: d.value }),
  ...(d.qualifier === undefined ? {} : { qualifier: d.qualifier }),
  ...(d.countUnit === undefined ? {} : { countUnit: d.countUnit }),
  ...(d.percent === undefined ? {} : { percent: d.percent }),
  ...(d.percentQualifier === undefined ? {} : { percentQualifier: d.percentQualifier }),
  ...(d.numerator === undefined ? {} : { numerator: d.numerator }),
  ...(d.denominator === undefined ? {} : { denominator: d.denominator }),
  ...(d.parts === undefined ? {} : { parts: d.parts }),
});

const partsNote = (unresolved: ReadonlyArray<string>, key: FigureKey): ReconciliationNote => {
  const reason = `${unresolved.join(', ')} give${unresolved.length === 1 ? 's' : ''} no number towards ${key.measure}`;
  const n = unresolved.length;
  const line = {
    vi: `không cộng được các phần: ${formatCount(n, 'vi')} phần báo cáo nêu không cho con số của chỉ tiêu này`,
    en: `the parts cannot be added: ${n === 1 ? 'one part the report names gives' : `${formatCount(n, 'en')} parts the report names give`} no number for this measure`,
  };
  return { kind: 'parts', arithmetic: missingArithmetic('parts', reason, line), line };
};

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
  readonly finding: Finding;
  readonly extras: StatementExtras;
  readonly constraints: ReadonlyArray<Constraint>;
  readonly identities: Identities;
}

const reconcileStatement = (facts: CampaignFacts, figures: FigureLookup, index: PartIndex, statements: ReadonlyArray<Statement>, statement: Statement): Outcome => {
  const d = statement.data;
  const side = computedSide(facts, figures, d.figure, index);
  const total = d.value ?? d.numerator;
  let finding: Finding | undefined;
  let earlierNotes: ReadonlyArray<ReconciliationNote> = [];
  let namedParts: ReadonlySet<string> = new Set();
  if (d.parts !== undefined && d.parts.length > 0 && total !== undefined) {
    const { resolved, unresolved } = resolveParts(index, d.parts, d.figure);
    if (unresolved.length === 0) {
      finding = partsFinding(d, side, resolved, total);
      namedParts = new Set(resolved.map((p) => p.fact.ref.factId));
    } else earlierNotes = [partsNote(unresolved, d.figure)];
  }
  const f = finding ?? computedFinding(d, side, earlierNotes);
  const extras = statementExtras({ facts, figures, index, statements, namedParts }, d, side);
  const { constraints, identities } = constraintsOf(statement, [f.arithmetic, ...f.notes.filter((n) => n.kind === 'check').flatMap((n) => (n.arithmetic === undefined ? [] : [n.arithmetic]))], side, index);
  return { statement, side, finding: { ...f, notes: [...f.notes, ...extras.notes] }, extras, constraints, identities };
};

// A verdict that is not an agreement is a finding of its own; a partial denominator is partial coverage.
const primaryKind = (f: Finding): FindingKind | undefined => {
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

/**
 * What a finding means for its statement: an alarm differs; a match, within precision or under a
 * qualifier, agrees; a figure the facts only itemise, or one with a number that cannot be computed
 * beside numbers that agree, is incomplete; nothing checked is not comparable.
 */
export const agreementOf = (kind: ReconciliationKind, notes: ReadonlyArray<ReconciliationNote>): Agreement => {
  if (ALARMING_KINDS.has(kind)) return 'differs';
  switch (kind) {
    case 'matches-exactly':
    case 'matches-within-precision':
    case 'holds-under-qualifier':
      return 'agrees';
    case 'itemised-only':
      return 'incomplete';
    default:
      return notes.some((n) => n.kind === 'check' && agreesIn(n.arithmetic)) ? 'incomplete' : 'not-comparable';
  }
};

const agreesIn = (a: Arithmetic | undefined): boolean => {
  switch (a?._tag) {
    case 'Compare':
    case 'Percent':
      return a.equal;
    case 'Bound':
    case 'Sum':
      return a.holds;
    default:
      return false;
  }
};
