import type { CampaignEvent, EventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { CliContext } from '../cliContext';
import { type Progress, progressOf } from '../output/progress';

type Store = EventStore<CampaignEvent>;

/**
 * The store, telling a progress bar how far each forward read of the whole log has got. The core
 * reads the log a page at a time through `readAll` (to fold it, to verify its chains), so the last
 * position of each page is how far the task has gone; a second pass over the log starts the bar again.
 */
export const reportingReads = (store: Store, progress: Progress): Store => ({
  ...store,
  readAll: (options) =>
    pipe(
      store.readAll(options),
      TE.map((page) => {
        const last = page[page.length - 1];
        if (options?.direction !== 'backwards' && last !== undefined) progress.update(last.globalPosition);
        return page;
      }),
    ),
});

/** The position of the log's last event, 0 for an empty log or one that cannot be read (the task then says why). */
const headOf = async (store: Store): Promise<number> => {
  const head = await store.readAll({ direction: 'backwards', limit: 1 })();
  return E.isRight(head) ? (head.right[0]?.globalPosition ?? 0) : 0;
};

/**
 * Runs a task that reads the whole log with a progress bar over the log's positions, on stderr
 * (see progressOf: only on a terminal, after about a second, never with --quiet).
 */
export const withLogProgress = async <A>(context: Pick<CliContext, 'stderr' | 'quiet'>, store: Store, label: string, run: (store: Store) => Promise<A>): Promise<A> => {
  // No bar is shown off a terminal or with --quiet: then the log's head is not worth a read.
  const shown = !context.quiet && context.stderr.isTTY === true;
  const progress = progressOf(context, label, shown ? await headOf(store) : 0);
  try {
    return await run(reportingReads(store, progress));
  } finally {
    progress.stop();
  }
};
