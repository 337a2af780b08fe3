import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import { qualifierLabels } from '../model/qualifier';
import { type CampaignFacts, type Fact, type FactRef, reportedFigures } from '../projections/campaignFacts';
import type { Language } from '../text/language';
import { formatCount } from '../text/numberFormat';
import type { LineageEntry } from './explain';
import { compareArithmetic, itemisedArithmetic, missingArithmetic, percentArithmetic, sumArithmetic, unitsArithmetic } from './reconcileArithmetic';
import { type Comparison, comparisonsOf, missingInVietnamese } from './reconcileComparisons';
import { type ComputedSide, computedSide } from './reconcileComputedSide';
import { type PartIndex, type PartNumber, type RecordedFact, partIndexOf, partNumber } from './reconcileParts';
import { type FigureLookup, figureLookup } from '../projections/figureLookup';
import {
  type Agreement,
  ALARMING_KINDS,
  type Arithmetic,
  type ComparedNumber,
  type Operand,
  type Reconciliation,
  type ReconciliationKind,
  type ReconciliationNote,
  type StatedNumbers,
} from './reconciliation';

type Statement = Fact<'FigureReported'>;
type StatementData = Statement['data'];

const checkNote = (c: Comparison): ReconciliationNote => ({ kind: 'check', arithmetic: c.arithmetic, line: c.arithmetic.line });

const CELL_PREFIX: Label = { vi: 'ô số liệu của khóa này: ', en: "the figure key's own cell: " };
const SAME_GROUP: Label = { vi: 'cùng nhóm đối tượng: ', en: 'the same group: ' };

const cellNote = (side: ComputedSide, stated: number): ReconciliationNote => {
  if (side.value === null) {
    const reason = side.valueReason;
    const vi = missingInVietnamese(side.valueStatus);
    return {
      kind: 'cell',
      arithmetic: missingArithmetic('value', reason, { vi, en: reason }),
      line: { vi: `${CELL_PREFIX.vi}${vi}`, en: `${CELL_PREFIX.en}${reason}` },
    };
  }
  const compared =
    side.itemisedBy === undefined
      ? compareArithmetic('value', side.valueOperands, side.value, stated)
      : itemisedArithmetic('value', side.valueOperands, side.value, stated, side.itemisedBy);
  return { kind: 'cell', arithmetic: compared, line: { vi: `${CELL_PREFIX.vi}${compared.line.vi}`, en: `${CELL_PREFIX.en}${compared.line.en}` } };
};

// The key's own facts that only itemised a figure made from narrower categories: they add
// nothing, and say nothing against the total; the reader still sees them.
const itemisedNote = (side: ComputedSide, stated: number | undefined): ReadonlyArray<ReconciliationNote> => {
  const itemised = side.composition?.itemised;
  if (itemised === undefined || itemised.contributions.length === 0) return [];
  const operands: ReadonlyArray<Operand> = itemised.contributions.map((c) => ({ value: c.value, factId: c.factId, eventId: c.eventId }));
  const sum = operands.reduce((n, o) => n + o.value, 0);
  const arithmetic = itemisedArithmetic('value', operands, sum, stated ?? side.value ?? sum, itemised.by);
  return [{ kind: 'itemised', arithmetic, line: { vi: `${SAME_GROUP.vi}${arithmetic.line.vi}`, en: `${SAME_GROUP.en}${arithmetic.line.en}` } }];
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
  const notes = [...cell, ...itemisedNote(side, total), ...others.map(checkNote), ...qualifiedNote(side, d)];
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

// A difference is an unkept qualifier when it is a bound, else a plain difference.
const differenceKind = (a: Arithmetic): ReconciliationKind => (a._tag === 'Bound' ? 'qualifier-does-not-hold' : 'differs');

// B–D. No usable parts: the statement against the computed side.
const computedFinding = (d: StatementData, side: ComputedSide, earlierNotes: ReadonlyArray<ReconciliationNote>): Finding => {
  const comparisons = comparisonsOf(d, side);
  const notesBeside = (primary: Comparison | undefined, rest: ReadonlyArray<Comparison>) => [
    ...earlierNotes,
    ...itemisedNote(side, d.value ?? d.numerator),
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
  if (d.percent !== undefined && d.numerator !== undefined && d.denominator !== undefined && d.denominator > 0) {
    const own = percentArithmetic('stated', d.numerator, d.denominator, d.percent);
    if (!own.equal) {
      const agreesOn = (what: ComparedNumber) =>
        comparisons.some((c) => c.arithmetic._tag === 'Compare' && c.arithmetic.what === what && c.verdict === 'agrees');
      const sameFraction = agreesOn('numerator') && agreesOn('denominator');
      // With the same fraction on both sides, the computed percentage repeats the primary line.
      const rest = sameFraction ? comparisons.filter((c) => c.arithmetic._tag !== 'Percent') : comparisons;
      return finding('percent-mismatches-fraction', own, notesBeside(undefined, rest));
    }
  }

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
      ? primary.arithmetic.exact
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
  ...(d.numerator === undefined ? {} : { numerator: d.numerator }),
  ...(d.denominator === undefined ? {} : { denominator: d.denominator }),
  ...(d.parts === undefined ? {} : { parts: d.parts }),
});

const partsNote = (unresolved: ReadonlyArray<string>, key: FigureKey): ReconciliationNote => {
  const reason = `${unresolved.join(', ')} give${unresolved.length === 1 ? 's' : ''} no number towards ${key.measure}`;
  const line = { vi: `không cộng được các phần: ${unresolved.join(', ')} không có số cho chỉ tiêu này`, en: `the parts cannot be added: ${reason}` };
  return { kind: 'parts', arithmetic: missingArithmetic('parts', reason, line), line };
};

const reconcileStatement = (facts: CampaignFacts, figures: FigureLookup, index: PartIndex, statement: Statement): Reconciliation => {
  const d = statement.data;
  const side = computedSide(facts, figures, d.figure);
  const total = d.value ?? d.numerator;
  let finding: Finding | undefined;
  let earlierNotes: ReadonlyArray<ReconciliationNote> = [];
  if (d.parts !== undefined && d.parts.length > 0 && total !== undefined) {
    const { resolved, unresolved } = resolveParts(index, d.parts, d.figure);
    if (unresolved.length === 0) finding = partsFinding(d, side, resolved, total);
    else earlierNotes = [partsNote(unresolved, d.figure)];
  }
  const f = finding ?? computedFinding(d, side, earlierNotes);
  return {
    figureId: d.figureId,
    eventId: statement.ref.eventId,
    globalPosition: statement.ref.globalPosition,
    ...(statement.ref.quote === undefined ? {} : { quote: statement.ref.quote }),
    key: d.figure,
    stated: statedNumbersOf(d),
    kind: f.kind,
    alarm: ALARMING_KINDS.has(f.kind),
    agreement: agreementOf(f.kind, f.notes),
    arithmetic: f.arithmetic,
    notes: f.notes,
    partEvents: f.partEvents,
    computed: side.explanation,
    ...(side.denominatorExplanation === undefined ? {} : { computedDenominator: side.denominatorExplanation }),
  };
};

/**
 * Sets every figure a report stated (FigureReported) against the facts and classifies the result,
 * always with its arithmetic. The order of checks, which decides the primary finding (the others
 * are kept as notes):
 * 1. a total that names its parts is checked against their sum first: equal is a match even when
 *    the key's own cell holds other facts (noted), persons and attendances among the parts are a
 *    headcount set against attendances, and a different sum is a total that differs from its parts;
 * 2. a stated count in one unit whose computed figure is in the other is never compared;
 * 3. a percentage printed with its own fraction is checked against that fraction at its precision;
 * 4. each number (value under its qualifier, numerator, denominator, percentage at the stated
 *    precision) against the computed figure: the first difference decides, else the first number
 *    that cannot be computed, else the agreement (a percentage match is exact or within precision).
 *
 * @example
 * const findings = reconcile(facts).filter((r) => r.alarm);
 * formatReconciliations(findings, 'vi'); // ["! figure:2009/party-members: ... 2.181/2.321 = 93,97% ≠ 94,2%", ...]
 */
export const reconcile = (facts: CampaignFacts, figures: FigureLookup = figureLookup(facts)): ReadonlyArray<Reconciliation> => {
  const index = partIndexOf(facts);
  return reportedFigures(facts).map((s) => reconcileStatement(facts, figures, index, s));
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
