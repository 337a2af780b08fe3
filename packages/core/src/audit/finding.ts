import type { Label, Labels } from '../model/labels';
import type { Arithmetic, ReconciliationKind } from './reconciliation';

/**
 * How grave a finding is (see docs/audit.md, "Severities"):
 * - `alarm`: the report contradicts itself (a percentage its own fraction cannot give, a total
 *   that is not its parts, a rule of the domain broken);
 * - `warning`: a restatement that disagrees, or a total that cannot be reconciled and looks wrong;
 * - `note`: what the audit could not check or could only check in part (a missing denominator,
 *   partial coverage, overlapping categories, facts that only itemise a figure).
 */
export type Severity = 'alarm' | 'warning' | 'note';

/** The severities, gravest first: the order the audit lists its findings in. */
export const SEVERITIES: ReadonlyArray<Severity> = ['alarm', 'warning', 'note'];

/** The severity in words. */
export const severityLabels: Labels<Severity> = {
  alarm: { vi: 'báo động', en: 'alarm' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  note: { vi: 'ghi chú', en: 'note' },
};

/**
 * The class of a finding. A statement's own verdict, when it is not an agreement, is one (its
 * `ReconciliationKind`); the others:
 * - `percent-infeasible`: no whole count over the stated denominator gives the stated percentage (GRIM);
 * - `restatement-differs`: two statements of one figure disagree in value or qualifier;
 * - `exempted-beyond-eligible`: participants and members exempted add up to more than the registered;
 * - `parts-exceed-total`: narrower categories that share no member, or itemised slices, add up to more than their total;
 * - `overlapping-categories`: narrower categories that may share members, so their sum cannot reconcile the total;
 * - `partial-coverage`: the facts give only part of what a figure covers (slices of a total, a
 *   denominator declared by only some of the organisations below the scope);
 * - `missing-denominator`: a count written elsewhere as a fraction ("117/160 bản") has no denominator here;
 * - `no-participant-count`: classes reported with no count of who took part, where the report counts the others';
 * - `rule-violated`: a validation rule does not hold;
 * - `rule-unknown-term`: a validation rule fixes a term the history's vocabulary does not define, so
 *   that figure of the rule matches nothing and the rule is never checked on it.
 */
export type FindingKind =
  | Exclude<ReconciliationKind, 'matches-exactly' | 'matches-within-precision' | 'holds-under-qualifier'>
  | 'percent-infeasible'
  | 'restatement-differs'
  | 'exempted-beyond-eligible'
  | 'parts-exceed-total'
  | 'overlapping-categories'
  | 'partial-coverage'
  | 'missing-denominator'
  | 'no-participant-count'
  | 'rule-violated'
  | 'rule-unknown-term';

/** The severity of each class of finding; a broken rule's depends on its importance (`rule-violated` here is the default). */
export const FINDING_SEVERITY: { readonly [k in FindingKind]: Severity } = {
  'percent-mismatches-fraction': 'alarm',
  'total-differs-from-parts': 'alarm',
  'headcount-versus-attendances': 'alarm',
  'qualifier-does-not-hold': 'alarm',
  differs: 'alarm',
  'percent-infeasible': 'alarm',
  'rule-violated': 'alarm',
  'restatement-differs': 'warning',
  'exempted-beyond-eligible': 'warning',
  'parts-exceed-total': 'warning',
  'rule-unknown-term': 'warning',
  'not-computable': 'note',
  'itemised-only': 'note',
  'overlapping-categories': 'note',
  'partial-coverage': 'note',
  'missing-denominator': 'note',
  'no-participant-count': 'note',
};

/** Each class of finding in words. */
export const findingKindLabels: Labels<FindingKind> = {
  'percent-mismatches-fraction': { vi: 'tỷ lệ không khớp với phân số của chính nó', en: 'the percentage does not match its own fraction' },
  'total-differs-from-parts': { vi: 'tổng khác tổng các phần', en: 'the total differs from the sum of its parts' },
  'headcount-versus-attendances': { vi: 'số người đặt cạnh số lượt người', en: 'a headcount set against attendances' },
  'qualifier-does-not-hold': { vi: 'sai với từ hạn định', en: 'does not hold under its qualifier' },
  differs: { vi: 'lệch với số tính từ sự kiện', en: 'differs from the figure the facts give' },
  'not-computable': { vi: 'không kiểm được', en: 'cannot be checked' },
  'itemised-only': { vi: 'chỉ có các phần nêu riêng, không phải tổng', en: 'only itemised parts, not a total' },
  'percent-infeasible': { vi: 'không số nguyên nào cho được tỷ lệ này', en: 'no whole count gives this percentage' },
  'restatement-differs': { vi: 'cùng một số liệu, hai lần nêu không khớp nhau', en: 'the same figure, stated twice, disagrees with itself' },
  'exempted-beyond-eligible': { vi: 'số đã học và số được miễn vượt số phải học', en: 'participants and exempted exceed those registered' },
  'parts-exceed-total': { vi: 'các phần vượt tổng', en: 'the parts exceed the total' },
  'overlapping-categories': { vi: 'các đối tượng chồng lấn nhau, không đối chiếu được với tổng', en: 'overlapping categories, which cannot reconcile the total' },
  'partial-coverage': { vi: 'số liệu chỉ bao quát một phần', en: 'partial coverage' },
  'missing-denominator': { vi: 'thiếu mẫu số', en: 'no denominator' },
  'no-participant-count': { vi: 'không có số người tham gia', en: 'no participant count' },
  'rule-violated': { vi: 'vi phạm quy tắc kiểm tra', en: 'a validation rule is broken' },
  'rule-unknown-term': { vi: 'quy tắc kiểm tra dùng thuật ngữ chưa định nghĩa', en: 'a validation rule uses an undefined term' },
};

/** Where a number a finding speaks of was printed: a statement's value, fraction or percentage, or a fact's count. */
export interface NumberRef {
  /** The FigureReported id, or the fact id of a fact named as a part or counted in a figure. */
  readonly id: string;
  readonly slot: 'value' | 'numerator' | 'denominator' | 'percent' | 'fact';
  /** For a fact, the measure its number counts towards: one outreach fact gives areas reached and attendances. */
  readonly measure?: string;
}

/**
 * A slip of the pen that would reconcile a contradiction, offered as a hypothesis and never as a
 * fact: two adjacent digits transposed, one digit wrong, a separator misread ("1.917" read as
 * 1,917), or a part counted twice in a total.
 */
export interface Diagnosis {
  readonly slip: 'transposed-digits' | 'one-digit-wrong' | 'decimal-separator' | 'part-counted-twice';
  /** The number that would be wrong. */
  readonly ref: NumberRef;
  /** As printed, and what it would have to be: a count, or a percentage's scaled value at the printed decimals. */
  readonly printed: number;
  readonly wouldBe: number;
  readonly decimals?: number;
  /** "Giả thuyết: ...", "Hypothesis: ...": always said as a hypothesis. */
  readonly line: Label;
}

/** One number that, if it alone were wrong, would explain every conflict of a group, and the values that would do it. */
export interface LocalisationCandidate {
  readonly ref: NumberRef;
  readonly printed: number;
  readonly decimals?: number;
  /** The whole values (a percentage's scaled values) that would satisfy every check it takes part in; null is unbounded. */
  readonly low: number | null;
  readonly high: number | null;
  /** Where it was printed, in words: "đạt 94,2% (Năm 2009 — Tỷ lệ tham gia, đảng viên)". */
  readonly label: Label;
}

/**
 * Error localisation: of the numbers that take part in a group of conflicting checks (a total,
 * its parts, a rate, its fraction, restatements), those that alone, if wrong, would explain all
 * of them. One candidate names the number; several leave the choice open; none means no single
 * number explains the conflicts.
 */
export interface Localisation {
  /** How many checks of the group fail. */
  readonly conflicts: number;
  readonly candidates: ReadonlyArray<LocalisationCandidate>;
  /** Numbers of the failing checks that cannot explain them alone, because another check holds them. */
  readonly excluded: ReadonlyArray<NumberRef>;
  readonly line: Label;
}

/** A statement a finding speaks of: its FigureReported id, its event, its numbers and the sentence it was read from. */
export interface FindingStatement {
  readonly figureId: string;
  readonly eventId: string;
  /** Its numbers as the report printed them: "trên 12.360", "2.181/2.321, đạt 94,2%". */
  readonly printed: Label;
  readonly quote?: string;
}

/**
 * One finding of the audit: its severity and class, the statements it speaks of (their figure ids
 * and quotes), the figure in words, the arithmetic that shows it, and for a contradiction the
 * hypotheses that would explain it and the number to look at first.
 */
export interface AuditFinding {
  readonly severity: Severity;
  readonly kind: FindingKind;
  /** The statements concerned, the one the finding is about first; empty for a rule over figures no statement states. */
  readonly figureIds: ReadonlyArray<string>;
  readonly statements: ReadonlyArray<FindingStatement>;
  /** The figure in words, with its period. */
  readonly subject: Label;
  readonly arithmetic: Arithmetic;
  /** Slips that would reconcile a contradiction: hypotheses, never facts. */
  readonly hypotheses: ReadonlyArray<Diagnosis>;
  readonly localisation?: Localisation;
  /** The rule broken, for `rule-violated`. */
  readonly ruleId?: string;
}

/** The gravest of some severities, `none` when there are none. */
export const gravest = (severities: ReadonlyArray<Severity>): Severity | 'none' =>
  SEVERITIES.find((s) => severities.includes(s)) ?? 'none';
