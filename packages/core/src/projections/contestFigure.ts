import { periodContainsYear } from '../model/period';
import { factsOf, type CampaignFacts, type Fact } from './campaignFacts';
import type { Figure } from './figure';
import { allCounted, assembleFigure, partOf, type FigureKeyOf } from './figureAssembly';
import { combineGrains, flowRules, type OperationalCandidate, type SummaryCandidate } from './grains';
import { isWithin } from './organisationTree';
import { listingRetracted } from './retractedLineage';

type ContestKey = FigureKeyOf<
  'contest-units' | 'contest-entries' | 'contest-contestants' | 'prizes' | 'ratings' | 'selections'
>;

// Every organiser of a contest: the one that runs it and those that run it with it.
const organisersOf = (facts: CampaignFacts, contestId: string): ReadonlyArray<string> => {
  const launched = facts.contests.get(contestId)?.data;
  return launched === undefined ? [] : [launched.organiserId, ...(launched.coOrganiserIds ?? [])];
};

/**
 * Whether a contest year is in a key's cell: its contest is the key's (any, when the key names
 * none), its year lies in the key's period, the contest is of the key's kind, and one of its
 * organisers is the key's organiser or stands below it. A contest that was never launched in the
 * history has no kind and no organiser: it counts only where the key fixes neither.
 */
const inContestCell = (facts: CampaignFacts, key: ContestKey, contestId: string, year: number): boolean =>
  (key.contestId === undefined || contestId === key.contestId) &&
  (key.period === undefined || periodContainsYear(key.period, year)) &&
  (key.contestKind === undefined || facts.contests.get(contestId)?.data.kind === key.contestKind) &&
  (key.organiserId === undefined || organisersOf(facts, contestId).some((o) => isWithin(facts, o, key.organiserId as string)));


// Contest participation is reported for the whole contest, not for an organisation, so a summary
// covers every unit's entries of the same contest and year, and none of another contest's.
const participationSummaries = (
  facts: CampaignFacts,
  key: ContestKey,
  valueOf: (f: Fact<'ContestParticipationReported'>) => number | undefined,
): ReadonlyArray<SummaryCandidate> =>
  factsOf(facts, 'ContestParticipationReported').flatMap((f): SummaryCandidate[] => {
    const value = valueOf(f);
    if (value === undefined || !inContestCell(facts, key, f.data.contestId, f.data.year)) return [];
    const stated = { contestId: f.data.contestId };
    return [{ ref: f.ref, value, period: f.data.year, stated, effective: stated }];
  });

const entries = (facts: CampaignFacts, key: ContestKey, measure: 'units' | 'entries'): ReadonlyArray<OperationalCandidate> =>
  factsOf(facts, 'EntriesSubmitted').flatMap((f): OperationalCandidate[] => {
    const d = f.data;
    if (!inContestCell(facts, key, d.contestId, d.year)) return [];
    const distinctKey = measure === 'units' ? `${d.contestId}/${d.year}/${d.organisationId}` : undefined;
    const value = measure === 'units' ? 1 : d.entries;
    return [{ ref: f.ref, value, organisationId: d.organisationId, year: d.year, effective: { contestId: d.contestId }, distinctKey }];
  });

/**
 * Units taking part in a contest (measure `contest-units`): ContestParticipationReported units
 * plus the distinct organisations that submitted entries in a year, shadowed by a report of the
 * same contest and year that states units. The key's period, when given, filters by year.
 */
export const contestUnitsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'contest-units'>): Figure =>
  assembleFigure(
    key,
    combineGrains(facts, participationSummaries(facts, key, (f) => f.data.units), entries(facts, key, 'units'), flowRules),
  ));

/**
 * Entries to a contest (measure `contest-entries`): ContestParticipationReported entries plus each
 * EntriesSubmitted, shadowed by a report of the same contest and year that states entries.
 */
export const contestEntriesFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'contest-entries'>): Figure =>
  assembleFigure(
    key,
    combineGrains(facts, participationSummaries(facts, key, (f) => f.data.entries), entries(facts, key, 'entries'), flowRules),
  ));

/** Contestants of a contest (measure `contest-contestants`): ContestParticipationReported contestants; a later report of the same year restates an earlier one. */
export const contestContestantsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'contest-contestants'>): Figure =>
  assembleFigure(key, combineGrains(facts, participationSummaries(facts, key, (f) => f.data.contestants), [], flowRules)));

/**
 * Prizes of a contest (measure `prizes`): PrizesAwarded counts of the key's grade (every grade
 * when absent) in the key's period. Prizes whose grade the report does not state count only where
 * the key leaves the grade open.
 */
export const prizesFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'prizes'>): Figure =>
  assembleFigure(
    key,
    allCounted(
      factsOf(facts, 'PrizesAwarded')
        .filter((f) => inContestCell(facts, key, f.data.contestId, f.data.year) && (key.grade === undefined || key.grade === f.data.grade))
        .map((f) => partOf(f.ref, f.data.count)),
    ),
  ));

/** Contestants rated (measure `ratings`): ContestantsRated counts of the key's rating (every rating when absent); ratings are not prizes. */
export const ratingsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'ratings'>): Figure =>
  assembleFigure(
    key,
    allCounted(
      factsOf(facts, 'ContestantsRated')
        .filter((f) => inContestCell(facts, key, f.data.contestId, f.data.year) && (key.rating === undefined || key.rating === f.data.rating))
        .map((f) => partOf(f.ref, f.data.count)),
    ),
  ));

/** Contestants or entries sent on to a higher-level contest (measure `selections`): SelectionsSent counts. */
export const selectionsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'selections'>): Figure =>
  assembleFigure(
    key,
    allCounted(
      factsOf(facts, 'SelectionsSent')
        .filter((f) => inContestCell(facts, key, f.data.contestId, f.data.year))
        .map((f) => partOf(f.ref, f.data.count)),
    ),
  ));
