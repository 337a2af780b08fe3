import { isStoreError, describeStoreError, type AppendResult, type EventEnvelope, type EventStore, type StoreError } from '@campaign-ledger/core';
import { contractEventId, type ContractEvent } from '@campaign-ledger/testing';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';

/** A Counted event with the kit's id for n. */
export const countedEvent = (n: number, id: string = contractEventId(n)) => ({ id, event: { type: 'Counted' as const, data: { n } }, domainDate: null });

/** The value of a task that must succeed; the failure names the StoreError otherwise. */
export const right = async <L, A>(task: TE.TaskEither<L, A>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) throw new Error(`expected success, got ${isStoreError(result.left) ? `${result.left._tag}: ${describeStoreError(result.left)}` : JSON.stringify(result.left)}`);
  return result.right;
};

/** The StoreError of a task that must fail. */
export const left = async <A>(task: TE.TaskEither<StoreError, A>): Promise<StoreError> => {
  const result = await task();
  if (E.isRight(result)) throw new Error(`expected a StoreError, got ${JSON.stringify(result.right)}`);
  if (!isStoreError(result.left)) throw new Error(`expected a StoreError, got ${String(result.left)}`);
  return result.left;
};

/** Appends Counted events one append each, in order, to the stream chosen for each n. */
export const appendCounted = async (store: EventStore<ContractEvent>, streamOf: (n: number) => string, ns: ReadonlyArray<number>): Promise<ReadonlyArray<AppendResult>> => {
  const results: AppendResult[] = [];
  for (const n of ns) results.push(await right(store.append(streamOf(n), [countedEvent(n)])));
  return results;
};

/** The Counted numbers of envelopes, in order. */
export const numbersOf = (envelopes: ReadonlyArray<EventEnvelope<ContractEvent>>): ReadonlyArray<number> =>
  envelopes.map((e) => (e.event.type === 'Counted' ? e.event.data.n : Number.NaN));
