import type { AwardInstrument, AwardKind, AwardStage, DecidingBody } from '../model/awardVocabulary';
import { RecipientKind } from '../model/awardVocabulary';
import { isKnownPeriod, periodBounds, type Period } from '../model/period';
import { inVocabularyOrder } from '../model/vocabulary';
import { year } from '../model/year';
import { awardsFigure } from './awardsFigure';
import { factsOf, type CampaignFacts, type Fact } from './campaignFacts';
import { vocabularyOf } from './factsVocabulary';
import type { Figure } from './figure';
import { distinctPeriods, hasData } from './viewSupport';

/**
 * Awards of one stage, kind and recipient kind; of one deciding body or one instrument when the
 * cell names it (a cell that names neither takes every award of the three).
 */
export interface CommendationCell {
  readonly stage: AwardStage;
  readonly kind: AwardKind;
  readonly recipientKind: RecipientKind;
  readonly decidingBody?: DecidingBody;
  readonly instrument?: AwardInstrument;
  readonly figure: Figure;
}

/** The award cells of one period (awards filed under periods inside it). */
export interface CommendationsPeriod {
  readonly period: Period;
  readonly cells: ReadonlyArray<CommendationCell>;
}

/** Awards per period present, and over the span from the first to the last award period. */
export interface CommendationsView {
  readonly periods: ReadonlyArray<CommendationsPeriod>;
  /** The campaign-wide totals over the union span of the award periods given; null when there are no awards of a known period. */
  readonly totals: CommendationsPeriod | null;
}

const present = <A>(awards: ReadonlyArray<Fact<'AwardGranted'>>, of: (d: Fact<'AwardGranted'>['data']) => A | undefined): ReadonlyArray<A> =>
  awards.flatMap((f) => {
    const value = of(f.data);
    return value === undefined ? [] : [value];
  });

const cellsFor = (facts: CampaignFacts, period: Period): CommendationsPeriod => {
  const awards = factsOf(facts, 'AwardGranted');
  const vocabulary = vocabularyOf(facts);
  const stages = inVocabularyOrder(vocabulary, 'award-stage', present(awards, (d) => d.stage));
  const kinds = inVocabularyOrder(vocabulary, 'award-kind', present(awards, (d) => d.kind));
  const bodies = inVocabularyOrder(vocabulary, 'deciding-body', present(awards, (d) => d.decidingBody));
  const instruments = inVocabularyOrder(vocabulary, 'award-instrument', present(awards, (d) => d.instrument));
  const cells: CommendationCell[] = [];
  const add = (cell: Omit<CommendationCell, 'figure'>): void => {
    const figure = awardsFigure(facts, { measure: 'awards', period, ...cell });
    if (hasData(figure)) cells.push({ ...cell, figure });
  };
  for (const stage of stages)
    for (const kind of kinds)
      for (const recipientKind of Object.keys(RecipientKind.keys) as RecipientKind[]) {
        add({ stage, kind, recipientKind });
        // Awards a report gives by deciding body or by instrument are also shown so, each apart.
        for (const decidingBody of bodies) add({ stage, kind, recipientKind, decidingBody });
        for (const instrument of instruments) add({ stage, kind, recipientKind, instrument });
      }
  return { period, cells };
};

/**
 * Awards (khen thưởng, biểu dương) per period present by stage × kind × recipient kind (and by
 * deciding body and by instrument where awards state them), with the campaign-wide totals over the
 * span of the periods given. Awards of unknown period have a period of their own and stay out of
 * the span.
 */
export const commendationsView = (facts: CampaignFacts): CommendationsView => {
  const periods = distinctPeriods(factsOf(facts, 'AwardGranted').map((f) => f.data.period));
  if (periods.length === 0) return { periods: [], totals: null };
  const known = periods.filter(isKnownPeriod);
  const from = Math.min(...known.map((p) => periodBounds(p).from));
  const to = Math.max(...known.map((p) => periodBounds(p).to));
  const span: Period | null = known.length === 0 ? null : from === to ? year(from) : { from: year(from), to: year(to) };
  return { periods: periods.map((p) => cellsFor(facts, p)).filter((p) => p.cells.length > 0), totals: span === null ? null : cellsFor(facts, span) };
};
