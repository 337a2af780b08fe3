import { spawn } from 'node:child_process';
import type { CommandLoadReport } from './runCommandLoad';

/** How a writer ended: its exit code, what it wrote on stderr, and its report (null when it printed none). */
export interface LoadWriterExit {
  readonly code: number | null;
  readonly stderr: string;
  readonly report: CommandLoadReport | null;
}

/** A writer process of a command load. */
export interface LoadWriter {
  /** Resolves when the writer has printed "ready" (its store is open). */
  readonly ready: Promise<void>;
  /** Resolves when it exits. */
  readonly done: Promise<LoadWriterExit>;
}

/**
 * Starts one writer of a command load as a child process: `command` with `args`, in `cwd`. The
 * writer prints "ready" on a line of its own once its store is open, waits for the signal the test
 * chose (a file, say) so that all writers start together, runs runCommandLoad, and prints the
 * report as one JSON line.
 */
export const startLoadWriter = (command: string, args: ReadonlyArray<string>, cwd: string): LoadWriter => {
  const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready\n')) resolve();
    }),
  );
  const done = new Promise<LoadWriterExit>((resolve) =>
    child.on('exit', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      resolve({ code, stderr, report: line === undefined ? null : (JSON.parse(line) as CommandLoadReport) });
    }),
  );
  return { ready, done };
};
