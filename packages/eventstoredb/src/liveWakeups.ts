import type { EsdbPort, LiveListener } from './clientPort';
import { kindOf } from './recordEnvelope';
import type { StreamNaming } from './streamNaming';

/** Wakes the store's catch-up subscriptions when anyone, in any process, writes to the ledger. */
export interface LiveWakeups {
  /** A subscription starts: listen while at least one runs. */
  readonly retain: () => void;
  /** A subscription stopped. */
  readonly release: () => void;
  /** The store closes: stop listening for good. */
  readonly stop: () => Promise<void>;
}

// How long to wait before listening again after the live subscription failed.
const RESTART_DELAY_MS = 250;

/**
 * A live subscription to $all from its end (filtered on the server to the ledger's stream prefix,
 * or to non-system events without one) that calls `wake` for every event of the ledger. Catch-up
 * subscriptions read the log themselves, from their checkpoints: this only tells them when to look,
 * so a missed or duplicated notice costs a read, never an event. `wake` is also called once the
 * server confirms the subscription (what was committed before it is then found by that read), and
 * when the live subscription fails (the read then reports the failure, or finds what is new); the
 * subscription is started again while catch-up subscriptions still run.
 */
export const makeLiveWakeups = (port: EsdbPort, naming: StreamNaming, wake: () => void): LiveWakeups => {
  let users = 0;
  let stopped = false;
  let listener: LiveListener | undefined;
  let restart: ReturnType<typeof setTimeout> | undefined;

  const start = (): void => {
    if (stopped || listener !== undefined || users === 0) return;
    const current: LiveListener = port.listen({
      streamPrefix: naming.prefix,
      onRecord: (record) => {
        if (kindOf(record, naming)._tag !== 'Foreign') wake();
      },
      onConfirmed: wake,
      onError: () => {
        if (listener === current) listener = undefined;
        wake();
        if (stopped || users === 0 || restart !== undefined) return;
        restart = setTimeout(() => {
          restart = undefined;
          start();
        }, RESTART_DELAY_MS);
        restart.unref();
      },
    });
    listener = current;
  };

  const halt = async (): Promise<void> => {
    if (restart !== undefined) clearTimeout(restart);
    restart = undefined;
    const current = listener;
    listener = undefined;
    await current?.close();
  };

  return {
    retain: () => {
      users += 1;
      start();
    },
    release: () => {
      users = Math.max(0, users - 1);
      if (users === 0) void halt();
    },
    stop: () => {
      stopped = true;
      return halt();
    },
  };
};
