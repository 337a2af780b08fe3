import type { CampaignEvent, EventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { openStore } from './openStore';

/** Opens the context's store, runs a command on it, and closes it whatever the command's outcome. */
export const withStore = async <A>(
  context: CliContext,
  options: { readonly mustExist: boolean },
  run: (store: EventStore<CampaignEvent>) => Promise<E.Either<CliFailure, A>>,
): Promise<E.Either<CliFailure, A>> => {
  const opened = await openStore(context.store, { mustExist: options.mustExist, ...(context.clock === undefined ? {} : { clock: context.clock }) });
  if (E.isLeft(opened)) return E.left({ exitCode: EXIT.storeUnavailable, message: opened.left.message });
  try {
    return await run(opened.right);
  } finally {
    await opened.right.close();
  }
};
