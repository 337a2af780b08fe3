import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type * as t from 'io-ts';
import { invalidInput, type InvalidInput } from '../errors/invalidInput';
import type { Projection } from '../projections/projection';
import type { EventEnvelope, StoredEventShape } from '../store/eventEnvelope';
import type { EventStore } from '../store/eventStore';
import type { StoreError } from '../store/storeError';
import type { ProjectionCheckpointStore } from './projectionCheckpointStore';

/** How many events a checkpointed run reads, folds and saves at a time unless told otherwise. */
export const DEFAULT_CHECKPOINT_BATCH_SIZE = 500;

/** What runProjectionWithCheckpoints folds, where it reads and saves, and how it encodes the state. */
export interface CheckpointedProjection<Ev extends StoredEventShape, S> {
  /** Where the events come from: only the paged read of the whole log is used. */
  readonly store: Pick<EventStore<Ev>, 'readAll'>;
  readonly checkpoints: ProjectionCheckpointStore;
  /** The checkpoint's name: one per projection (and per scope, if one projection runs several times). */
  readonly name: string;
  readonly projection: Projection<Ev, S>;
  /** The state as a JSON value (no Map, no undefined, finite numbers); the run stringifies it. */
  readonly encode: (state: S) => unknown;
  /** The state back from the JSON value `encode` made, or why it cannot be read (an io-ts codec's `decode` will do). */
  readonly decode: (json: unknown) => E.Either<InvalidInput | string | t.Errors, S>;
  /** Events read, folded and saved per batch; defaults to DEFAULT_CHECKPOINT_BATCH_SIZE. */
  readonly batchSize?: number;
}

/** A saved checkpoint whose state could not be read back: not JSON, or refused by `decode`. */
export interface CorruptCheckpoint {
  readonly _tag: 'CorruptCheckpoint';
  readonly name: string;
  readonly position: number;
  readonly reason: InvalidInput | string;
}

/** Why a checkpointed run stopped: the store or the checkpoint store failed, or the checkpoint is unreadable. */
export type CheckpointedRunError = StoreError | CorruptCheckpoint;

/** What a checkpointed run ends with. */
export interface CheckpointedRunResult<S> {
  /** The projection's state after the last event of the log. */
  readonly state: S;
  /** The global position of the last event folded into the state, 0 when none was (the saved checkpoint's position). */
  readonly position: number;
  /** The position of the checkpoint the run started from, 0 when there was none. */
  readonly resumedFrom: number;
  /** How many events this run read and folded. */
  readonly eventsFolded: number;
}

const corrupt = (name: string, position: number, reason: InvalidInput | string): CorruptCheckpoint => ({
  _tag: 'CorruptCheckpoint',
  name,
  position,
  reason,
});

const reasonOf = (reason: InvalidInput | string | t.Errors): InvalidInput | string =>
  Array.isArray(reason) ? invalidInput('the saved state', reason) : (reason as InvalidInput | string);

const parseJson = (text: string): E.Either<string, unknown> => {
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (e) {
    return E.left(`the saved state is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
};

/**
 * Folds the whole log through a projection, saving a checkpoint after every batch, and resumes
 * from the last saved checkpoint: it loads the checkpoint under `name` (or starts from `init`),
 * reads the log after its position a batch at a time, folds each batch and saves the state with
 * the position of the batch's last event, until the log runs out. A run that stops half way (the
 * process dies, a read fails) loses at most one batch of work, and the next run gives the same
 * state as one uninterrupted run, because a projection is a pure fold and each checkpoint is the
 * state exactly at its position. Run one at a time per name: two runs would overwrite each
 * other's checkpoints. Throws a RangeError for an empty name or a batch size that is not a
 * positive integer.
 *
 * @example
 * const run = await runProjectionWithCheckpoints({
 *   store, checkpoints, name: 'campaign-facts', projection: campaignFactsProjection,
 *   encode: encodeCampaignFacts, decode: decodeCampaignFacts, batchSize: 1000,
 * })();
 * if (E.isRight(run)) console.log(figureOf(run.right.state, key));
 */
export const runProjectionWithCheckpoints = <Ev extends StoredEventShape, S>(
  run: CheckpointedProjection<Ev, S>,
): TE.TaskEither<CheckpointedRunError, CheckpointedRunResult<S>> => {
  const { store, checkpoints, name, projection, encode, decode } = run;
  const batchSize = run.batchSize ?? DEFAULT_CHECKPOINT_BATCH_SIZE;
  if (typeof name !== 'string' || name === '') throw new RangeError('runProjectionWithCheckpoints: name must be a non-empty string');
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`runProjectionWithCheckpoints: batchSize must be an integer >= 1, got ${String(run.batchSize)}`);
  }

  return async () => {
    const loaded = await checkpoints.load(name)();
    if (E.isLeft(loaded)) return loaded;
    let state: S;
    let position = 0;
    if (O.isSome(loaded.right)) {
      const saved = loaded.right.value;
      const decoded = E.flatMap(parseJson(saved.stateJson), decode);
      if (E.isLeft(decoded)) return E.left(corrupt(name, saved.position, reasonOf(decoded.left)));
      state = decoded.right;
      position = saved.position;
    } else {
      state = projection.init();
    }
    const resumedFrom = position;
    let eventsFolded = 0;

    for (;;) {
      const page = await store.readAll({ fromPosition: position + 1, limit: batchSize })();
      if (E.isLeft(page)) return page;
      const envelopes: ReadonlyArray<EventEnvelope<Ev>> = page.right;
      const last = envelopes[envelopes.length - 1];
      if (last === undefined) break;
      for (const envelope of envelopes) state = projection.evolve(state, envelope);
      position = last.globalPosition;
      eventsFolded += envelopes.length;
      const saved = await checkpoints.save(name, position, JSON.stringify(encode(state)))();
      if (E.isLeft(saved)) return saved;
      // A short page was the end of the log when it was read; one more read would only find it empty.
      if (envelopes.length < batchSize) break;
    }
    return E.right({ state, position, resumedFrom, eventsFolded });
  };
};
