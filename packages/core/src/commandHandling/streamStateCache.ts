/**
 * A decider's state after a stream's event at `revision`, with that event's hash: a command can
 * then read only the events after it. The hash makes the cache safe: when the stream no longer
 * holds that event at that revision, the state is not used.
 */
export interface CachedStreamState<S> {
  readonly revision: number;
  readonly hash: string;
  readonly state: S;
}

/**
 * Where handleCommand keeps the state it last folded for each stream. States are values: a
 * decider's evolve never mutates the state it is given, so a cached state can be evolved again.
 */
export interface StreamStateCache<S> {
  readonly get: (stream: string) => CachedStreamState<S> | undefined;
  readonly set: (stream: string, cached: CachedStreamState<S>) => void;
}

/** A cache in this process's memory, for the streams one writer handles (a ledger has one). */
export const makeStreamStateCache = <S>(): StreamStateCache<S> => {
  const states = new Map<string, CachedStreamState<S>>();
  return {
    get: (stream) => states.get(stream),
    set: (stream, cached) => {
      states.set(stream, cached);
    },
  };
};
