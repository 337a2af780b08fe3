import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { StoreError } from '../store/storeError';

/**
 * How far a projection has got: the global position of the last event folded into it, and its
 * state after that event as JSON text.
 */
export interface ProjectionCheckpoint {
  /** The global position of the last event folded, 0 when none was. */
  readonly position: number;
  /** The projection's state at that position, as JSON text, exactly as it was saved. */
  readonly stateJson: string;
}

/**
 * The port where projections keep their checkpoints, so that a long replay resumes where it
 * stopped instead of from the start of the log: a record of two TaskEither functions, implemented
 * by the in-memory store in core and by each database adapter (in the database that holds the
 * events, so events and checkpoints are backed up together).
 *
 * What every implementation promises:
 * - `load(name)` gives the checkpoint last saved under `name`, or none when nothing was; names are
 *   compared exactly (no case folding, no Unicode normalisation).
 * - `save(name, position, stateJson)` replaces the checkpoint under `name`, position and state
 *   together: no load ever sees the position of one save with the state of another, and a save
 *   that fails leaves the previous checkpoint as it was. A later save may go back to a lower
 *   position (a projection rebuilt from scratch); run one writer per name at a time.
 * - `stateJson` comes back byte for byte; stores keep it as text and never re-encode it.
 * - Expected failures (the database is unreachable, busy or closed) are `StoreUnavailable` values.
 *   A name that is not a non-empty string, a position that is not an integer >= 0, or a state
 *   that is not JSON text is a programmer error: the store throws a RangeError when `save` is
 *   called (for `load`, when the name is bad).
 *
 * @example
 * const checkpoints = makeInMemoryCheckpointStore();
 * await checkpoints.save('campaign-facts', 180, JSON.stringify(encodeCampaignFacts(facts)))();
 * const saved = await checkpoints.load('campaign-facts')(); // Right(Some({ position: 180, stateJson }))
 */
export interface ProjectionCheckpointStore {
  /** The checkpoint last saved under a name, or none. */
  readonly load: (name: string) => TE.TaskEither<StoreError, O.Option<ProjectionCheckpoint>>;
  /** Replaces the checkpoint under a name with this position and state, all or nothing. */
  readonly save: (name: string, position: number, stateJson: string) => TE.TaskEither<StoreError, void>;
}

/** Throws the RangeError every checkpoint store throws for a name that is not a non-empty string. */
export const checkCheckpointName = (where: string, name: unknown): void => {
  if (typeof name !== 'string' || name === '') throw new RangeError(`${where}: the checkpoint name must be a non-empty string`);
};

/**
 * Throws the RangeError every checkpoint store throws for a save no caller should make: an empty
 * name, a position that is not an integer >= 0, a state that is not JSON text. Shared by the
 * implementations, so that they all refuse the same things.
 */
export const checkCheckpointSave = (where: string, name: unknown, position: unknown, stateJson: unknown): void => {
  checkCheckpointName(where, name);
  if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0) {
    throw new RangeError(`${where}: the position must be an integer >= 0, got ${String(position)}`);
  }
  if (typeof stateJson !== 'string' || !isJsonText(stateJson)) throw new RangeError(`${where}: the state must be JSON text`);
};

const isJsonText = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
