import type { Period } from '../model/period';
import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { materialsFigure } from './materialsFigure';
import { distinctPeriods, hasData, scopeFields, type ViewScope } from './viewSupport';

/** Copies of study materials distributed in one period. */
export interface MaterialsPeriod {
  readonly period: Period;
  readonly copies: Figure;
}

/** Materials distributed per period present in the data. */
export type MaterialsView = ReadonlyArray<MaterialsPeriod>;

/** Copies distributed by an organisation's subtree (or the campaign) per period, with data only. */
export const materialsView = (facts: CampaignFacts, scope: ViewScope = {}): MaterialsView =>
  distinctPeriods(factsOf(facts, 'MaterialsDistributed').map((f) => f.data.period))
    .map((period) => ({ period, copies: materialsFigure(facts, { measure: 'materials', period, ...scopeFields(scope) }) }))
    .filter((p) => hasData(p.copies));
