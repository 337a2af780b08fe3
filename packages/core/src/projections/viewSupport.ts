import type { Id } from '../model/identifiers';
import { isKnownPeriod, periodBounds, periodKey, type Period } from '../model/period';
import type { Figure } from './figure';

/** The organisation a view is taken for; absent means the whole campaign. */
export interface ViewScope {
  readonly organisationId?: Id;
}

/** The scope part of a figure key, omitted when the view is campaign-wide. */
export const scopeFields = (scope: ViewScope): { readonly organisationId?: Id } =>
  scope.organisationId === undefined ? {} : { organisationId: scope.organisationId };

/** Each period once, earliest first; a span sorts after the single year it starts with, and the unknown period comes last. */
export const distinctPeriods = (periods: Iterable<Period>): ReadonlyArray<Period> => {
  const byKey = new Map<string, Period>();
  for (const p of periods) if (!byKey.has(periodKey(p))) byKey.set(periodKey(p), p);
  return [...byKey.values()].sort((a, b) => {
    if (!isKnownPeriod(a) || !isKnownPeriod(b)) return Number(!isKnownPeriod(a)) - Number(!isKnownPeriod(b));
    const x = periodBounds(a);
    const y = periodBounds(b);
    return x.from - y.from || x.to - y.to;
  });
};

/** Whether a figure belongs in a view: views only show cells that have data. */
export const hasData = (figure: Figure): boolean => figure.status !== 'no-data';

/** The figure when it has data, else nothing, to spread into a view row. */
export const ifData = <K extends string>(name: K, figure: Figure): { readonly [P in K]?: Figure } =>
  (hasData(figure) ? { [name]: figure } : {}) as { readonly [P in K]?: Figure };
