import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { EventEnvelope, StoredEventShape } from './eventEnvelope';
import type { SubscribeOptions, Subscription } from './eventStore';
import type { StoreError } from './storeError';

/** A subscription whose store tells it when the log has grown. */
export interface CatchUpSubscription extends Subscription {
  /** Called by the store after every append; starts delivery again if the subscription is idle. */
  readonly wake: () => void;
}

/** How a catch-up subscription reads the log and reports that it has stopped. */
export interface CatchUpSource<E extends StoredEventShape> {
  /** The next events after a global position, in order; an empty page means the end of the log. */
  readonly readAfter: (position: number) => TE.TaskEither<StoreError, ReadonlyArray<EventEnvelope<E>>>;
  /** Called once when the subscription stops, by close() or on an error. */
  readonly onStopped: () => void;
}

const asError = (u: unknown): Error => (u instanceof Error ? u : new Error(String(u)));

/**
 * A catch-up subscription driven by a checkpoint: it reads pages after the last delivered
 * position until a page is empty, so events appended while history is delivered, or by a handler
 * itself, are read in turn and never skipped or delivered twice.
 */
export const makeCatchUpSubscription = <E extends StoredEventShape>(
  options: SubscribeOptions<E>,
  source: CatchUpSource<E>,
): CatchUpSubscription => {
  const { onEvent, onCaughtUp, onError } = options;
  let checkpoint = options.afterPosition ?? 0;
  let stopped = false;
  let caughtUp = false;
  let running = false;
  // Set by wake(): the log may have grown since the last page was read.
  let stale = false;
  let pump: Promise<void> = Promise.resolve();

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    source.onStopped();
  };

  const fail = (error: StoreError | Error): void => {
    stop();
    try {
      onError?.(error);
    } catch {
      // A failing onError has nowhere left to report to; the subscription is already stopped.
    }
  };

  const deliver = async (): Promise<void> => {
    try {
      while (!stopped) {
        stale = false;
        const page = await source.readAfter(checkpoint)();
        if (stopped) break;
        if (E.isLeft(page)) {
          fail(page.left);
          break;
        }
        if (page.right.length === 0) {
          if (!caughtUp) {
            caughtUp = true;
            onCaughtUp?.();
            continue;
          }
          if (stale) continue;
          // No await between the check of `stale` and this line, so no wake() can be lost.
          running = false;
          return;
        }
        for (const envelope of page.right) {
          if (stopped) break;
          await onEvent(envelope);
          checkpoint = envelope.globalPosition;
        }
      }
    } catch (e) {
      fail(asError(e));
    }
    running = false;
  };

  const wake = (): void => {
    if (stopped) return;
    stale = true;
    if (running) return;
    running = true;
    pump = deliver();
  };

  // Handlers run only after the first page has been awaited, never inside the call to subscribe().
  wake();

  return {
    wake,
    close: () => {
      stop();
      return pump;
    },
  };
};
