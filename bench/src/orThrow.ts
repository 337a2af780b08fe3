import { describeStoreError, type StoreError } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';

/** Runs a store task and returns its value: in a benchmark a store error is a failed run, not a value to handle. */
export const orThrow = async <A>(task: TE.TaskEither<StoreError, A>, doing: string): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) throw new Error(`${doing}: ${describeStoreError(result.left)}`);
  return result.right;
};
