import type { ContestKind, ContestLevel, ContestRating, PrizeGrade } from '../model/contestVocabulary';
import { inVocabularyOrder } from '../model/vocabulary';
import type { Id } from '../model/identifiers';
import type { Year } from '../model/year';
import { factsOf, type CampaignFacts } from './campaignFacts';
import {
  contestContestantsFigure,
  contestEntriesFigure,
  contestUnitsFigure,
  prizesFigure,
  ratingsFigure,
  selectionsFigure,
} from './contestFigure';
import { vocabularyOf } from './factsVocabulary';
import type { Figure } from './figure';
import { hasData, ifData } from './viewSupport';

/** What a contest drew and gave in one year, with data only. */
export interface ContestYear {
  readonly year: Year;
  readonly units?: Figure;
  readonly entries?: Figure;
  readonly contestants?: Figure;
  readonly prizes?: Figure;
  /** Prizes by each grade stated; prizes whose grade is not stated are in `prizes` only. */
  readonly prizesByGrade: ReadonlyArray<{ readonly grade: PrizeGrade; readonly figure: Figure }>;
  readonly ratings?: Figure;
  readonly ratingsByRating: ReadonlyArray<{ readonly rating: ContestRating; readonly figure: Figure }>;
  readonly selections?: Figure;
}

/** One contest, described from its launch when it was recorded, and its years. */
export interface ContestSummary {
  readonly contestId: Id;
  readonly title?: string;
  readonly kind?: ContestKind;
  readonly level?: ContestLevel;
  /** Every organiser: the one that runs it, then those that run it with it. */
  readonly organiserIds?: ReadonlyArray<Id>;
  readonly years: ReadonlyArray<ContestYear>;
}

/** Every contest with facts, in the order they first appear. */
export type ContestsView = ReadonlyArray<ContestSummary>;

/** Contests per contest and year: units, entries, contestants, prizes by grade, ratings and selections. */
export const contestsView = (facts: CampaignFacts): ContestsView => {
  const yearly = [
    ...factsOf(facts, 'ContestParticipationReported'),
    ...factsOf(facts, 'EntriesSubmitted'),
    ...factsOf(facts, 'PrizesAwarded'),
    ...factsOf(facts, 'ContestantsRated'),
    ...factsOf(facts, 'SelectionsSent'),
  ].map((f) => ({ contestId: f.data.contestId, year: f.data.year }));
  const vocabulary = vocabularyOf(facts);
  const grades = inVocabularyOrder(vocabulary, 'prize-grade', factsOf(facts, 'PrizesAwarded').flatMap((f) => (f.data.grade === undefined ? [] : [f.data.grade])));
  const ratings = inVocabularyOrder(vocabulary, 'contest-rating', factsOf(facts, 'ContestantsRated').map((f) => f.data.rating));
  const contestIds = [...new Set<Id>([...facts.contests.keys()].map((k) => k as Id).concat(yearly.map((y) => y.contestId)))];
  return contestIds.flatMap((contestId): ContestSummary[] => {
    const years = [...new Set(yearly.filter((y) => y.contestId === contestId).map((y) => y.year))].sort((a, b) => a - b);
    const rows = years.map((year): ContestYear => {
      const base = { contestId, period: year };
      const byGrade = grades
        .map((grade) => ({ grade, figure: prizesFigure(facts, { measure: 'prizes', ...base, grade }) }))
        .filter((c) => hasData(c.figure));
      const byRating = ratings
        .map((rating) => ({ rating, figure: ratingsFigure(facts, { measure: 'ratings', ...base, rating }) }))
        .filter((c) => hasData(c.figure));
      return {
        year,
        ...ifData('units', contestUnitsFigure(facts, { measure: 'contest-units', ...base })),
        ...ifData('entries', contestEntriesFigure(facts, { measure: 'contest-entries', ...base })),
        ...ifData('contestants', contestContestantsFigure(facts, { measure: 'contest-contestants', ...base })),
        ...ifData('prizes', prizesFigure(facts, { measure: 'prizes', ...base })),
        prizesByGrade: byGrade,
        ...ifData('ratings', ratingsFigure(facts, { measure: 'ratings', ...base })),
        ratingsByRating: byRating,
        ...ifData('selections', selectionsFigure(facts, { measure: 'selections', ...base })),
      };
    });
    const launched = facts.contests.get(contestId)?.data;
    const about =
      launched === undefined
        ? {}
        : { title: launched.title, kind: launched.kind, level: launched.level, organiserIds: [launched.organiserId, ...(launched.coOrganiserIds ?? [])] };
    return [{ contestId, ...about, years: rows }];
  });
};
