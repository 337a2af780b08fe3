import { isKnownPeriod, type Period, periodBounds, periodContainsYear, periodWithin } from '../model/period';
import type { CampaignFacts } from './campaignFacts';
import { firstRecordedPosition } from './factCorrections';
import { type Dimension, type Dimensions, SLICING_DIMENSIONS } from './dimensions';
import type { Part, Parts } from './figureAssembly';
import { ancestorsOf, isStrictlyWithin, isWithin } from './organisationTree';

/** The cell a figure is taken over: an organisation's subtree, a period, and the dimensions the key fixes. */
export interface Cell {
  readonly organisationId?: string | undefined;
  readonly period?: Period | undefined;
  readonly fixed: Dimensions;
}

/** A summary fact as a candidate for a cell: it states a count for an organisation's scope over a period. */
export interface SummaryCandidate extends Part {
  /** Undefined for campaign-wide summaries (contest participation), which cover every organisation. */
  readonly organisationId?: string | undefined;
  /** Undefined for summaries filed under no period (some committee reports). */
  readonly period?: Period | undefined;
  /** The dimensions the fact states itself: only these limit what it covers. */
  readonly stated: Dimensions;
  /** Its dimensions with the bloc derived from its organisation: what a cell and a broader summary see. */
  readonly effective: Dimensions;
}

/** An operational fact as a candidate for a cell: one class, session, entry, committee or registration. */
export interface OperationalCandidate extends Part {
  readonly organisationId?: string | undefined;
  /** Undefined for registry facts (organisations, areas), which stand in every period. */
  readonly year?: number | undefined;
  readonly effective: Dimensions;
  /** Facts that count distinct things (areas reached, contest units) share a key; only the first counted one adds its value. */
  readonly distinctKey?: string | undefined;
}

/**
 * How the two grains meet for a measure. `stock` measures count what stands (organisations,
 * committees, areas): periods do not limit covering and, of two equal summaries, the one for the
 * later period counts. `strictCover` asks an operational fact to stand strictly below the summary's
 * organisation, because those summaries count what stands under the organisation, not the
 * organisation itself.
 */
export interface GrainRules {
  readonly stock: boolean;
  readonly strictCover: boolean;
}

/** Rules for flows (classes, participants, outreach, contest entries): periods matter, scope is inclusive. */
export const flowRules: GrainRules = { stock: false, strictCover: false };

/** Whether every dimension `required` gives is equal in `actual`; an unstated one in `actual` never matches. */
export const dimensionsAgree = (required: Dimensions, actual: Dimensions): boolean =>
  (Object.keys(required) as Dimension[]).every((d) => required[d] === undefined || required[d] === actual[d]);

const inScope = (facts: CampaignFacts, organisationId: string | undefined, scopeId: string | undefined, strict: boolean) => {
  if (scopeId === undefined) return true;
  if (organisationId === undefined) return false;
  return strict ? isStrictlyWithin(facts, organisationId, scopeId) : isWithin(facts, organisationId, scopeId);
};

/** Whether a summary counts in a cell: its organisation in the subtree, its period inside, its dimensions equal to the fixed ones. */
export const summaryInCell = (facts: CampaignFacts, cell: Cell, s: SummaryCandidate): boolean =>
  inScope(facts, s.organisationId, cell.organisationId, false) &&
  (cell.period === undefined || (s.period !== undefined && periodWithin(s.period, cell.period))) &&
  dimensionsAgree(cell.fixed, s.effective);

/**
 * Whether an operational fact counts in a cell: its organisation in the subtree (strictly below,
 * for registered organisations counted under their parent), its year inside the period (registry
 * facts have no year and stand in every period), its dimensions equal to the fixed ones.
 */
export const operationalInCell = (facts: CampaignFacts, cell: Cell, o: OperationalCandidate, strictScope = false): boolean =>
  inScope(facts, o.organisationId, cell.organisationId, strictScope) &&
  (cell.period === undefined || o.year === undefined || periodContainsYear(cell.period, o.year)) &&
  dimensionsAgree(cell.fixed, o.effective);

/** The dimensions a summary states that the cell leaves open: the slice of the cell it claims, if it claims only a slice. */
const slicesOf = (s: SummaryCandidate, cellFixed: Dimensions): ReadonlyArray<Dimension> =>
  SLICING_DIMENSIONS.filter((d) => s.stated[d] !== undefined && cellFixed[d] === undefined);

const organisationCovers = (facts: CampaignFacts, coverer: string | undefined, covered: string | undefined, strict: boolean) =>
  coverer === undefined || (covered !== undefined && (strict ? isStrictlyWithin(facts, covered, coverer) : isWithin(facts, covered, coverer)));

// Of two counts of a stock, the one of the later period counts; a count of no period or of an
// unknown one is never the later.
const periodEndOf = (p: Period | undefined): number => (p === undefined || !isKnownPeriod(p) ? Number.NEGATIVE_INFINITY : periodBounds(p).to);

/**
 * Combines the two grains of one cell. Summary facts count, except one that a broader or equal
 * summary of the cell covers (organisation within, period within, every dimension the broader one
 * states equal); of two equal summaries the later one counts (for stocks: the later period, then
 * the later position, where a corrected fact keeps its original's), so a restated figure is not
 * added to itself. An operational fact is shadowed when any summary of the cell covers it.
 * Shadowed facts are listed, not added. `cellFixed`, given for measures whose summaries can be slices, is the cell's fixed
 * dimensions: a counted summary that states a slicing dimension the cell leaves open is a slice, and the parts say by
 * which dimensions the cell was only itemised (see docs/projections.md, "Itemised facts").
 */
export const combineGrains = (
  facts: CampaignFacts,
  summaries: ReadonlyArray<SummaryCandidate>,
  operationals: ReadonlyArray<OperationalCandidate>,
  rules: GrainRules,
  cellFixed?: Dimensions,
): Parts => {
  const covers = (a: SummaryCandidate, b: SummaryCandidate): boolean =>
    organisationCovers(facts, a.organisationId, b.organisationId, false) &&
    (rules.stock || a.period === undefined || (b.period !== undefined && periodWithin(b.period, a.period))) &&
    dimensionsAgree(a.stated, b.effective);
  const later = (a: SummaryCandidate, b: SummaryCandidate): boolean => {
    const byPeriod = rules.stock ? periodEndOf(a.period) - periodEndOf(b.period) : 0;
    return byPeriod !== 0 ? byPeriod > 0 : firstRecordedPosition(a.ref) > firstRecordedPosition(b.ref);
  };
  // Only a summary of the fact's organisation, of one above it, or of none can cover it: the
  // summaries are indexed by organisation, so that each fact meets those few rather than all of
  // them, and a cell of many summaries and facts stays linear.
  const byOrganisation = new Map<string | undefined, SummaryCandidate[]>();
  for (const summary of summaries) {
    const list = byOrganisation.get(summary.organisationId);
    if (list === undefined) byOrganisation.set(summary.organisationId, [summary]);
    else list.push(summary);
  }
  const ancestors = new Map<string, ReadonlyArray<string>>();
  const ancestorsOfOnce = (organisationId: string): ReadonlyArray<string> => {
    const known = ancestors.get(organisationId);
    if (known !== undefined) return known;
    const found = ancestorsOf(facts, organisationId);
    ancestors.set(organisationId, found);
    return found;
  };
  const NONE: ReadonlyArray<SummaryCandidate> = [];
  const possibleCoverers = (organisationId: string | undefined, strict: boolean): ReadonlyArray<SummaryCandidate> => {
    const ofNone = byOrganisation.get(undefined) ?? NONE;
    if (organisationId === undefined) return ofNone;
    const out = [...ofNone];
    if (!strict) out.push(...(byOrganisation.get(organisationId) ?? NONE));
    for (const ancestor of ancestorsOfOnce(organisationId)) out.push(...(byOrganisation.get(ancestor) ?? NONE));
    return out;
  };
  const summaryShadowed = (s: SummaryCandidate): boolean =>
    possibleCoverers(s.organisationId, false).some((o) => o !== s && covers(o, s) && (!covers(s, o) || later(o, s)));
  const operationalShadowed = (o: OperationalCandidate): boolean =>
    possibleCoverers(o.organisationId, rules.strictCover).some(
      (s) =>
        organisationCovers(facts, s.organisationId, o.organisationId, rules.strictCover) &&
        (rules.stock || s.period === undefined || (o.year !== undefined && periodContainsYear(s.period, o.year))) &&
        dimensionsAgree(s.stated, o.effective),
    );

  const counted: Part[] = [];
  const shadowed: Part[] = [];
  const itemisedBy = new Set<Dimension>();
  for (const s of summaries) {
    if (summaryShadowed(s)) shadowed.push(s);
    else {
      counted.push(s);
      if (cellFixed !== undefined) for (const d of slicesOf(s, cellFixed)) itemisedBy.add(d);
    }
  }
  const seen = new Set<string>();
  const inOrder = [...operationals].sort((a, b) => firstRecordedPosition(a.ref) - firstRecordedPosition(b.ref));
  for (const o of inOrder) {
    if (operationalShadowed(o)) shadowed.push(o);
    else if (o.distinctKey === undefined) counted.push(o);
    else if (seen.has(o.distinctKey)) counted.push({ ...o, value: 0 });
    else {
      seen.add(o.distinctKey);
      counted.push(o);
    }
  }
  return { counted, shadowed, itemisedBy: SLICING_DIMENSIONS.filter((d) => itemisedBy.has(d)) };
};
