import type { CountUnit } from '../model/countUnit';
import type { FigureKey } from '../model/figureKey';
import type { Label, Labels } from '../model/labels';
import type { Qualifier } from '../model/qualifier';
import type { StatedPercent } from '../model/statedPercent';
import type { ComputedPercent } from '../projections/figure';
import type { Dimension } from '../projections/dimensions';
import type { Explanation, LineageEntry } from './explain';
import type { AuditFinding, Severity } from './finding';
import type { PercentInterval } from './percentInterval';

/**
 * How a stated figure compares with the facts (see docs/audit.md, "Reconcile a report"):
 * - `matches-exactly`: every number checked is equal (a total equal to the sum of its parts);
 * - `matches-within-precision`: a percentage equals the exact fraction re-rounded to the decimals printed;
 * - `percent-mismatches-fraction`: the stated numerator/denominator give another percentage than the stated one;
 * - `total-differs-from-parts`: the stated total is not the sum of the parts it names;
 * - `headcount-versus-attendances`: persons set against attendances (lượt), which cannot be added or compared;
 * - `holds-under-qualifier`: "trên", "gần", "khoảng" ... holds for the computed figure under the documented rule;
 * - `qualifier-does-not-hold`: it does not;
 * - `differs`: the computed figure differs, with no better explanation;
 * - `not-computable`: a number needed for the check is missing (a denominator never declared); never guessed;
 *   it is a note, as is `itemised-only`; the mismatches above are alarms;
 * - `itemised-only`: the facts only itemise the cell (by organiser level, bloc, audience ...) and no
 *   fact claims its whole, so their sum neither confirms nor contradicts the stated total.
 */
export type ReconciliationKind =
  | 'matches-exactly'
  | 'matches-within-precision'
  | 'percent-mismatches-fraction'
  | 'total-differs-from-parts'
  | 'headcount-versus-attendances'
  | 'holds-under-qualifier'
  | 'qualifier-does-not-hold'
  | 'differs'
  | 'not-computable'
  | 'itemised-only';

/** The kinds that raise an alarm: the report contradicts itself or its facts. */
export const ALARMING_KINDS: ReadonlySet<ReconciliationKind> = new Set<ReconciliationKind>([
  'percent-mismatches-fraction',
  'total-differs-from-parts',
  'headcount-versus-attendances',
  'qualifier-does-not-hold',
  'differs',
]);

/** Each kind in words, for the text of a reconciliation. */
export const reconciliationKindLabels: Labels<ReconciliationKind> = {
  'matches-exactly': { vi: 'khớp', en: 'matches' },
  'matches-within-precision': { vi: 'khớp ở độ chính xác đã ghi', en: 'matches at the printed precision' },
  'percent-mismatches-fraction': { vi: 'tỷ lệ không khớp với phân số của chính nó', en: 'the percentage does not match its own fraction' },
  'total-differs-from-parts': { vi: 'tổng khác tổng các phần', en: 'the total differs from the sum of its parts' },
  'headcount-versus-attendances': { vi: 'số người đặt cạnh số lượt người', en: 'a headcount set against attendances' },
  'holds-under-qualifier': { vi: 'đúng với từ hạn định', en: 'holds under its qualifier' },
  'qualifier-does-not-hold': { vi: 'sai với từ hạn định', en: 'does not hold under its qualifier' },
  differs: { vi: 'lệch', en: 'differs' },
  'not-computable': { vi: 'không tính được', en: 'cannot be computed' },
  'itemised-only': { vi: 'chỉ có các phần nêu riêng, không phải tổng', en: 'only itemised parts, not a total' },
};

/**
 * What a finding means for the statement, as a report marks it: `agrees` (a match, within
 * precision or under its qualifier), `differs` (an alarm), `incomplete` (some numbers could be
 * checked and agree, or the facts only itemise the figure), `not-comparable` (nothing could be checked).
 */
export type Agreement = 'agrees' | 'differs' | 'incomplete' | 'not-comparable';

/** An organisation an audit names, with its registered name. */
export interface NamedOrganisation {
  readonly organisationId: string;
  readonly name: string;
}

/** One number in a piece of arithmetic, with the fact it came from when one did. */
export interface Operand {
  readonly value: number;
  readonly countUnit?: CountUnit;
  readonly qualifier?: Qualifier;
  readonly factId?: string;
  readonly eventId?: string;
}

/** Which stated number a comparison checks. */
export type ComparedNumber = 'value' | 'numerator' | 'denominator';

/**
 * The arithmetic behind a finding, structured, with the line a reader checks by hand (`line`, in
 * Vietnamese with the report's number format and in English):
 * - `Sum`: the parts a report named, added, against its total ("2 + 33 = 35 ≠ 36");
 * - `Compare`: a computed number (the sum of the facts of its cell) against the stated one ("2 + 33 + 5 = 40 ≠ 36");
 * - `Percent`: a fraction, its percentage and the stated one at the printed precision ("2.181/2.321 = 93,97% ≠ 94,2%");
 * - `Bound`: a computed number against the range a qualifier allows ("12.360 ≥ 12.360 (trên 12.360)");
 * - `Units`: persons and attendances that cannot be added ("257 + 158 + 2.648 = 3.063 người ≠ 6.713 người; 10.500 lượt người ...");
 * - `Itemised`: the slices a report itemised, added, beside a stated total they do not claim to make ("2 + 33 + 5 = 40, ...");
 * - `Missing`: the number a check needs and does not have.
 */
export type Arithmetic =
  | {
      readonly _tag: 'Sum';
      readonly parts: ReadonlyArray<Operand>;
      readonly total: number;
      readonly stated: number;
      readonly qualifier?: Qualifier;
      readonly holds: boolean;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Compare';
      readonly what: ComparedNumber;
      /** The counted facts of the computed side; their sum is `computed`. */
      readonly operands: ReadonlyArray<Operand>;
      readonly computed: number;
      readonly stated: number;
      readonly equal: boolean;
      /** Set when the computed number is the registered count less the members exempted. */
      readonly exempted?: number;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Percent';
      /** Whose fraction is re-rounded: the report's own numerator/denominator, or the computed ones. */
      readonly fraction: 'stated' | 'computed';
      /** The fraction's percentage at two decimals (or at the stated precision when finer). */
      readonly percent: ComputedPercent;
      /** The same fraction re-rounded to the stated number of decimals. */
      readonly atStatedPrecision: ComputedPercent;
      readonly stated: StatedPercent;
      /** How the report hedged the percentage ("đạt trên 80%"), when it did. */
      readonly qualifier?: Qualifier;
      /** The values the printed percentage stands for, at its precision and under its qualifier. */
      readonly interval: PercentInterval;
      /** Whether the fraction is exactly the stated percentage, with nothing rounded away. */
      readonly exact: boolean;
      /** Whether the fraction lies in the interval: equal at the printed precision, or within the qualifier. */
      readonly equal: boolean;
      /** Set when the denominator leaves out the members exempted (eligible = registered − exempted). */
      readonly exempted?: number;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Bound';
      readonly qualifier: Qualifier;
      readonly computed: number;
      readonly stated: number;
      /** The range the qualifier allows, both ends included; null is unbounded. */
      readonly low: number | null;
      readonly high: number | null;
      readonly holds: boolean;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Units';
      readonly stated: number;
      readonly countUnit: CountUnit;
      /** The numbers in the stated unit (the parts, or the computed figure) and their sum. */
      readonly sameUnit: ReadonlyArray<Operand>;
      readonly sameUnitTotal: number | null;
      /** The numbers in the other unit, which are never added to the stated unit. */
      readonly otherUnit: ReadonlyArray<Operand>;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Itemised';
      readonly what: ComparedNumber;
      /** The slices the facts itemise, added: what was itemised, not a total. */
      readonly operands: ReadonlyArray<Operand>;
      readonly computed: number;
      readonly stated: number;
      /** The dimensions the slices are cut along. */
      readonly by: ReadonlyArray<Dimension>;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Missing';
      readonly what: ComparedNumber | 'percent' | 'parts' | 'participants' | 'term';
      /** Why it is missing, in plain English. */
      readonly reason: string;
      /** Where the same figure has what is missing here: another period's fraction ("117/160" in 2009). */
      readonly elsewhere?: ReadonlyArray<{ readonly figureId: string; readonly numerator: number; readonly denominator: number }>;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Feasibility';
      /** The stated denominator and percentage, and the interval the percentage stands for. */
      readonly denominator: number;
      readonly stated: StatedPercent;
      readonly qualifier?: Qualifier;
      readonly interval: PercentInterval;
      /** The whole numerators nearest the interval, below and above it, with their percentages. */
      readonly nearest: ReadonlyArray<ComputedPercent>;
      readonly feasible: boolean;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Restatement';
      /** The statements of one figure, as printed, in the order they were recorded. */
      readonly statements: ReadonlyArray<{
        readonly figureId: string;
        readonly value?: number;
        readonly qualifier?: Qualifier;
        readonly percent?: StatedPercent;
        readonly percentQualifier?: Qualifier;
        readonly numerator?: number;
        readonly denominator?: number;
      }>;
      /** What differs between them. */
      readonly differs: ReadonlyArray<'value' | 'qualifier' | 'percent' | 'percentQualifier' | 'numerator' | 'denominator'>;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Categories';
      /** Facts of narrower categories in the statement's cell, each with its category, and their sum. */
      readonly operands: ReadonlyArray<Operand & { readonly category: string }>;
      readonly total: number;
      readonly stated: number;
      /** `overlap`: some of the categories may share members, so their sum says nothing; `disjoint`: they never do. */
      readonly relation: 'overlap' | 'disjoint';
      readonly line: Label;
    }
  | {
      readonly _tag: 'Coverage';
      readonly what: 'itemised' | 'denominator' | 'rule';
      /** The numbers that were given, added, and what they are set against. */
      readonly operands: ReadonlyArray<Operand>;
      readonly total: number;
      readonly stated: number | null;
      /** The dimensions of itemised slices (`itemised`). */
      readonly by?: ReadonlyArray<Dimension>;
      /** The organisations the figure should cover and does not (`denominator`, `rule`). */
      readonly missing: ReadonlyArray<NamedOrganisation>;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Exempted';
      readonly participants: number;
      readonly exempted: number;
      readonly registered: number;
      readonly holds: boolean;
      readonly line: Label;
    }
  | {
      readonly _tag: 'Rule';
      readonly ruleId: string;
      readonly left: number;
      readonly right: number;
      readonly line: Label;
    };

/**
 * A line kept beside a statement's own check (facts that only itemise a total are a finding of
 * partial coverage instead, see `AuditFinding`):
 * - `check`: another number of the same statement, compared (it agrees, differs, or could not be made);
 * - `cell`: what the figure key's own cell holds, when the stated total was checked against its parts;
 * - `computed-qualified`: the computed figure rests on a qualified fact ("trên 12.360"), a bound rather than a count;
 * - `parts`: the named parts could not be used (a part gives no number for the measure).
 */
export interface ReconciliationNote {
  readonly kind: 'check' | 'cell' | 'computed-qualified' | 'parts';
  readonly arithmetic?: Arithmetic;
  readonly line: Label;
}

/** The numbers of a stated figure as the report printed them. */
export interface StatedNumbers {
  readonly value?: number;
  readonly qualifier?: Qualifier;
  readonly countUnit?: CountUnit;
  readonly percent?: StatedPercent;
  readonly percentQualifier?: Qualifier;
  readonly numerator?: number;
  readonly denominator?: number;
  /** Ids of the facts the report presents this figure as the total of. */
  readonly parts?: ReadonlyArray<string>;
}

/**
 * One stated figure (FigureReported) set against the facts: the class of the finding, whether it
 * is an alarm, the arithmetic that shows it, secondary notes, and the events behind both sides.
 */
export interface Reconciliation {
  readonly figureId: string;
  /** The FigureReported event and its global position. */
  readonly eventId: string;
  readonly globalPosition: number;
  readonly quote?: string;
  readonly key: FigureKey;
  /** The figure in words, with its period: "Năm 2009 — Tỷ lệ tham gia, đảng viên". */
  readonly subject: Label;
  readonly stated: StatedNumbers;
  readonly kind: ReconciliationKind;
  /** True when the audit raises an alarm on the statement: it contradicts the report or its facts. */
  readonly alarm: boolean;
  /** The gravest finding that names the statement, `none` when there is nothing to say. */
  readonly severity: Severity | 'none';
  /** The findings about this statement: its own verdict when it is one, and what else was found (see `AuditFinding`). */
  readonly findings: ReadonlyArray<AuditFinding>;
  /** What the finding means for the statement; a report marks the statement with it (✓ ≠ ~ ?). */
  readonly agreement: Agreement;
  readonly arithmetic: Arithmetic;
  readonly notes: ReadonlyArray<ReconciliationNote>;
  /** The events of the stated side: the facts named as parts, added or (another unit) not added. */
  readonly partEvents: ReadonlyArray<LineageEntry>;
  /** The computed figure the key names, with its events (both sides of a rate). */
  readonly computed: Explanation;
  /** The figure a count is a fraction of, where the report writes one ("117/160 bản"): its events. */
  readonly computedDenominator?: Explanation;
}
