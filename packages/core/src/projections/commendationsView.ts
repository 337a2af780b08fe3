import { AwardKind, AwardStage, RecipientKind } from '../model/awardVocabulary';
import { periodBounds, type Period } from '../model/period';
import { year } from '../model/year';
import { awardsFigure } from './awardsFigure';
import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { distinctPeriods, hasData } from './viewSupport';

/** Awards of one stage, kind and recipient kind. */
export interface CommendationCell {
  readonly stage: AwardStage;
  readonly kind: AwardKind;
  readonly recipientKind: RecipientKind;
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
  /** The campaign-wide totals over the union span of the award periods; null when there are no awards. */
  readonly totals: CommendationsPeriod | null;
}

const cellsFor = (facts: CampaignFacts, period: Period): CommendationsPeriod => {
  const cells: CommendationCell[] = [];
  for (const stage of Object.keys(AwardStage.keys) as AwardStage[])
    for (const kind of Object.keys(AwardKind.keys) as AwardKind[])
      for (const recipientKind of Object.keys(RecipientKind.keys) as RecipientKind[]) {
        const figure = awardsFigure(facts, { measure: 'awards', period, stage, kind, recipientKind });
        if (hasData(figure)) cells.push({ stage, kind, recipientKind, figure });
      }
  return { period, cells };
};

/** Awards (khen thưởng, biểu dương) per period present by stage × kind × recipient kind, with the campaign-wide totals. */
export const commendationsView = (facts: CampaignFacts): CommendationsView => {
  const periods = distinctPeriods(factsOf(facts, 'AwardGranted').map((f) => f.data.period));
  if (periods.length === 0) return { periods: [], totals: null };
  const from = Math.min(...periods.map((p) => periodBounds(p).from));
  const to = Math.max(...periods.map((p) => periodBounds(p).to));
  const span: Period = from === to ? year(from) : { from: year(from), to: year(to) };
  return { periods: periods.map((p) => cellsFor(facts, p)).filter((p) => p.cells.length > 0), totals: cellsFor(facts, span) };
};
