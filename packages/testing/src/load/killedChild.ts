import { spawn } from 'node:child_process';

/** How a child process ended: the signal that ended it (null when it exited), and what it wrote. */
export interface ChildEnd {
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a child process and, `killAfterMs` after it printed "started" on a line of its own, kills it with SIGKILL (never, when null). */
export const runKilledChild = (command: string, args: ReadonlyArray<string>, cwd: string, killAfterMs: number | null): Promise<ChildEnd> =>
  new Promise((resolve) => {
    const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const before = stdout.includes('started\n');
      stdout += chunk.toString();
      if (before || !stdout.includes('started\n')) return;
      if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('exit', (code, signal) => resolve({ signal, code, stdout, stderr }));
  });

/** A fixed sequence of `count` delays below `maxMs` (a linear congruential generator from `seed`), so a failing kill can be run again as it was. */
export const killDelays = (count: number, maxMs: number, seed = 2_026): ReadonlyArray<number> => {
  let a = seed;
  return Array.from({ length: count }, () => {
    a = (a * 1_103_515_245 + 12_345) % 2 ** 31;
    return a % maxMs;
  });
};
