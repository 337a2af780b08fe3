import type { FigureKey } from '../model/figureKey';
import { canonicalJson } from '../store/canonicalJson';
import type { CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { figureOf } from './figureOf';

/** Looks a figure up by key; the report and the audit of one report share one, so each figure is computed once. */
export interface FigureLookup {
  (key: FigureKey): Figure;
  /** Keeps a figure computed elsewhere (by a view) for its key, unless one is kept already. */
  readonly keep: (figure: Figure) => void;
}

/** One text per key, whatever the order of its fields. */
export const figureKeyId = (key: FigureKey): string => canonicalJson(key);

/**
 * A lookup that computes each figure of the facts once, on first request, and keeps it. Facts
 * are immutable, so a kept figure stays true for as long as the facts it was computed from.
 * `compute` is `figureOf` unless a caller counts or wraps the computations.
 *
 * @example
 * const figures = figureLookup(facts);
 * buildCampaignReport(facts, { figures }); // the rows and the audit read the same figures
 */
export const figureLookup = (facts: CampaignFacts, compute: (facts: CampaignFacts, key: FigureKey) => Figure = figureOf): FigureLookup => {
  const kept = new Map<string, Figure>();
  const lookup = (key: FigureKey): Figure => {
    const id = figureKeyId(key);
    const known = kept.get(id);
    if (known !== undefined) return known;
    const figure = compute(facts, key);
    kept.set(id, figure);
    return figure;
  };
  const keep = (figure: Figure): void => {
    const id = figureKeyId(figure.key);
    if (!kept.has(id)) kept.set(id, figure);
  };
  return Object.assign(lookup, { keep });
};
