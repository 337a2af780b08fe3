import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { EventEnvelope, StoredEventShape } from './eventEnvelope';
import type { EventStore } from './eventStore';
import type { StoreError } from './storeError';

/** Options of foldLog. */
export interface FoldLogOptions {
  /** How many envelopes one read asks the store for. */
  readonly pageSize: number;
  /** Stop once past this global position (inclusive); defaults to the end of the log. */
  readonly upTo?: number;
}

/**
 * Folds the whole log, in global order, a page at a time through `readAll`: only one page is
 * held at once, so a replay's memory does not grow with the log. The step sees each envelope once.
 */
export const foldLog =
  <E extends StoredEventShape, S>(
    source: Pick<EventStore<E>, 'readAll'>,
    initial: S,
    step: (state: S, envelope: EventEnvelope<E>) => S,
    options: FoldLogOptions,
  ): TE.TaskEither<StoreError, S> =>
  async () => {
    const { pageSize } = options;
    if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new RangeError(`foldLog: pageSize must be an integer >= 1, got ${String(pageSize)}`);
    const upTo = options.upTo ?? Number.POSITIVE_INFINITY;
    let state = initial;
    let fromPosition = 1;
    while (fromPosition <= upTo) {
      const read = await source.readAll({ direction: 'forwards', fromPosition, limit: pageSize })();
      if (E.isLeft(read)) return read;
      const page = read.right;
      for (const envelope of page) {
        if (envelope.globalPosition > upTo) return E.right(state);
        state = step(state, envelope);
      }
      const last = page[page.length - 1];
      if (page.length < pageSize || last === undefined) break;
      fromPosition = last.globalPosition + 1;
    }
    return E.right(state);
  };
