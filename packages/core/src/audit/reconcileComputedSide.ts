import type { CountUnit } from '../model/countUnit';
import type { FigureKey } from '../model/figureKey';
import type { CampaignFacts } from '../projections/campaignFacts';
import type { Contribution, Figure, FigureStatus } from '../projections/figure';
import { figureOf } from '../projections/figureOf';
import { companionDenominatorKey } from '../report/campaignReport';
import { type Explanation, explain } from './explain';
import type { Operand } from './reconciliation';

/** The computed side of a stated figure: the figure its key names, and the fraction it is part of, if any. */
export interface ComputedSide {
  readonly explanation: Explanation;
  readonly denominatorExplanation?: Explanation;
  readonly qualifiers: Figure['qualifiers'];
  readonly countUnit?: CountUnit;
  /** The count, or for a rate its numerator's count; null when not computed. */
  readonly value: number | null;
  readonly valueOperands: ReadonlyArray<Operand>;
  /** The status of the count (for a rate, of its numerator): why `value` is null when it is. */
  readonly valueStatus: FigureStatus;
  readonly valueReason: string;
  /** The rate's eligible population, or the companion figure a count is a fraction of; null when there is none. */
  readonly denominator: number | null;
  readonly denominatorOperands: ReadonlyArray<Operand>;
  readonly denominatorReason: string;
}

const operandsOf = (contributions: ReadonlyArray<Contribution>): ReadonlyArray<Operand> =>
  contributions
    .filter((c) => c.role === 'counted')
    .map((c) => ({
      value: c.value,
      factId: c.factId,
      eventId: c.eventId,
      ...(c.qualifier === undefined ? {} : { qualifier: c.qualifier }),
    }));

const valueOf = (f: Figure): number | null => (f.status === 'computed' ? f.value : null);

/**
 * The figure a key names and, for a rate or a count written as a fraction ("117/160 bản"), its
 * denominator, each with the counted facts that make it and the reason it is missing, if it is.
 */
export const computedSide = (facts: CampaignFacts, key: FigureKey): ComputedSide => {
  const figure = figureOf(facts, key);
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
      value: valueOf(numerator),
      valueOperands: operandsOf(numerator.contributions),
      valueStatus: numerator.status,
      valueReason: numerator.reason ?? figure.reason ?? '',
      denominator: valueOf(denominator),
      denominatorOperands: operandsOf(denominator.contributions),
      denominatorReason: figure.reason ?? denominator.reason ?? '',
    };
  }
  const companionKey = companionDenominatorKey(key);
  const companion = companionKey === null ? null : figureOf(facts, companionKey);
  return {
    ...common,
    ...(companion === null ? {} : { denominatorExplanation: explain(facts, companion) }),
    value: valueOf(figure),
    valueOperands: operandsOf(figure.contributions),
    valueStatus: figure.status,
    valueReason: figure.reason ?? '',
    denominator: companion === null ? null : valueOf(companion),
    denominatorOperands: companion === null ? [] : operandsOf(companion.contributions),
    denominatorReason: companion === null ? `a ${key.measure} figure is not a fraction of another figure` : (companion.reason ?? ''),
  };
};

