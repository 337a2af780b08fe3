import {
  campaignFactsProjection,
  figureKey,
  figureOf,
  type CampaignEvent,
  type CampaignFacts,
  type ComputedPercent,
  type Contribution,
  type Figure,
  type FigureKeyInput,
} from '@campaign-ledger/core';
import { expect } from 'vitest';
import type { EnvelopesForOptions } from './envelopesFor';
import { givenEvents, type History, type Projected } from './givenEvents';

type CountUnit = NonNullable<Figure['countUnit']>;
type Qualifier = Figure['qualifiers'][number];

/** A contribution in its shortest exact form: which event, counted or shadowed, and what it added. */
export type ContributionRow = readonly [eventId: string, role: Contribution['role'], value: number];


/** The contributions of a figure as rows, in the figure's order. */
export const contributionRows = (figure: Figure): ReadonlyArray<ContributionRow> =>
  figure.contributions.map((c) => [c.eventId, c.role, c.value] as const);

/** Assertions about one figure; each returns the figure for further checks. */
export interface FigureExpectation {
  readonly figure: Figure;
  /** Asserts the figure is computed with this value (and, when given, this unit and these qualifiers). */
  readonly toEqual: (
    value: number,
    details?: { readonly countUnit?: CountUnit; readonly qualifiers?: ReadonlyArray<Qualifier> },
  ) => Figure;
  /** Asserts the figure is not computable, with a reason that matches when one is given. */
  readonly toBeNotComputable: (reason?: string | RegExp) => Figure;
  /** Asserts no fact concerns the figure's cell. */
  readonly toHaveNoData: () => Figure;
  /** Asserts exactly these contributions, in order, as [eventId, role, value]. */
  readonly toHaveContributions: (rows: ReadonlyArray<ContributionRow>) => Figure;
  /** Asserts a rate figure's percentage (numerator, denominator, scaled value, decimals). */
  readonly toHavePercent: (percent: ComputedPercent) => Figure;
}

const describeFigure = (figure: Figure): string =>
  `${JSON.stringify(figure.key)} is ${figure.status}${figure.value === null ? '' : ` = ${figure.value}`}${figure.reason === undefined ? '' : ` (${figure.reason})`}`;

const expectationOf = (figure: Figure): FigureExpectation => {
  const label = describeFigure(figure);
  return {
    figure,
    toEqual: (value, details = {}) => {
      expect(figure.status, label).toBe('computed');
      expect(figure.value, label).toBe(value);
      if (details.countUnit !== undefined) expect(figure.countUnit, label).toBe(details.countUnit);
      if (details.qualifiers !== undefined) expect(figure.qualifiers, label).toEqual(details.qualifiers);
      return figure;
    },
    toBeNotComputable: (reason) => {
      expect(figure.status, label).toBe('not-computable');
      expect(figure.value, label).toBeNull();
      if (reason !== undefined) expect(figure.reason, label).toMatch(reason);
      return figure;
    },
    toHaveNoData: () => {
      expect(figure.status, label).toBe('no-data');
      expect(figure.value, label).toBeNull();
      return figure;
    },
    toHaveContributions: (rows) => {
      expect(contributionRows(figure), label).toEqual(rows);
      return figure;
    },
    toHavePercent: (percent) => {
      expect(figure.rate?.percent, label).toEqual(percent);
      return figure;
    },
  };
};

/**
 * Assertions about a figure: pass the figure itself, or the campaign facts and a key (plain
 * literals are checked by the FigureKey codec), and the figure is computed with figureOf.
 *
 * @example
 * expectFigure(projectFacts(history), { measure: 'classes', period: 2009 }).toEqual(36);
 * expectFigure(facts, { measure: 'participation-rate', period: 2008, category: 'party-members' }).toBeNotComputable();
 */
export function expectFigure(figure: Figure): FigureExpectation;
export function expectFigure(facts: CampaignFacts, key: FigureKeyInput): FigureExpectation;
export function expectFigure(subject: Figure | CampaignFacts, key?: FigureKeyInput): FigureExpectation {
  if (key === undefined) return expectationOf(subject as Figure);
  return expectationOf(figureOf(subject as CampaignFacts, figureKey(key)));
}

/** The campaign's facts after a history: bare events get positions 1, 2, ... as envelopesFor gives them. */
export const projectFacts = (history: History<CampaignEvent>, options?: EnvelopesForOptions<CampaignEvent>): CampaignFacts =>
  givenEvents(campaignFactsProjection, history, options).state;

/** A campaign history projected into facts, with assertions on figures by key. */
export interface GivenFacts extends Projected<CampaignEvent, CampaignFacts> {
  /** The figure a key names, computed from the facts. */
  readonly figure: (key: FigureKeyInput) => Figure;
  /** Assertions about the figure a key names. */
  readonly thenFigure: (key: FigureKeyInput) => FigureExpectation;
}

/**
 * Given/then for the campaign's figures: projects the history with campaignFactsProjection and
 * asserts figures by key.
 *
 * @example
 * givenFacts([district, commune, classesReported]).thenFigure({ measure: 'classes', period: 2010 }).toEqual(36);
 */
export const givenFacts = (history: History<CampaignEvent>, options?: EnvelopesForOptions<CampaignEvent>): GivenFacts => {
  const projected = givenEvents(campaignFactsProjection, history, options);
  const figure = (key: FigureKeyInput): Figure => figureOf(projected.state, figureKey(key));
  return { ...projected, figure, thenFigure: (key) => expectationOf(figure(key)) };
};
