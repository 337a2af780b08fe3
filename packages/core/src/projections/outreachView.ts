import type { Period } from '../model/period';
import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { areasReachedFigure, areasRegisteredFigure, outreachAttendancesFigure } from './outreachFigure';
import { distinctPeriods, ifData, scopeFields, type ViewScope } from './viewSupport';

/** Outreach in residential areas in one period: areas reached out of areas registered, and attendances. */
export interface OutreachPeriod {
  readonly period: Period;
  readonly areasReached?: Figure;
  readonly areasRegistered?: Figure;
  readonly attendances?: Figure;
}

/** Outreach per period present in the data. */
export type OutreachView = ReadonlyArray<OutreachPeriod>;

/** Outreach of an organisation's subtree (or the campaign) per period, with data only. */
export const outreachView = (facts: CampaignFacts, scope: ViewScope = {}): OutreachView => {
  const periods = distinctPeriods([
    ...factsOf(facts, 'OutreachReported').map((f) => f.data.period),
    ...factsOf(facts, 'OutreachSessionHeld').map((f) => f.data.year),
    ...factsOf(facts, 'ResidentialAreasDeclared').map((f) => f.data.period),
  ]);
  return periods
    .map((period): OutreachPeriod => {
      const base = { period, ...scopeFields(scope) };
      return {
        period,
        ...ifData('areasReached', areasReachedFigure(facts, { measure: 'areas-reached', ...base })),
        ...ifData('areasRegistered', areasRegisteredFigure(facts, { measure: 'areas-registered', ...base })),
        ...ifData('attendances', outreachAttendancesFigure(facts, { measure: 'outreach-attendances', ...base })),
      };
    })
    .filter((p) => p.areasReached !== undefined || p.areasRegistered !== undefined || p.attendances !== undefined);
};
