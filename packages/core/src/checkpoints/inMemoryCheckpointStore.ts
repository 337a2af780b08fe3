import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { checkCheckpointName, checkCheckpointSave, type ProjectionCheckpoint, type ProjectionCheckpointStore } from './projectionCheckpointStore';

/**
 * A ProjectionCheckpointStore in memory: for tests, and for a process that replays its in-memory
 * store anyway. `entries` is its "disk", to share between two stores as a restarted process
 * would find its file, or to inspect in a test.
 *
 * @example
 * const checkpoints = makeInMemoryCheckpointStore();
 * const run = await runProjectionWithCheckpoints({ store, checkpoints, name: 'facts', projection, encode, decode })();
 */
export const makeInMemoryCheckpointStore = (
  entries: Map<string, ProjectionCheckpoint> = new Map(),
): ProjectionCheckpointStore => ({
  load: (name) => {
    checkCheckpointName('load', name);
    return () => Promise.resolve(E.right(O.fromNullable(entries.get(name))));
  },
  save: (name, position, stateJson) => {
    checkCheckpointSave('save', name, position, stateJson);
    return () => {
      // One assignment of a frozen record: position and state are replaced together.
      entries.set(name, Object.freeze({ position, stateJson }));
      return Promise.resolve(E.right(undefined));
    };
  },
});
