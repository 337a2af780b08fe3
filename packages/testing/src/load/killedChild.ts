import { type ChildEnd, startWatchedChild } from './childProcess';

/** Runs a child process and, `killAfterMs` after it printed "started" on a line of its own, kills it with SIGKILL (never, when null). */
export const runKilledChild = (command: string, args: ReadonlyArray<string>, cwd: string, killAfterMs: number | null): Promise<ChildEnd> => {
  const { child, printed, ended } = startWatchedChild(command, args, cwd);
  if (killAfterMs !== null) void printed('started').then(() => setTimeout(() => child.kill('SIGKILL'), killAfterMs));
  return ended;
};

/** A fixed sequence of `count` delays below `maxMs` (a linear congruential generator from `seed`), so a failing kill can be run again as it was. */
export const killDelays = (count: number, maxMs: number, seed = 2_026): ReadonlyArray<number> => {
  let a = seed;
  return Array.from({ length: count }, () => {
    a = (a * 1_103_515_245 + 12_345) % 2 ** 31;
    return a % maxMs;
  });
};
