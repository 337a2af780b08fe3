import type { EventEnvelope, StoredEventShape } from '../store/eventEnvelope';

/**
 * A projection: a pure fold over envelopes. It knows nothing of storage, and folding the same
 * envelopes twice gives the same state.
 */
export interface Projection<E extends StoredEventShape, S> {
  readonly init: () => S;
  readonly evolve: (state: S, envelope: EventEnvelope<E>) => S;
}

/** Folds envelopes through a projection from its initial state. */
export const runProjection = <E extends StoredEventShape, S>(
  projection: Projection<E, S>,
  envelopes: Iterable<EventEnvelope<E>>,
): S => {
  let state = projection.init();
  for (const envelope of envelopes) state = projection.evolve(state, envelope);
  return state;
};
