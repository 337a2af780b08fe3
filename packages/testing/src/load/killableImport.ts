import { describeStoreError, type EventStore, type NewEvent } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { ContractEvent } from '../contract/contractEvent';

/** The size of the import a kill test runs: how many batches, each one append, of how many events. */
export interface ImportPlan {
  readonly batches: number;
  readonly batchSize: number;
}

/** The import the kill tests run: 8,000 appends of 5 events, over seven streams in turn. */
export const KILL_TEST_IMPORT: ImportPlan = { batches: 8_000, batchSize: 5 };

/** The id of the i-th event of batch b: the same every run, so a batch appended again is recognised. */
export const importEventId = (plan: ImportPlan, b: number, i: number): string =>
  `00000000-0000-4000-8000-${(b * plan.batchSize + i + 1).toString(16).padStart(12, '0')}`;

/** The ids of the first `count` batches, in order: what a store killed mid-import must hold, exactly. */
export const importedIds = (plan: ImportPlan, count: number): ReadonlyArray<string> =>
  Array.from({ length: count * plan.batchSize }, (_, k) => importEventId(plan, Math.floor(k / plan.batchSize), k % plan.batchSize));

const batchOf = (plan: ImportPlan, b: number): { readonly stream: string; readonly events: ReadonlyArray<NewEvent<ContractEvent>> } => ({
  stream: `import-${b % 7}`,
  events: Array.from({ length: plan.batchSize }, (_, i) => ({
    id: importEventId(plan, b, i),
    event: { type: 'Counted' as const, data: { n: b * plan.batchSize + i } },
    domainDate: null,
  })),
});

/**
 * Runs the import into a store, resuming as an import does from what the store holds, but one
 * batch early: that batch, stored already, is appended again (as after an answer lost to a kill)
 * and must be answered as stored, by its ids, not stored twice. `onStarted` is called once the
 * store was read, before the first append; `retry` decides what to do with a failed append
 * (default: fail). Resolves when every batch is in.
 */
export const runKillableImport = async (
  store: EventStore<ContractEvent>,
  plan: ImportPlan,
  options: { readonly onStarted?: () => void; readonly retry?: (error: string) => Promise<boolean> } = {},
): Promise<void> => {
  const retry = options.retry ?? (() => Promise.resolve(false));
  const stored = async (): Promise<number> => {
    for (;;) {
      const head = await store.readAll({ direction: 'backwards', limit: 1 })();
      if (E.isRight(head)) return Math.floor((head.right[0]?.globalPosition ?? 0) / plan.batchSize);
      if (!(await retry(describeStoreError(head.left)))) throw new Error(describeStoreError(head.left));
    }
  };
  const from = Math.max(0, (await stored()) - 1);
  options.onStarted?.();
  for (let b = from; b < plan.batches; b++) {
    const { stream, events } = batchOf(plan, b);
    for (;;) {
      const appended = await store.append(stream, events)();
      if (E.isRight(appended)) break;
      if (!(await retry(describeStoreError(appended.left)))) throw new Error(`batch ${b}: ${describeStoreError(appended.left)}`);
    }
  }
};
