import type { EventEnvelope, EventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { CommandLoadReport } from './runCommandLoad';
import type { LoadWriter, LoadWriterExit } from './startLoadWriter';
import type { Tallied } from './tally';

/** What a command load run in several processes left: how each writer ended, their reports, the log, and what a subscriber saw. */
export interface ProcessLoadRun {
  readonly exits: ReadonlyArray<LoadWriterExit>;
  readonly reports: ReadonlyArray<CommandLoadReport>;
  readonly log: ReadonlyArray<EventEnvelope<Tallied>>;
  readonly delivered: ReadonlyArray<EventEnvelope<Tallied>>;
  /** What the subscriber's onError was given (nothing, when all went well). */
  readonly subscriptionErrors: ReadonlyArray<unknown>;
}

/**
 * Runs a command load in `writers` processes against `store`'s storage: subscribes to it, starts
 * each writer (`start`, from 1), gives the signal to go once all are ready (`go`), waits for them
 * to end, reads the log and waits (up to `catchUpMs`) for the subscriber to have seen all of it.
 * Check the result with checkCommandLoad.
 */
export const runLoadInProcesses = async (
  store: EventStore<Tallied>,
  options: { readonly writers: number; readonly start: (writer: number) => LoadWriter; readonly go: () => void; readonly catchUpMs?: number },
): Promise<ProcessLoadRun> => {
  const delivered: EventEnvelope<Tallied>[] = [];
  const subscriptionErrors: unknown[] = [];
  const subscription = store.subscribe({ onEvent: (e) => void delivered.push(e), onError: (e) => void subscriptionErrors.push(e) });
  try {
    const writers = Array.from({ length: options.writers }, (_, i) => options.start(i + 1));
    await Promise.all(writers.map((w) => w.ready));
    options.go();
    const exits = await Promise.all(writers.map((w) => w.done));
    const log = await store.readAll()();
    if (E.isLeft(log)) throw new Error(`runLoadInProcesses: the log does not read back: ${log.left._tag}`);
    const deadline = Date.now() + (options.catchUpMs ?? 20_000);
    while (delivered.length < log.right.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    return {
      exits,
      reports: exits.map((e) => e.report).filter((r): r is CommandLoadReport => r !== null),
      log: log.right,
      delivered: [...delivered],
      subscriptionErrors: [...subscriptionErrors],
    };
  } finally {
    await subscription.close();
  }
};
