import { spawn, type ChildProcess } from 'node:child_process';

/** How a child process ended: the signal that ended it (null when it exited), its code, and what it wrote. */
export interface ChildEnd {
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A child process whose output is collected, and which says when it printed a given line. */
export interface WatchedChild {
  readonly child: ChildProcess;
  /** Resolves when the child has printed `line` on a line of its own. */
  readonly printed: (line: string) => Promise<void>;
  readonly ended: Promise<ChildEnd>;
}

/** Starts `command` with `args` in `cwd`, collecting what it writes. */
export const startWatchedChild = (command: string, args: ReadonlyArray<string>, cwd: string): WatchedChild => {
  const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiting: Array<{ readonly line: string; readonly resolve: () => void }> = [];
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const w of waiting.splice(0)) {
      if (stdout.includes(`${w.line}\n`)) w.resolve();
      else waiting.push(w);
    }
  });
  const printed = (line: string): Promise<void> =>
    stdout.includes(`${line}\n`) ? Promise.resolve() : new Promise((resolve) => waiting.push({ line, resolve }));
  const ended = new Promise<ChildEnd>((resolve) => child.on('exit', (code, signal) => resolve({ signal, code, stdout, stderr })));
  return { child, printed, ended };
};
