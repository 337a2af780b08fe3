import type { CountUnit } from '../model/countUnit';
import type { FigureKey } from '../model/figureKey';
import type { CampaignFacts } from '../projections/campaignFacts';
import type { CategoryComposition, Contribution, Figure, FigureStatus } from '../projections/figure';
import type { FigureLookup } from '../projections/figureLookup';
import type { Dimension } from '../projections/dimensions';
import { companionDenominatorKey } from '../projections/companionDenominator';
import { type Explanation, explain } from './explain';
import type { PartIndex } from './reconcileParts';
import type { Operand } from './reconciliation';
import { type ScopeCoverage, scopeCoverage } from './scopeCoverage';

/** The computed side of a stated figure: the figure its key names, and the fraction it is part of, if any. */
export interface ComputedSide {
  readonly explanation: Explanation;
  readonly denominatorExplanation?: Explanation;
  readonly qualifiers: Figure['qualifiers'];
  readonly countUnit?: CountUnit;
  /** The count, or for a rate its numerator's count; null when not computed. */
  readonly value: number | null;
  /** Set when that count only adds slices the report itemised, so it is no total to hold a stated one to. */
  readonly itemisedBy?: ReadonlyArray<Dimension>;
  /** Set when the count was made from the narrower categories that partition the key's. */
  readonly composition?: CategoryComposition;
  readonly valueOperands: ReadonlyArray<Operand>;
  /** The status of the count (for a rate, of its numerator): why `value` is null when it is. */
  readonly valueStatus: FigureStatus;
  readonly valueReason: string;
  /** The rate's eligible population, or the companion figure a count is a fraction of; null when there is none. */
  readonly denominator: number | null;
  readonly denominatorOperands: ReadonlyArray<Operand>;
  readonly denominatorReason: string;
  /**
   * The members the counted eligible populations declare exempted (đảng viên già yếu được miễn):
   * of a rate's denominator, or of an eligible figure itself; 0 when none is declared.
   */
  readonly exempted: number;
  /** For a rate: how much of the scope its numerator and its denominator cover (see `scopeCoverage`). */
  readonly coverage?: { readonly numerator: ScopeCoverage; readonly denominator: ScopeCoverage };
}

// The members exempted by the eligible populations a figure counts.
const exemptedOf = (index: PartIndex, f: Figure): number =>
  f.contributions
    .filter((c) => c.role === 'counted' && c.eventType === 'EligiblePopulationDeclared')
    .reduce((sum, c) => {
      const recorded = index.get(c.factId);
      const event = recorded?.[recorded.length - 1]?.event;
      return sum + (event?.type === 'EligiblePopulationDeclared' ? (event.data.exempted ?? 0) : 0);
    }, 0);

const operandsOf = (contributions: ReadonlyArray<Contribution>): ReadonlyArray<Operand> =>
  contributions
    .filter((c) => c.role === 'counted')
    .map((c) => ({
      value: c.value,
      factId: c.factId,
      eventId: c.eventId,
      ...(c.qualifier === undefined ? {} : { qualifier: c.qualifier }),
    }));

const coverageOf = (f: Figure): Pick<ComputedSide, 'itemisedBy' | 'composition'> => ({
  ...(f.itemisedBy === undefined ? {} : { itemisedBy: f.itemisedBy }),
  ...(f.fromCategories === undefined ? {} : { composition: f.fromCategories }),
});

const valueOf = (f: Figure): number | null => (f.status === 'computed' ? f.value : null);

/**
 * The figure a key names and, for a rate or a count written as a fraction ("117/160 bản"), its
 * denominator, each with the counted facts that make it and the reason it is missing, if it is.
 */
export const computedSide = (facts: CampaignFacts, figures: FigureLookup, key: FigureKey, index: PartIndex): ComputedSide => {
  const figure = figures(key);
  const explanation = explain(facts, figure);
  const common = {
    explanation,
    qualifiers: figure.qualifiers,
    ...(figure.countUnit === undefined ? {} : { countUnit: figure.countUnit }),
  };
  if (figure.rate !== undefined) {
    const { numerator, denominator } = figure.rate;
    return {
      ...common,
      ...coverageOf(numerator),
      value: valueOf(numerator),
      valueOperands: operandsOf(numerator.contributions),
      valueStatus: numerator.status,
      valueReason: numerator.reason ?? figure.reason ?? '',
      denominator: valueOf(denominator),
      denominatorOperands: operandsOf(denominator.contributions),
      denominatorReason: figure.reason ?? denominator.reason ?? '',
      exempted: exemptedOf(index, denominator),
      coverage: { numerator: scopeCoverage(facts, index, numerator), denominator: scopeCoverage(facts, index, denominator) },
    };
  }
  const companionKey = companionDenominatorKey(key);
  const companion = companionKey === null ? null : figures(companionKey);
  return {
    ...common,
    ...coverageOf(figure),
    ...(companion === null ? {} : { denominatorExplanation: explain(facts, companion) }),
    value: valueOf(figure),
    valueOperands: operandsOf(figure.contributions),
    valueStatus: figure.status,
    valueReason: figure.reason ?? '',
    denominator: companion === null ? null : valueOf(companion),
    denominatorOperands: companion === null ? [] : operandsOf(companion.contributions),
    denominatorReason: companion === null ? `a ${key.measure} figure is not a fraction of another figure` : (companion.reason ?? ''),
    exempted: key.measure === 'eligible' ? exemptedOf(index, figure) : 0,
  };
};

