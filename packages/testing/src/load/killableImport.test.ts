import { makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { ContractEvent } from '../contract/contractEvent';
import { importedIds, runKillableImport } from './killableImport';
import { killDelays } from './killedChild';
import { killedMidway, killRoundProblems, type KillRound } from './killRounds';

const plan = { batches: 12, batchSize: 3 };

describe('runKillableImport', () => {
  it('imports every batch once, and run again on a store that holds some, resumes one batch early without storing it twice', async () => {
    const store = makeInMemoryEventStore({ codec: ContractEvent });
    await runKillableImport(store, { batches: 5, batchSize: 3 });
    let started = 0;
    await runKillableImport(store, plan, { onStarted: () => (started += 1) });
    const log = await store.readAll()();
    if (E.isLeft(log)) return expect.unreachable('the store reads');
    expect(log.right.map((e) => e.eventId)).toEqual(importedIds(plan, plan.batches));
    expect(new Set(log.right.map((e) => e.stream)).size).toBe(7);
    expect(started).toBe(1);
  });

  it('tries a failed append again while `retry` says so, and fails with the store error when it does not', async () => {
    const store = makeInMemoryEventStore({ codec: ContractEvent });
    let failures = 2;
    const flaky = { ...store, append: ((...args: Parameters<typeof store.append>) => (failures-- > 0 ? async () => E.left({ _tag: 'StoreUnavailable' as const, message: 'down' }) : store.append(...args))) as typeof store.append };
    const errors: string[] = [];
    await runKillableImport(flaky, plan, { retry: async (error) => (errors.push(error), true) });
    expect(errors).toHaveLength(2);
    failures = 1;
    await expect(runKillableImport(flaky, { batches: 13, batchSize: 3 })).rejects.toThrow(/batch 11: .*down/);
  });
});

describe('killDelays', () => {
  it('draws the same delays below the bound for the same seed, others for another', () => {
    const delays = killDelays(20, 150);
    expect(delays).toHaveLength(20);
    expect(delays.every((d) => Number.isInteger(d) && d >= 0 && d < 150)).toBe(true);
    expect(killDelays(20, 150)).toEqual(delays);
    expect(killDelays(20, 150, 7)).not.toEqual(delays);
  });
});

describe('killRoundProblems', () => {
  const end = (signal: NodeJS.Signals | null, stderr = '') => ({ signal, code: null, stdout: '', stderr });
  const round = (delayMs: number, batches: number, extra: ReadonlyArray<string> = [], stderr = ''): KillRound => ({
    delayMs,
    end: end('SIGKILL', stderr),
    ids: [...importedIds(plan, batches), ...extra],
  });

  it('passes rounds of whole first batches that never shrink, and counts the kills that landed mid-import', () => {
    const rounds = [round(5, 2), round(9, 2), round(20, 7), { ...round(30, plan.batches), end: end(null) }];
    expect(killRoundProblems(rounds, plan)).toEqual([]);
    expect(killedMidway(rounds, plan)).toBe(3);
  });

  it('names half a batch, events that are not the first batches, a store that lost events, and output on stderr', () => {
    const [, second] = importedIds(plan, 1);
    expect(killRoundProblems([round(5, 2, [importedIds(plan, 3)[6] as string])], plan)).toEqual(['after a kill 5 ms in: 7 events, not whole batches of 3']);
    expect(killRoundProblems([{ ...round(5, 1), ids: [second as string, ...importedIds(plan, 1).slice(0, 2)] }], plan)).toEqual([
      "after a kill 5 ms in: the events are not the import's first batches",
    ]);
    expect(killRoundProblems([round(5, 3), round(6, 2)], plan)).toEqual(['after a kill 6 ms in: 6 events, fewer than the 9 before']);
    expect(killRoundProblems([round(5, 1, [], 'boom\n')], plan)).toEqual(['after a kill 5 ms in: the import wrote "boom\\n"']);
  });
});
