import type { AwardStage, RecipientKind } from '../model/awardVocabulary';
import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import { isKnownPeriod, periodBounds, periodKey, type Period } from '../model/period';
import { type CampaignFacts, factsOf, reportedFigures } from '../projections/campaignFacts';
import { classesView } from '../projections/classesView';
import { commendationsView } from '../projections/commendationsView';
import { contestsView } from '../projections/contestsView';
import type { Figure } from '../projections/figure';
import { percentOf } from '../projections/percent';
import { listSize, type PersistentList } from '../projections/persistentList';
import { companionDenominatorKey } from '../projections/companionDenominator';
import { materialsView } from '../projections/materialsView';
import { outreachView } from '../projections/outreachView';
import { participationView } from '../projections/participationView';
import { steeringCommitteesView } from '../projections/steeringCommitteesView';
import { distinctPeriods as distinctPeriodsOf } from '../projections/viewSupport';
import { termLabelOf } from '../projections/factsVocabulary';
import { figureDimensions, figureLabel, type NameLookup } from '../text/figureLabel';
import {
  type CampaignReport,
  type ComputedValue,
  REPORT_FORMAT,
  type ReportGroup,
  type ReportRow,
  type SectionId,
  type StatedValue,
  type StatementVerdict,
} from './reportModel';
import type { AuditSection } from '../audit/auditSection';
import { reconcile } from '../audit/reconcile';
import { type PartIndex, partIndexOf } from '../audit/reconcileParts';
import { scopeCoverage } from '../audit/scopeCoverage';
import type { Reconciliation } from '../audit/reconciliation';
import { type FigureLookup, figureKeyId, figureLookup } from '../projections/figureLookup';

const SECTION_TITLES: { readonly [s in SectionId]: Label } = {
  direction: { vi: 'Chỉ đạo', en: 'Direction' },
  classes: { vi: 'Lớp học tập, quán triệt', en: 'Study classes' },
  participation: { vi: 'Người tham gia học tập', en: 'Participation' },
  outreach: { vi: 'Học tập, tuyên truyền tại bản, khu phố', en: 'Outreach in residential areas' },
  contests: { vi: 'Hội thi, cuộc thi', en: 'Contests' },
  awards: { vi: 'Biểu dương, khen thưởng', en: 'Commendations and rewards' },
  materials: { vi: 'Tài liệu', en: 'Materials' },
};
const SECTION_ORDER: ReadonlyArray<SectionId> = ['direction', 'classes', 'participation', 'outreach', 'contests', 'awards', 'materials'];

const sectionOf = (key: FigureKey): SectionId => {
  switch (key.measure) {
    case 'organisations':
    case 'acting-organisations':
    case 'steering-committees':
    case 'steering-committee-members':
    case 'pilot-units':
    case 'inspections':
      return 'direction';
    case 'classes':
      return 'classes';
    case 'participants':
    case 'eligible':
    case 'participation-rate':
    case 'commitments':
      return 'participation';
    case 'areas-reached':
    case 'areas-registered':
    case 'outreach-attendances':
      return 'outreach';
    case 'contest-units':
    case 'contest-entries':
    case 'contest-contestants':
    case 'prizes':
    case 'ratings':
    case 'selections':
      return 'contests';
    case 'awards':
      return 'awards';
    case 'materials':
      return 'materials';
  }
};

/** A key's period, or null for figures that stand for the whole campaign (committees, pilot units). */
const periodOfKey = (key: FigureKey): Period | null => ('period' in key && key.period !== undefined ? key.period : null);


// Every figure the views hold, in view order: they are the computed rows of the report.
const computedFigures = (facts: CampaignFacts, figures: FigureLookup, organisationId: string | undefined): ReadonlyArray<Figure> => {
  const scope = organisationId === undefined ? {} : { organisationId: organisationId as never };
  const found: Figure[] = [];
  const add = (...fs: ReadonlyArray<Figure | undefined>) => {
    for (const f of fs) if (f !== undefined) found.push(f);
  };
  const committees = steeringCommitteesView(facts, scope);
  add(committees.committees, committees.members);
  for (const c of committees.byMemberKind) add(c.committees, c.members);
  for (const p of classesView(facts, scope)) {
    add(p.total, ...p.byBloc.map((c) => c.figure), ...p.byOrganiserLevel.map((c) => c.figure));
  }
  for (const p of participationView(facts, scope)) for (const c of p.cells) add(c.participants, c.eligible, c.rate);
  for (const p of outreachView(facts, scope)) add(p.areasReached, p.areasRegistered, p.attendances);
  for (const contest of contestsView(facts)) {
    for (const y of contest.years) {
      add(y.units, y.entries, y.contestants, y.prizes, ...y.prizesByGrade.map((g) => g.figure), y.ratings);
      add(...y.ratingsByRating.map((r) => r.figure), y.selections);
    }
  }
  const commendations = commendationsView(facts);
  for (const p of commendations.periods) {
    add(...p.cells.map((c) => c.figure));
    // Each stage's total per recipient kind, whatever the kind of award: what an audit of
    // "decided against proposed" compares.
    const stages = [...new Set(p.cells.map((c) => `${c.stage}|${c.recipientKind}`))];
    for (const s of stages) {
      const [stage, recipientKind] = s.split('|') as [AwardStage, RecipientKind];
      if (p.cells.filter((c) => c.stage === stage && c.recipientKind === recipientKind).length > 1) {
        add(figures({ measure: 'awards', period: p.period, stage, recipientKind }));
      }
    }
  }
  for (const period of distinctPeriodsOf(factsOf(facts, 'CommitmentsRecorded').map((f) => f.data.period))) {
    add(figures({ measure: 'commitments', period, ...scope }));
  }
  for (const p of materialsView(facts, scope)) add(p.copies);
  return found;
};

// An eligible population, or a rate's, declared by only some of the organisations below the scope.
const partialOf = (facts: CampaignFacts, index: PartIndex, figure: Figure): ComputedValue['partial'] => {
  const eligible = figure.key.measure === 'eligible' ? figure : figure.key.measure === 'participation-rate' ? figure.rate?.denominator : undefined;
  if (eligible === undefined) return undefined;
  const coverage = scopeCoverage(facts, index, eligible);
  return coverage._tag === 'partial' ? { missing: coverage.missing } : undefined;
};

const computedValue = (facts: CampaignFacts, index: PartIndex, figures: FigureLookup, figure: Figure): ComputedValue => {
  const companionKey = companionDenominatorKey(figure.key);
  const companion = companionKey === null ? null : figures(companionKey);
  const denominator =
    figure.rate?.denominator.status === 'computed'
      ? figure.rate.denominator.value
      : companion?.status === 'computed'
        ? companion.value
        : null;
  // A rate without its denominator still has its numerator's count.
  const numerator = figure.rate?.numerator.status === 'computed' ? figure.rate.numerator.value : null;
  const value = figure.status === 'no-data' ? null : (figure.value ?? numerator);
  const percent =
    figure.rate?.percent ?? (value !== null && denominator !== null && denominator > 0 ? percentOf(value, denominator, 2) : undefined);
  const contributions = [...figure.contributions, ...(companion?.contributions ?? [])];
  const partial = partialOf(facts, index, figure);
  return {
    status: figure.status,
    value,
    ...(figure.countUnit === undefined ? {} : { countUnit: figure.countUnit }),
    qualifiers: figure.qualifiers,
    ...(percent === undefined || percent === null ? {} : { percent }),
    ...(denominator === null ? {} : { denominator }),
    ...(figure.reason === undefined ? {} : { reason: figure.reason }),
    ...(figure.itemisedBy === undefined ? {} : { itemisedBy: figure.itemisedBy }),
    ...(figure.fromCategories === undefined ? {} : { fromCategories: figure.fromCategories.categories }),
    ...(partial === undefined ? {} : { partial }),
    countedEventIds: [...new Set(contributions.filter((c) => c.role === 'counted').map((c) => c.eventId))],
    shadowedEventIds: [...new Set(contributions.filter((c) => c.role === 'shadowed').map((c) => c.eventId))],
  };
};

const nameLookup = (facts: CampaignFacts): NameLookup => ({
  organisation: (id) => facts.organisations.get(id)?.data.name,
  contest: (id) => facts.contests.get(id)?.data.title,
  topic: (id) => facts.topics.get(id)?.data.title,
  term: (kind, termId) => termLabelOf(facts, kind, termId),
});

const groupTitle = (period: Period | null): Label => {
  if (period === null) return { vi: 'Toàn Cuộc vận động', en: 'The whole campaign' };
  if (!isKnownPeriod(period)) return { vi: 'Không rõ thời gian', en: 'Period not stated' };
  const { from, to } = periodBounds(period);
  return from === to ? { vi: `Năm ${from}`, en: `Year ${from}` } : { vi: `Giai đoạn ${from}–${to}`, en: `${from}–${to}` };
};

const comparePeriods = (a: Period | null, b: Period | null): number => {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  // Facts whose source gives no period close the report.
  if (!isKnownPeriod(a) || !isKnownPeriod(b)) return Number(!isKnownPeriod(a)) - Number(!isKnownPeriod(b));
  const x = periodBounds(a);
  const y = periodBounds(b);
  // Single years first in order, then spans, so "2007–2010" closes the report.
  return x.to - x.from - (y.to - y.from) || x.from - y.from || x.to - y.to;
};

/** Options of a report: the organisation whose scope the figures are taken over, and what it shares with its audit. */
export interface CampaignReportOptions {
  /** Figures are rolled up over this organisation's subtree; absent means the whole ledger. */
  readonly organisationId?: string;
  /** The figures of these facts, shared with the audit so each is computed once; made here when absent. */
  readonly figures?: FigureLookup;
  /** The audit's reconciliation of these facts (`reconcile`), whose verdicts the rows carry; made here when absent. */
  readonly reconciliations?: ReadonlyArray<Reconciliation>;
}

const verdictOf = (r: Reconciliation): StatementVerdict => ({
  kind: r.kind,
  alarm: r.alarm,
  severity: r.severity,
  agreement: r.agreement,
  arithmetic: r.arithmetic.line,
});

/**
 * Builds the campaign report from the facts: every computed figure of the views beside every figure
 * the report stated (FigureReported), matched by figure key, grouped by period and section. Each
 * statement carries the audit's verdict on it (`reconcile`): the report never judges a statement
 * itself. Each figure is computed once, through one lookup shared with the reconciliation.
 *
 * @example
 * const facts = runProjection(campaignFactsProjection, envelopes);
 * const report = buildCampaignReport(facts, { organisationId: 'org:muong-te' });
 * console.log(formatReport(report, 'vi'));
 */
export const buildCampaignReport = (facts: CampaignFacts, options: CampaignReportOptions = {}): CampaignReport => {
  const names = nameLookup(facts);
  const statements = reportedFigures(facts);
  const figures = options.figures ?? figureLookup(facts);
  const keys = new Map<string, FigureKey>();
  for (const figure of computedFigures(facts, figures, options.organisationId)) {
    // The views computed these already: the lookup keeps them for the rows and the audit.
    figures.keep(figure);
    keys.set(figureKeyId(figure.key), figure.key);
  }
  const reconciliations = options.reconciliations ?? reconcile(facts, figures);
  const verdicts = new Map(reconciliations.map((r) => [r.eventId, verdictOf(r)]));
  for (const s of statements) if (!keys.has(figureKeyId(s.data.figure))) keys.set(figureKeyId(s.data.figure), s.data.figure);
  const statementsByKey = new Map<string, Array<(typeof statements)[number]>>();
  for (const s of statements) {
    const id = figureKeyId(s.data.figure);
    statementsByKey.set(id, [...(statementsByKey.get(id) ?? []), s]);
  }

  const index = partIndexOf(facts);
  const rows = [...keys.entries()].flatMap(([id, key]): ReportRow[] => {
    const figure = figures(key);
    const computed = computedValue(facts, index, figures, figure);
    const stated = (statementsByKey.get(id) ?? []).map((s): StatedValue => {
      const { figureId, figure: _key, provenance, ...statement } = s.data;
      const verdict = verdicts.get(s.ref.eventId);
      // reconcile() reconciles every statement of the facts; a missing one is a caller's mismatch.
      if (verdict === undefined) throw new RangeError(`buildCampaignReport: no reconciliation of statement ${figureId} (${s.ref.eventId})`);
      return {
        figureId,
        eventId: s.ref.eventId,
        ...statement,
        ...(provenance.source.quote === undefined ? {} : { quote: provenance.source.quote }),
        verdict,
      };
    });
    // The views offer a rate for every category counted in persons; one without a declared
    // denominator that the report does not state either says nothing.
    if (key.measure === 'participation-rate' && figure.status !== 'computed' && stated.length === 0) return [];
    const contestId = 'contestId' in key ? key.contestId : undefined;
    const contestTitle = contestId === undefined ? undefined : names.contest(contestId);
    return [
      {
        key,
        label: { vi: figureLabel(key, 'vi', names), en: figureLabel(key, 'en', names) },
        dimensions: figureDimensions(key, names),
        ...(contestId !== undefined && contestTitle !== undefined ? { contest: { contestId, title: contestTitle } } : {}),
        computed,
        stated,
      },
    ];
  });

  const groups = new Map<string, { period: Period | null; rows: ReportRow[] }>();
  for (const row of rows) {
    const period = periodOfKey(row.key);
    const id = period === null ? 'campaign' : periodKey(period);
    const group = groups.get(id) ?? { period, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  const orderedGroups = [...groups.values()]
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map(
      (g): ReportGroup => ({
        period: g.period,
        title: groupTitle(g.period),
        sections: SECTION_ORDER.map((section) => ({
          section,
          title: SECTION_TITLES[section],
          rows: g.rows.filter((r) => sectionOf(r.key) === section),
        })).filter((s) => s.rows.length > 0),
      }),
    );

  const launched = factsOf(facts, 'CampaignLaunched')[0];
  const scopeName = options.organisationId === undefined ? undefined : names.organisation(options.organisationId);
  return {
    format: REPORT_FORMAT,
    campaign: launched === undefined ? null : { id: launched.data.campaignId, title: launched.data.title },
    scope: options.organisationId === undefined ? null : { organisationId: options.organisationId, name: scopeName ?? options.organisationId },
    eventCount: factCount(facts),
    lastGlobalPosition: facts.lastGlobalPosition,
    groups: orderedGroups,
  };
};

// Every folded event sits in its type's list (corrections included), so the sizes add up to the
// events folded; factsOf would walk the lists and fold corrections into their originals.
const factCount = (facts: CampaignFacts): number =>
  (Object.values(facts.log) as ReadonlyArray<PersistentList<unknown>>).reduce((n, list) => n + listSize(list), 0);

/** The report with its audit section. */
export const withAudit = (report: CampaignReport, audit: AuditSection): CampaignReport => ({ ...report, audit });
