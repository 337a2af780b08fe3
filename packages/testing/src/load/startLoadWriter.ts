import { startWatchedChild } from './childProcess';
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
  const { printed, ended } = startWatchedChild(command, args, cwd);
  const done = ended.then(({ code, stderr, stdout }) => {
    const line = stdout.split('\n').find((l) => l.startsWith('{'));
    return { code, stderr, report: line === undefined ? null : (JSON.parse(line) as CommandLoadReport) };
  });
  return { ready: printed('ready'), done };
};
