import * as E from 'fp-ts/lib/Either.js';
import type { EventEnvelope, StoredEventShape } from '../store/eventEnvelope';
import type { EventStore } from '../store/eventStore';
import type { StoreError } from '../store/storeError';

/** What verification needs of a store: its paged read of the whole log, which every store has. */
export type LogSource = Pick<EventStore<StoredEventShape>, 'readAll'>;

/** One stored event as verification meets it: an envelope, or one the store could not decode. */
export type LogItem =
  | { readonly _tag: 'Envelope'; readonly envelope: EventEnvelope<StoredEventShape> }
  | { readonly _tag: 'Unreadable'; readonly globalPosition: number; readonly stream: string; readonly reason: string };

/** Reads a log forwards, one item at a time, a page at a time. */
export interface LogCursor {
  /** The next item, or null at the end of the log. */
  readonly next: () => Promise<E.Either<StoreError, LogItem | null>>;
}

const reasonOf = (reason: unknown): string =>
  (typeof reason === 'string' ? reason : String((reason as { readonly message?: unknown } | null)?.message ?? 'it does not decode')).replace(/\s*\n\s*/g, ' ');

/**
 * A forward cursor over `readAll`, paging by global position. A store that decodes what it reads
 * fails a whole page with CorruptEvent when one stored event no longer decodes: the cursor then
 * reads the events before it, hands the corrupt one on as Unreadable and goes on after it, so
 * that verification can place the damage instead of stopping on a store error.
 */
export const makeLogCursor = (source: LogSource, pageSize: number): LogCursor => {
  let page: ReadonlyArray<LogItem> = [];
  let index = 0;
  let nextFrom = 1;
  let ended = false;

  const fill = async (): Promise<E.Either<StoreError, void>> => {
    let limit = pageSize;
    for (;;) {
      const read = await source.readAll({ fromPosition: nextFrom, limit })();
      if (E.isRight(read)) {
        const envelopes = read.right;
        if (envelopes.length === 0) ended = true;
        page = envelopes.map((envelope): LogItem => ({ _tag: 'Envelope', envelope }));
        index = 0;
        const last: unknown = envelopes[envelopes.length - 1]?.globalPosition;
        // A tampered position must not send the cursor backwards or keep it in place.
        const after = typeof last === 'number' && Number.isSafeInteger(last) ? last + 1 : 0;
        nextFrom = Math.max(after, nextFrom + envelopes.length);
        return E.right(undefined);
      }
      const error = read.left;
      const at = error._tag === 'CorruptEvent' ? error.globalPosition : Number.NaN;
      if (error._tag !== 'CorruptEvent' || !Number.isSafeInteger(at) || at < nextFrom) return E.left(error);
      // With one event asked for, the corrupt one is the first at or after nextFrom, gap or not.
      if (at === nextFrom || limit === 1) {
        page = [{ _tag: 'Unreadable', globalPosition: at, stream: error.stream, reason: reasonOf(error.reason) }];
        index = 0;
        nextFrom = at + 1;
        return E.right(undefined);
      }
      // Read only what lies before the corrupt event; the limit shrinks every time, so this ends.
      limit = Math.min(limit - 1, at - nextFrom);
    }
  };

  return {
    next: async () => {
      if (index >= page.length) {
        if (ended) return E.right(null);
        const filled = await fill();
        if (E.isLeft(filled)) return filled;
        if (index >= page.length) return E.right(null);
      }
      return E.right(page[index++] as LogItem);
    },
  };
};
