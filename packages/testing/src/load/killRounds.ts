import type { ChildEnd } from './childProcess';
import { importedIds, type ImportPlan } from './killableImport';

/** One round of a kill test: the delay the import was killed after, how it ended, and the ids the store then held. */
export interface KillRound {
  readonly delayMs: number;
  readonly end: ChildEnd;
  readonly ids: ReadonlyArray<string>;
}

/**
 * Runs the killable import once per delay (`run(delay)` starts it and kills it after that long),
 * reading what the store holds after each (`storedIds`, which should also verify the log).
 */
export const runKillRounds = async (
  delays: ReadonlyArray<number>,
  run: (delayMs: number) => Promise<ChildEnd>,
  storedIds: () => Promise<ReadonlyArray<string>>,
): Promise<ReadonlyArray<KillRound>> => {
  const rounds: KillRound[] = [];
  for (const delayMs of delays) rounds.push({ delayMs, end: await run(delayMs), ids: await storedIds() });
  return rounds;
};

/**
 * What is wrong with the rounds of a kill test, as sentences (none: all holds): after each kill
 * the store holds exactly the import's first batches, whole, and never less than before; the
 * import wrote nothing on stderr.
 */
export const killRoundProblems = (rounds: ReadonlyArray<KillRound>, plan: ImportPlan): ReadonlyArray<string> => {
  const problems: string[] = [];
  let previous = 0;
  for (const { delayMs, end, ids } of rounds) {
    const after = `after a kill ${delayMs} ms in`;
    if (end.stderr !== '') problems.push(`${after}: the import wrote ${JSON.stringify(end.stderr)}`);
    if (ids.length % plan.batchSize !== 0) problems.push(`${after}: ${ids.length} events, not whole batches of ${plan.batchSize}`);
    else if (JSON.stringify(ids) !== JSON.stringify(importedIds(plan, ids.length / plan.batchSize))) problems.push(`${after}: the events are not the import's first batches`);
    if (ids.length < previous) problems.push(`${after}: ${ids.length} events, fewer than the ${previous} before`);
    previous = ids.length;
  }
  return problems;
};

/** How many rounds killed the import before it was complete: kills that proved something. */
export const killedMidway = (rounds: ReadonlyArray<KillRound>, plan: ImportPlan): number =>
  rounds.filter((r) => r.end.signal === 'SIGKILL' && r.ids.length < plan.batches * plan.batchSize).length;
