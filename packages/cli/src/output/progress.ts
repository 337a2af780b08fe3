import { SingleBar } from 'cli-progress';
import type { CliContext } from '../cliContext';

/** Progress of a long task: how many of how many are done. */
export interface Progress {
  readonly update: (done: number) => void;
  readonly stop: () => void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/** A task shorter than this shows no bar: it would only flicker. */
export const PROGRESS_AFTER_MS = 1000;

/**
 * A progress bar on stderr (count, events per second, time left) for `total` steps, shown once the
 * task has run for about a second. Silent when stderr is not a terminal, or with `--quiet`.
 */
export const progressOf = (context: Pick<CliContext, 'stderr' | 'quiet'>, label: string, total: number, now: () => number = Date.now): Progress => {
  if (context.quiet || context.stderr.isTTY !== true || total <= 0) return SILENT;
  const started = now();
  let bar: SingleBar | undefined;
  return {
    update: (done) => {
      if (bar === undefined) {
        if (now() - started < PROGRESS_AFTER_MS) return;
        bar = new SingleBar({
          stream: context.stderr as NodeJS.WriteStream,
          format: `${label} [{bar}] {value}/{total} | {speed} events/s | {eta_formatted} left`,
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
        });
        bar.start(total, done, { speed: 0 });
      }
      const seconds = Math.max((now() - started) / 1000, 0.001);
      bar.update(done, { speed: Math.round(done / seconds) });
    },
    stop: () => bar?.stop(),
  };
};
