import type { Pool, PoolClient } from 'pg';
import { EVENTS_CHANNEL } from './sql/schemaStatements';

/** Options of an append watcher. */
export interface AppendWatcherOptions {
  /** Whether to LISTEN for the NOTIFY every append sends. */
  readonly listen: boolean;
  /** How often to wake anyway, in milliseconds: the fallback for a lost notification or listener. */
  readonly pollIntervalMs: number;
  /** Called on every notification and every poll tick. */
  readonly onAppended: () => void;
}

/** Wakes subscribers when any process appends, while started. */
export interface AppendWatcher {
  readonly start: () => void;
  /** Stops the timer and gives up the listening connection; resolves when it is gone. */
  readonly stop: () => Promise<void>;
}

/**
 * Watches the log for appends made by any process: a connection of the pool LISTENs on the
 * channel the events table's trigger NOTIFYs at each commit, and a timer wakes the subscribers
 * every pollIntervalMs whatever happens, so a notification lost with a dropped connection (or a
 * pooler that cannot LISTEN) delays delivery by at most one interval instead of stalling it. A
 * lost listener is replaced on the next tick. The listening connection is destroyed, not returned
 * to the pool, so no LISTEN outlives the watcher.
 */
export const makeAppendWatcher = (pool: Pool, options: AppendWatcherOptions): AppendWatcher => {
  const { listen, pollIntervalMs, onAppended } = options;
  let running = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  let listener: PoolClient | undefined;
  let connecting: Promise<void> | undefined;

  const drop = (client: PoolClient): void => {
    if (listener !== client) return;
    listener = undefined;
    client.release(true);
  };

  const connect = async (): Promise<void> => {
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch {
      return; // No connection now: the timer keeps subscribers going, and the next tick tries again.
    }
    // A client of the pool emits 'error' when its socket fails; without a handler that crashes the process.
    client.on('error', () => drop(client));
    client.on('notification', () => onAppended());
    try {
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch {
      client.release(true);
      return;
    }
    if (!running) {
      client.release(true);
      return;
    }
    listener = client;
    // Appends committed before LISTEN took effect sent their notification to no one.
    onAppended();
  };

  const ensureListener = (): void => {
    if (!listen || !running || listener !== undefined || connecting !== undefined) return;
    connecting = connect().finally(() => {
      connecting = undefined;
    });
  };

  return {
    start: () => {
      if (running) return;
      running = true;
      timer = setInterval(() => {
        onAppended();
        ensureListener();
      }, pollIntervalMs);
      // The watcher never keeps a process alive on its own.
      timer.unref();
      ensureListener();
    },
    stop: async () => {
      running = false;
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      await connecting;
      if (listener !== undefined) drop(listener);
    },
  };
};
