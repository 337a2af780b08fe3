import type { CountUnit } from '../model/countUnit';
import type { FigureKey, Measure } from '../model/figureKey';
import { periodKey } from '../model/period';
import type { Qualifier } from '../model/qualifier';
import type { FactRef } from './campaignFacts';
import type { Dimension } from './dimensions';
import type { Contribution, Figure } from './figure';
import { versionValue } from './versionValue';

/** The figure key of one measure, narrowed from the FigureKey union. */
export type FigureKeyOf<M extends Measure> = Extract<FigureKey, { readonly measure: M }>;

/** One fact's share in a figure before its role is known: where it came from and what it adds. */
export interface Part {
  readonly ref: FactRef;
  readonly value: number;
  readonly qualifier?: Qualifier;
}

/** The facts of a cell, split into those that are added and those shadowed by a summary. */
export interface Parts {
  readonly counted: ReadonlyArray<Part>;
  readonly shadowed: ReadonlyArray<Part>;
  /** The dimensions by which counted summaries only itemise the cell; empty or absent when some fact claims the whole. */
  readonly itemisedBy?: ReadonlyArray<Dimension>;
}

/** How a figure is finished: its unit, and why it is not computable when its facts carry no number. */
export interface FigureOptions {
  readonly countUnit?: CountUnit;
  /** Set when facts concern the cell but none gives a number: the figure is `not-computable` then, not `no-data`. */
  readonly notComputable?: string;
}

const contributionOf = (part: Part, role: Contribution['role'], supersededBy?: string): Contribution => ({
  eventId: part.ref.eventId,
  globalPosition: part.ref.globalPosition,
  eventType: part.ref.eventType,
  factId: part.ref.factId,
  value: part.value,
  role,
  ...(part.qualifier === undefined ? {} : { qualifier: part.qualifier }),
  ...(part.ref.quote === undefined ? {} : { quote: part.ref.quote }),
  ...(part.ref.correction === undefined ? {} : { correction: part.ref.correction }),
  ...(supersededBy === undefined ? {} : { supersededBy }),
});

// The earlier versions a corrected part replaced, each with what it stated for the figure's
// measure and the event id of the version that followed it.
const supersededOf = (measure: Measure, part: Part): ReadonlyArray<Contribution> => {
  const chain = part.ref.supersedes ?? [];
  return chain.map((version, i) => {
    const { value, qualifier } = versionValue(measure, version.event);
    const next = chain[i + 1]?.ref.eventId ?? part.ref.eventId;
    return contributionOf(partOf(version.ref, value, qualifier), 'superseded', next);
  });
};

const roleOrder: { readonly [R in Contribution['role']]: number } = { counted: 0, shadowed: 1, superseded: 2, retracted: 3 };

/** Contributions in store order, so equal facts always give equal figures. */
export const byPosition = (a: Contribution, b: Contribution): number =>
  a.globalPosition - b.globalPosition || roleOrder[a.role] - roleOrder[b.role];

/** The qualifiers of counted contributions, each once, in store order. */
export const qualifiersOf = (contributions: ReadonlyArray<Contribution>): ReadonlyArray<Qualifier> => {
  const out: Qualifier[] = [];
  for (const c of contributions)
    if (c.role === 'counted' && c.qualifier !== undefined && !out.includes(c.qualifier)) out.push(c.qualifier);
  return out;
};

/** Why a cell has no figure: nothing recorded counts in it. */
export const noDataReason = (key: FigureKey): string => {
  const period = 'period' in key && key.period !== undefined ? ` for ${periodKey(key.period)}` : '';
  const scope = 'organisationId' in key && key.organisationId !== undefined ? ` under ${key.organisationId}` : '';
  return `no recorded fact counts towards ${key.measure}${period}${scope}`;
};

/**
 * A figure from its parts: `computed` with the sum of the counted parts when any part counts,
 * otherwise `not-computable` (when the options say why) or `no-data`, with value null. A counted
 * or shadowed part that a correction gave also lists the versions it superseded, with role
 * `superseded` and the value each stated for the measure; they add nothing.
 */
export const assembleFigure = (key: FigureKey, parts: Parts, options: FigureOptions = {}): Figure => {
  const contributions = [
    ...parts.counted.map((p) => contributionOf(p, 'counted')),
    ...parts.shadowed.map((p) => contributionOf(p, 'shadowed')),
    ...[...parts.counted, ...parts.shadowed].flatMap((p) => supersededOf(key.measure, p)),
  ].sort(byPosition);
  const unit = options.countUnit === undefined ? {} : { countUnit: options.countUnit };
  if (parts.counted.length === 0) {
    const status = options.notComputable === undefined ? 'no-data' : 'not-computable';
    return { key, status, value: null, ...unit, qualifiers: [], contributions, reason: options.notComputable ?? noDataReason(key) };
  }
  const value = parts.counted.reduce((sum, p) => sum + p.value, 0);
  const itemised = parts.itemisedBy === undefined || parts.itemisedBy.length === 0 ? {} : { itemisedBy: parts.itemisedBy };
  return { key, status: 'computed', value, ...unit, qualifiers: qualifiersOf(contributions), contributions, ...itemised };
};

/** Parts that are all counted: measures without two grains (awards, prizes, materials ...). */
export const allCounted = (counted: ReadonlyArray<Part>): Parts => ({ counted, shadowed: [] });

/** A Part from a fact reference, a value and an optional qualifier. */
export const partOf = (ref: FactRef, value: number, qualifier?: Qualifier): Part =>
  qualifier === undefined ? { ref, value } : { ref, value, qualifier };
