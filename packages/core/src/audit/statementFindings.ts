import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import { isKnownPeriod, periodBounds } from '../model/period';
import { termLabelOf } from '../projections/factsVocabulary';
import { type CampaignFacts, type Fact, factsOf } from '../projections/campaignFacts';
import { companionDenominatorKey } from '../projections/companionDenominator';
import type { Dimension } from '../projections/dimensions';
import type { Contribution, Figure } from '../projections/figure';
import type { FigureLookup } from '../projections/figureLookup';
import { termRelation } from '../projections/termRelations';
import type { Language } from '../text/language';
import { formatCount, formatFraction } from '../text/numberFormat';
import type { FindingKind } from './finding';
import { categoriesArithmetic, coverageArithmetic, exemptedArithmetic, feasibilityArithmetic } from './findingArithmetic';
import { missingArithmetic } from './reconcileArithmetic';
import type { ComputedSide } from './reconcileComputedSide';
import { missingDenominatorWords } from './reconcileComparisons';
import type { PartIndex } from './reconcileParts';
import type { Arithmetic, Operand, ReconciliationNote } from './reconciliation';

type Statement = Fact<'FigureReported'>;
type StatementData = Statement['data'];

/** A finding about one statement before the audit completes it with quotes, subject and hypotheses. */
export interface FindingDraft {
  readonly kind: FindingKind;
  readonly arithmetic: Arithmetic;
  /** Further statements the finding is about, after the statement itself: a restatement's second statement. */
  readonly others?: ReadonlyArray<string>;
  /** Statements it cites for comparison only, whose verdict it leaves alone: the year that gave a denominator. */
  readonly context?: ReadonlyArray<string>;
}

/** What the audit finds about a statement beside its verdict: further findings, and checks that held. */
export interface StatementExtras {
  readonly findings: ReadonlyArray<FindingDraft>;
  readonly notes: ReadonlyArray<ReconciliationNote>;
}

/** What the extra checks of a statement read. */
export interface ExtrasContext {
  readonly facts: CampaignFacts;
  readonly figures: FigureLookup;
  readonly index: PartIndex;
  readonly statements: ReadonlyArray<Statement>;
  /** The fact ids the statement names as its parts and that could be added. */
  readonly namedParts: ReadonlySet<string>;
}

const categoryLabel = (facts: CampaignFacts, category: string): Label => termLabelOf(facts, 'participant-category', category);

const periodText = (key: FigureKey): string | undefined => {
  if (!('period' in key) || key.period === undefined || !isKnownPeriod(key.period)) return undefined;
  const { from, to } = periodBounds(key.period);
  return from === to ? String(from) : `${from}–${to}`;
};

// GRIM: a percentage printed over a denominator that no whole count can give.
const feasibility = (d: StatementData): ReadonlyArray<FindingDraft> => {
  if (d.percent === undefined || d.denominator === undefined || d.denominator <= 0) return [];
  const arithmetic = feasibilityArithmetic(d.denominator, d.percent, d.percentQualifier);
  return arithmetic.feasible ? [] : [{ kind: 'percent-infeasible', arithmetic }];
};

// Participants and exempted members against those registered: "244 + 6 = 250 ≤ 250", both ways.
const exempted = (d: StatementData, side: ComputedSide): StatementExtras => {
  const participants = d.numerator ?? side.value;
  if (d.figure.measure !== 'participation-rate' || side.exempted === 0 || side.denominator === null || participants === null || participants === undefined)
    return { findings: [], notes: [] };
  const arithmetic = exemptedArithmetic(participants, side.exempted, side.denominator);
  return arithmetic.holds
    ? { findings: [], notes: [{ kind: 'check', arithmetic, line: arithmetic.line }] }
    : { findings: [{ kind: 'exempted-beyond-eligible', arithmetic }], notes: [] };
};

const counted = (f: Figure): ReadonlyArray<Contribution> => f.contributions.filter((c) => c.role === 'counted');

const operandOf = (c: Contribution): Operand => ({ value: c.value, factId: c.factId, eventId: c.eventId, ...(c.qualifier === undefined ? {} : { qualifier: c.qualifier }) });

// The participant categories the facts name, each once.
const categoriesIn = (facts: CampaignFacts): ReadonlyArray<string> => [
  ...new Set([...factsOf(facts, 'ParticipationReported').map((f) => f.data.category as string), ...factsOf(facts, 'AttendanceRecorded').map((f) => f.data.category as string)]),
];

/**
 * A total of participants of a category set against the narrower categories counted in its cell:
 * whole figures of categories that may share members are added only to say that they cannot
 * reconcile the total (2007: 1.795 party members and 1.483 cadres beside 3.573); figures that share
 * no member bound it from below; slices itemised by organiser or bloc (2009: 256 + 1.854 + 927)
 * cover part of it. Parts the statement names, and the categories its figure is made of, are
 * left to the statement's own check.
 */
const categories = (ctx: ExtrasContext, d: StatementData, side: ComputedSide): ReadonlyArray<FindingDraft> => {
  const key = d.figure;
  if (key.measure !== 'participants' || key.bloc !== undefined || key.organiserLevel !== undefined || d.value === undefined) return [];
  const stated = d.value;
  if (side.itemisedBy !== undefined) return [];
  const narrower = categoriesIn(ctx.facts)
    .filter((c) => termRelation(ctx.facts, c, key.category) === 'narrower')
    .map((category) => ({ category, figure: ctx.figures({ ...key, category } as FigureKey) }))
    .filter((n) => n.figure.status === 'computed' && n.figure.value !== null);
  const whole = narrower.filter((n) => n.figure.itemisedBy === undefined);
  const widest = whole.filter((n) => !whole.some((m) => m !== n && termRelation(ctx.facts, n.category, m.category) === 'narrower'));
  const inParts = (f: Figure) => counted(f).length > 0 && counted(f).every((c) => ctx.namedParts.has(c.factId));
  const madeOf = new Set<string>(side.composition?.categories ?? []);
  const out: FindingDraft[] = [];
  const compared = widest.filter((n) => !inParts(n.figure) && !madeOf.has(n.category));
  if (compared.length >= 2) {
    const operands = compared.map((n) => {
      const only = counted(n.figure).length === 1 ? counted(n.figure)[0] : undefined;
      return { value: n.figure.value ?? 0, category: n.category, ...(only === undefined ? {} : { factId: only.factId, eventId: only.eventId }) };
    });
    const disjoint = compared.every((a) => compared.every((b) => a === b || termRelation(ctx.facts, a.category, b.category) === 'disjoint'));
    const arithmetic = categoriesArithmetic(operands, stated, disjoint ? 'disjoint' : 'overlap', (category) => categoryLabel(ctx.facts, category));
    if (!disjoint) out.push({ kind: 'overlapping-categories', arithmetic });
    else if (arithmetic.total > stated) out.push({ kind: 'parts-exceed-total', arithmetic });
    else if (arithmetic.total < stated) out.push({ kind: 'partial-coverage', arithmetic });
  }
  // Slices: the category's own itemised facts, and the itemised figures of narrower categories no whole one holds.
  const own = side.composition?.itemised?.contributions ?? [];
  const ownBy = side.composition?.itemised?.by ?? [];
  const sliced = narrower.filter(
    (n) => n.figure.itemisedBy !== undefined && !whole.some((w) => termRelation(ctx.facts, n.category, w.category) === 'narrower'),
  );
  const slices = [...own, ...sliced.flatMap((n) => counted(n.figure))].filter((c) => !ctx.namedParts.has(c.factId));
  if (slices.length > 0) {
    const by = [...new Set<Dimension>([...ownBy, ...sliced.flatMap((n) => n.figure.itemisedBy ?? [])])];
    const operands = [...slices].sort((a, b) => a.globalPosition - b.globalPosition).map(operandOf);
    const total = operands.reduce((n, o) => n + o.value, 0);
    const arithmetic = coverageArithmetic('itemised', operands, total, stated, [], by);
    if (total > stated) out.push({ kind: 'parts-exceed-total', arithmetic });
    else if (total < stated) out.push({ kind: 'partial-coverage', arithmetic });
  }
  return out;
};

// A count written elsewhere as a fraction ("117/160 bản") that has no denominator here.
const missingDenominator = (ctx: ExtrasContext, d: StatementData, side: ComputedSide): ReadonlyArray<FindingDraft> => {
  const count = d.value ?? d.numerator;
  if (companionDenominatorKey(d.figure) === null || d.denominator !== undefined || side.denominator !== null || count === undefined) return [];
  const elsewhere = ctx.statements
    .filter((s) => s.data.figure.measure === d.figure.measure && s.data.figureId !== d.figureId)
    .flatMap((s) => {
      const numerator = s.data.numerator ?? s.data.value;
      return s.data.denominator === undefined || numerator === undefined ? [] : [{ figureId: s.data.figureId, numerator, denominator: s.data.denominator, period: periodText(s.data.figure) }];
    });
  const why = missingDenominatorWords(d.figure, side);
  const period = periodText(d.figure);
  const line = (lang: Language): string => {
    const here = `${formatCount(count, lang)}/?: ${why[lang]}${period === undefined ? '' : lang === 'vi' ? ` năm ${period}` : ` for ${period}`}`;
    const there = elsewhere
      .map((e) => `${e.period === undefined ? '' : lang === 'vi' ? `năm ${e.period} ` : `${e.period} `}${lang === 'vi' ? 'báo cáo ghi' : 'gives'} ${formatFraction(e.numerator, e.denominator, lang)}`)
      .join(', ');
    return there === '' ? here : `${here}; ${there}`;
  };
  const arithmetic = {
    ...missingArithmetic('denominator', side.denominatorReason, { vi: line('vi'), en: line('en') }),
    elsewhere: elsewhere.map(({ figureId, numerator, denominator }) => ({ figureId, numerator, denominator })),
  };
  return [{ kind: 'missing-denominator', arithmetic, context: elsewhere.map((e) => e.figureId) }];
};

interface ClassFact {
  readonly factId: string;
  readonly count: number;
  readonly year: number | undefined;
  readonly audience: ReadonlyArray<string>;
  readonly kind: 'summary' | 'held';
}

const classFact = (ctx: ExtrasContext, factId: string): ClassFact | undefined => {
  const recorded = ctx.index.get(factId);
  const event = recorded?.[recorded.length - 1]?.event;
  if (event?.type === 'ClassesReported' && isKnownPeriod(event.data.period)) {
    const { from, to } = periodBounds(event.data.period);
    return { factId, count: event.data.count, year: from === to ? from : undefined, audience: event.data.audience === undefined ? [] : [event.data.audience], kind: 'summary' };
  }
  if (event?.type === 'ClassHeld') return { factId, count: 1, year: event.data.year, audience: event.data.audience ?? [], kind: 'held' };
  return undefined;
};

// Classes with no count of who took part, in a year whose other classes the report counts class by class.
const noParticipants = (ctx: ExtrasContext, d: StatementData, side: ComputedSide): ReadonlyArray<FindingDraft> => {
  if (d.figure.measure !== 'classes') return [];
  const ids = ctx.namedParts.size > 0 ? [...ctx.namedParts] : side.valueOperands.flatMap((o) => (o.factId === undefined ? [] : [o.factId]));
  const tiedSummaries = factsOf(ctx.facts, 'ParticipationReported').filter((f) => f.data.classesFactId !== undefined);
  const attended = new Set(factsOf(ctx.facts, 'AttendanceRecorded').map((f) => f.data.classId as string));
  const out: FindingDraft[] = [];
  for (const c of ids.map((id) => classFact(ctx, id)).filter((x): x is ClassFact => x !== undefined)) {
    if (c.year === undefined) continue;
    const year = c.year;
    const sameYear = (p: Fact<'ParticipationReported'>) => {
      if (!isKnownPeriod(p.data.period)) return false;
      const { from, to } = periodBounds(p.data.period);
      return from === year && to === year;
    };
    const tied =
      c.kind === 'summary'
        ? tiedSummaries.filter(sameYear).map((p) => p.data.classesFactId as string)
        : [...ctx.facts.classes.values()].filter((h) => h.data.year === year && attended.has(h.data.classId)).map((h) => h.data.classId as string);
    if (tied.length === 0 || tied.includes(c.factId)) continue;
    const audience = c.audience.map((a) => categoryLabel(ctx.facts, a));
    const line = (lang: Language): string => {
      const who = audience.length === 0 ? '' : ` (${audience.map((a) => a[lang]).join(', ')})`;
      return lang === 'vi'
        ? `${formatCount(c.count, lang)} lớp${who}: báo cáo không ghi số người tham gia, trong khi ghi số người của các lớp khác năm ${year}`
        : `${formatCount(c.count, lang)} classes${who}: the report gives no participant count, where it counts the other classes of ${year}`;
    };
    out.push({ kind: 'no-participant-count', arithmetic: missingArithmetic('participants', `no participants are reported for the classes ${c.factId}`, { vi: line('vi'), en: line('en') }) });
  }
  return out;
};

/**
 * What else the audit finds about one statement, beside its verdict: a percentage no whole count
 * gives (an alarm), participants and exempted beyond those registered (a warning), narrower
 * categories that overlap, share no member or only itemise the total, a missing denominator, and
 * classes without a participant count (notes, or a warning when parts exceed their total).
 */
export const statementExtras = (ctx: ExtrasContext, d: StatementData, side: ComputedSide): StatementExtras => {
  const exempt = exempted(d, side);
  return {
    findings: [...feasibility(d), ...exempt.findings, ...categories(ctx, d, side), ...missingDenominator(ctx, d, side), ...noParticipants(ctx, d, side)],
    notes: exempt.notes,
  };
};
