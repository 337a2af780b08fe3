import type { AwardStage, RecipientKind } from '../model/awardVocabulary';
import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import { periodBounds, periodKey, type Period } from '../model/period';
import { type CampaignFacts, factsOf, reportedFigures } from '../projections/campaignFacts';
import { classesView } from '../projections/classesView';
import { commendationsView } from '../projections/commendationsView';
import { contestsView } from '../projections/contestsView';
import type { Figure } from '../projections/figure';
import { percentOf } from '../projections/percent';
import { listSize, type PersistentList } from '../projections/persistentList';
import { figureOf } from '../projections/figureOf';
import { materialsView } from '../projections/materialsView';
import { outreachView } from '../projections/outreachView';
import { participationView } from '../projections/participationView';
import { steeringCommitteesView } from '../projections/steeringCommitteesView';
import { distinctPeriods as distinctPeriodsOf } from '../projections/viewSupport';
import { canonicalJson } from '../store/canonicalJson';
import { figureLabel, type NameLookup } from './figureLabel';
import {
  type CampaignReport,
  type ComputedValue,
  REPORT_FORMAT,
  type ReportGroup,
  type ReportRow,
  type SectionId,
  type StatedValue,
} from './reportModel';
import { agreementOf, statedChecks } from './statedChecks';

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

/** One text per key, whatever the order of its fields. */
const keyId = (key: FigureKey): string => canonicalJson(key);

// Every figure the views hold, in view order: they are the computed rows of the report.
const computedKeys = (facts: CampaignFacts, organisationId: string | undefined): ReadonlyArray<FigureKey> => {
  const scope = organisationId === undefined ? {} : { organisationId: organisationId as never };
  const figures: Figure[] = [];
  const add = (...fs: ReadonlyArray<Figure | undefined>) => {
    for (const f of fs) if (f !== undefined) figures.push(f);
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
        add(figureOf(facts, { measure: 'awards', period: p.period, stage, recipientKind }));
      }
    }
  }
  for (const period of distinctPeriodsOf(factsOf(facts, 'CommitmentsRecorded').map((f) => f.data.period))) {
    add(figureOf(facts, { measure: 'commitments', period, ...scope }));
  }
  for (const p of materialsView(facts, scope)) add(p.copies);
  return figures.map((f) => f.key);
};

/**
 * The figure a count is a fraction of, where the report writes one ("117/160 bản", "18/18 đảng
 * bộ"): residential areas reached of those registered, committees of the organisations of their kind.
 * Participation rates carry their own denominator.
 */
export const companionDenominatorKey = (key: FigureKey): FigureKey | null => {
  switch (key.measure) {
    case 'areas-reached':
      return { measure: 'areas-registered', period: key.period, ...(key.organisationId === undefined ? {} : { organisationId: key.organisationId }) };
    case 'steering-committees':
      return key.memberKind === undefined
        ? null
        : { measure: 'organisations', kind: key.memberKind, ...(key.organisationId === undefined ? {} : { organisationId: key.organisationId }) };
    default:
      return null;
  }
};

const computedValue = (facts: CampaignFacts, figure: Figure): ComputedValue => {
  const companionKey = companionDenominatorKey(figure.key);
  const companion = companionKey === null ? null : figureOf(facts, companionKey);
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
  return {
    status: figure.status,
    value,
    ...(figure.countUnit === undefined ? {} : { countUnit: figure.countUnit }),
    qualifiers: figure.qualifiers,
    ...(percent === undefined || percent === null ? {} : { percent }),
    ...(denominator === null ? {} : { denominator }),
    ...(figure.reason === undefined ? {} : { reason: figure.reason }),
    countedEventIds: [...new Set(contributions.filter((c) => c.role === 'counted').map((c) => c.eventId))],
    shadowedEventIds: [...new Set(contributions.filter((c) => c.role === 'shadowed').map((c) => c.eventId))],
  };
};

const nameLookup = (facts: CampaignFacts): NameLookup => ({
  organisation: (id) => facts.organisations.get(id)?.data.name,
  contest: (id) => facts.contests.get(id)?.data.title,
  topic: (id) => facts.topics.get(id)?.data.title,
});

const groupTitle = (period: Period | null): Label => {
  if (period === null) return { vi: 'Toàn Cuộc vận động', en: 'The whole campaign' };
  const { from, to } = periodBounds(period);
  return from === to ? { vi: `Năm ${from}`, en: `Year ${from}` } : { vi: `Giai đoạn ${from}–${to}`, en: `${from}–${to}` };
};

const comparePeriods = (a: Period | null, b: Period | null): number => {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const x = periodBounds(a);
  const y = periodBounds(b);
  // Single years first in order, then spans, so "2007–2010" closes the report.
  return x.to - x.from - (y.to - y.from) || x.from - y.from || x.to - y.to;
};

/** Options of a report: the organisation whose scope the figures are taken over. */
export interface CampaignReportOptions {
  /** Figures are rolled up over this organisation's subtree; absent means the whole ledger. */
  readonly organisationId?: string;
}

/**
 * Builds the campaign report from the facts: every computed figure of the views beside every figure
 * the report stated (FigureReported), matched by figure key, grouped by period and section.
 *
 * @example
 * const facts = runProjection(campaignFactsProjection, envelopes);
 * const report = buildCampaignReport(facts, { organisationId: 'org:muong-te' });
 * console.log(formatReport(report, 'vi'));
 */
export const buildCampaignReport = (facts: CampaignFacts, options: CampaignReportOptions = {}): CampaignReport => {
  const names = nameLookup(facts);
  const statements = reportedFigures(facts);
  const keys = new Map<string, FigureKey>();
  for (const key of computedKeys(facts, options.organisationId)) keys.set(keyId(key), key);
  for (const s of statements) if (!keys.has(keyId(s.data.figure))) keys.set(keyId(s.data.figure), s.data.figure);

  const rows = [...keys.values()].flatMap((key): ReportRow[] => {
    const figure = figureOf(facts, key);
    const computed = computedValue(facts, figure);
    const stated = statements
      .filter((s) => keyId(s.data.figure) === keyId(key))
      .map((s): StatedValue => {
        const { figureId, figure: _key, provenance, ...statement } = s.data;
        const checks = statedChecks(s.data, computed);
        return {
          figureId,
          eventId: s.ref.eventId,
          ...statement,
          ...(provenance.source.quote === undefined ? {} : { quote: provenance.source.quote }),
          checks,
          agreement: agreementOf(checks),
        };
      });
    // The views offer a rate for every category counted in persons; one without a declared
    // denominator that the report does not state either says nothing.
    if (key.measure === 'participation-rate' && figure.status !== 'computed' && stated.length === 0) return [];
    return [
      {
        key,
        label: { vi: figureLabel(key, 'vi', names), en: figureLabel(key, 'en', names) },
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
