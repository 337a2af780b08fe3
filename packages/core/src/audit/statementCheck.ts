import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import { qualifierLabels } from '../model/qualifier';
import type { Fact, FactRef } from '../projections/campaignFacts';
import type { Language } from '../text/language';
import { formatCount } from '../text/numberFormat';
import type { LineageEntry } from './explain';
import { compareArithmetic, itemisedArithmetic, missingArithmetic, sumArithmetic, unitsArithmetic } from './reconcileArithmetic';
import { type Comparison, comparisonsOf, missingInEnglish, missingInVietnamese } from './reconcileComparisons';
import type { ComputedSide } from './reconcileComputedSide';
import { type PartIndex, type PartNumber, type RecordedFact, partNumber } from './reconcileParts';
import {
  type Agreement,
  ALARMING_KINDS,
  type Arithmetic,
  type Operand,
  type ReconciliationKind,
  type ReconciliationNote,
  type StatedNumbers,
} from './reconciliation';

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
export interface CheckOutcome {
  readonly kind: ReconciliationKind;
  readonly arithmetic: Arithmetic;
  readonly notes: ReadonlyArray<ReconciliationNote>;
  readonly partEvents: ReadonlyArray<LineageEntry>;
}

// A. Parts named: the report's own arithmetic comes first, whatever else the key's cell holds.
const partsFinding = (d: StatementData, side: ComputedSide, resolved: ReadonlyArray<ResolvedPart>, total: number): CheckOutcome => {
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
const computedFinding = (d: StatementData, side: ComputedSide, earlierNotes: ReadonlyArray<ReconciliationNote>): CheckOutcome => {
  const comparisons = comparisonsOf(d, side);
  const notesBeside = (primary: Comparison | undefined, rest: ReadonlyArray<Comparison>) => [
    ...earlierNotes,
    ...rest.filter((c) => c !== primary).map(checkNote),
    ...qualifiedNote(side, d),
  ];
  const finding = (kind: ReconciliationKind, arithmetic: Arithmetic, notes: ReadonlyArray<ReconciliationNote>): CheckOutcome => ({
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

/** The numbers of a statement as the report printed them. */
export const statedNumbersOf = (d: StatementData): StatedNumbers => ({
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

/** A statement's own check: its class, its arithmetic, the other checks as notes, the events of its parts, and the parts it could add. */
export interface StatementCheck extends CheckOutcome {
  readonly namedParts: ReadonlySet<string>;
}

/**
 * Checks one statement in the order docs/audit.md gives ("The order of checks"): its named parts
 * first, then the units, then a percentage against its own fraction, then each number against the
 * computed side. The first rule that applies gives the verdict; every other check is a note.
 */
export const checkStatement = (d: StatementData, side: ComputedSide, index: PartIndex): StatementCheck => {
  const total = d.value ?? d.numerator;
  if (d.parts !== undefined && d.parts.length > 0 && total !== undefined) {
    const { resolved, unresolved } = resolveParts(index, d.parts, d.figure);
    if (unresolved.length === 0) return { ...partsFinding(d, side, resolved, total), namedParts: new Set(resolved.map((p) => p.fact.ref.factId)) };
    return { ...computedFinding(d, side, [partsNote(unresolved, d.figure)]), namedParts: new Set() };
  }
  return { ...computedFinding(d, side, []), namedParts: new Set() };
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
