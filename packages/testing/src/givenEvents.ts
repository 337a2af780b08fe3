import { runProjection, type EventEnvelope, type Projection } from '@campaign-ledger/core';
import { type StoredEventShape } from '@campaign-ledger/core/adapter';
import { expect } from 'vitest';
import { envelopesFor, isEnvelope, type EnvelopesForOptions } from './envelopesFor';

/** Something that turns envelopes into a state: a Projection, or any function that folds them. */
export type Projector<E extends StoredEventShape, S> = Projection<E, S> | ((envelopes: ReadonlyArray<EventEnvelope<E>>) => S);

/** A history: bare events (wrapped by envelopesFor) or envelopes a test built itself. */
export type History<E extends StoredEventShape> = ReadonlyArray<E> | ReadonlyArray<EventEnvelope<E>>;

/** A history projected into a state, ready for assertions. */
export interface Projected<E extends StoredEventShape, S> {
  /** The envelopes that were folded, with their positions. */
  readonly envelopes: ReadonlyArray<EventEnvelope<E>>;
  /** The projected state. */
  readonly state: S;
  /** Asserts that the state equals this one (deeply, strictly); returns it. */
  readonly then: (expected: S) => S;
  /** Hands the state to `check` for partial assertions; returns it. */
  readonly thenSatisfies: (check: (state: S) => void) => S;
}

/** The envelopes of a history: envelopes as they are, bare events wrapped with positions from 1. */
export const envelopesOfHistory = <E extends StoredEventShape>(
  history: History<E>,
  options?: EnvelopesForOptions<E>,
): ReadonlyArray<EventEnvelope<E>> => {
  const items: ReadonlyArray<E | EventEnvelope<E>> = history;
  const envelopes = items.filter((item) => isEnvelope(item));
  if (envelopes.length === items.length) return envelopes as ReadonlyArray<EventEnvelope<E>>;
  if (envelopes.length > 0) throw new TypeError('givenEvents: a history is either all events or all envelopes, not a mix');
  return envelopesFor(items as ReadonlyArray<E>, options);
};

/** Runs a projector over envelopes. */
export const project = <E extends StoredEventShape, S>(projector: Projector<E, S>, envelopes: ReadonlyArray<EventEnvelope<E>>): S =>
  typeof projector === 'function' ? projector(envelopes) : runProjection(projector, envelopes);

/**
 * Given/then for any projection: folds a history (bare events get positions 1, 2, ...) and
 * exposes the state to assert. The same envelopes are folded twice and the two states compared,
 * because a projection that is not a pure fold would make every other assertion meaningless.
 *
 * @example
 * givenEvents(campaignFactsProjection, [registered, classHeld]).thenSatisfies((facts) => {
 *   expect(facts.classes.size).toBe(1);
 * });
 */
export const givenEvents = <E extends StoredEventShape, S>(
  projector: Projector<E, S>,
  history: History<E>,
  options?: EnvelopesForOptions<E>,
): Projected<E, S> => {
  const envelopes = envelopesOfHistory(history, options);
  const state = project(projector, envelopes);
  expect(project(projector, envelopes), 'folding the same envelopes twice gives the same state').toStrictEqual(state);
  return {
    envelopes,
    state,
    then: (expected) => {
      expect(state).toStrictEqual(expected);
      return state;
    },
    thenSatisfies: (check) => {
      check(state);
      return state;
    },
  };
};
