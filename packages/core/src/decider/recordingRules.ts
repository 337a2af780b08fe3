import * as E from 'fp-ts/lib/Either.js';
import type { DomainError } from '../errors/domainError';
import type { CampaignState } from './campaignState';
import type { Check } from './checks';

/** One rule a command's data must pass against the ledger's state: the error it breaks, or nothing. */
export type Rule<D> = (data: D, state: CampaignState) => Check;

/**
 * How the decider turns a command into its event, written as rules rather than code: every spec
 * entry has one (`EventSpec.decide`), and one generic function (`decideByRules`) evaluates them.
 * The rules are checked in the order of the fields below, each list in its own order, and the
 * first one broken is the answer, so a command that breaks several rules reports the most basic:
 * identity, then well-formedness, then references, then dates. Write a rule with the builders of
 * `rules.ts` (`newId('class', 'classId')`, `organisation('organiserId')`, ...) or, for a rule of
 * one event type only, as a function.
 */
export interface RecordingRules<D> {
  /**
   * Refuses a fact already recorded: an id already taken in its namespace (`newId`), a campaign
   * already launched; null for facts without an identity of their own. A correction keeps the id
   * of the fact it corrects, so it is checked against every rule but this one.
   */
  readonly identity: Rule<D> | null;
  /** Rules on the data alone: periods and date ranges that end before they start. */
  readonly wellFormed?: ReadonlyArray<Rule<D>>;
  /** Rules on what the data refers to (organisations, contests, documents, ...) and on names unique among siblings. */
  readonly references?: ReadonlyArray<Rule<D>>;
  /** Dates and years against the period the fact is filed under. */
  readonly dates?: ReadonlyArray<Rule<D>>;
  /** The data as the event records it: the command's data with names, titles and the provenance normalised. */
  readonly record: (data: D) => D;
}

/** The rules after identity, in the order they are checked. */
export const checksOf = <D>(rules: RecordingRules<D>): ReadonlyArray<Rule<D>> => [
  ...(rules.wellFormed ?? []),
  ...(rules.references ?? []),
  ...(rules.dates ?? []),
];

/** The first rule of a list that the data breaks, in listed order. */
export const firstBroken = <D>(rules: ReadonlyArray<Rule<D>>, data: D, state: CampaignState): Check => {
  for (const rule of rules) {
    const broken = rule(data, state);
    if (broken !== undefined) return broken;
  }
  return undefined;
};

/**
 * The generic decision: the data as recorded when every rule holds, else the first rule broken.
 *
 * @example decideByRules(campaignEventSpecs.ClassHeld.decide, command.data, state) // Either<DomainError, ClassHeldData>
 */
export const decideByRules = <D>(rules: RecordingRules<D>, data: D, state: CampaignState): E.Either<DomainError, D> => {
  const broken = firstBroken(rules.identity === null ? checksOf(rules) : [rules.identity, ...checksOf(rules)], data, state);
  return broken === undefined ? E.right(rules.record(data)) : E.left(broken);
};
