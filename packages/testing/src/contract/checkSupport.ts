import {
  describeStoreError,
  isStoreError,
  type EventEnvelope,
  type EventStore,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoreError,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { expect } from 'vitest';
import type { ContractEvent } from './contractEvent';

const show = (u: unknown): string => (isStoreError(u) ? `${u._tag}: ${describeStoreError(u)}` : JSON.stringify(u));

/** Runs a task that must succeed and returns its value; `what` names it in the failure. */
export const succeeds = async <A>(what: string, task: TE.TaskEither<StoreError, A>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) return expect.unreachable(`${what}: expected success, got ${show(result.left)}`);
  return result.right;
};

/** Runs a task that must fail and returns its error; `what` names it in the failure. */
export const fails = async <A>(what: string, task: TE.TaskEither<StoreError, A>): Promise<StoreError> => {
  const result = await task();
  if (E.isRight(result)) return expect.unreachable(`${what}: expected a StoreError, got success ${show(result.right)}`);
  expect(isStoreError(result.left), `${what}: the error is a StoreError: ${show(result.left)}`).toBe(true);
  return result.left;
};

/** The whole log, or a window of it, which must read. */
export const readAll = (store: EventStore<ContractEvent>, options?: ReadAllOptions): Promise<ReadonlyArray<EventEnvelope<ContractEvent>>> =>
  succeeds(`readAll(${JSON.stringify(options ?? {})})`, store.readAll(options));

/** One stream, or a window of it, which must read. */
export const readStream = (
  store: EventStore<ContractEvent>,
  stream: string,
  options?: ReadStreamOptions,
): Promise<ReadonlyArray<EventEnvelope<ContractEvent>>> =>
  succeeds(`readStream(${JSON.stringify(stream)}, ${JSON.stringify(options ?? {})})`, store.readStream(stream, options));

/** The event ids of envelopes, in order. */
export const idsOf = (envelopes: ReadonlyArray<EventEnvelope<ContractEvent>>): ReadonlyArray<string> => envelopes.map((e) => e.eventId);

/** The global positions of envelopes, in order. */
export const positionsOf = (envelopes: ReadonlyArray<EventEnvelope<ContractEvent>>): ReadonlyArray<number> =>
  envelopes.map((e) => e.globalPosition);

/** The stream revisions of envelopes, in order. */
export const revisionsOf = (envelopes: ReadonlyArray<EventEnvelope<ContractEvent>>): ReadonlyArray<number> =>
  envelopes.map((e) => e.streamRevision);

/** The Counted numbers of envelopes, in order (NaN for another event type). */
export const numbersOf = (envelopes: ReadonlyArray<EventEnvelope<ContractEvent>>): ReadonlyArray<number> =>
  envelopes.map((e) => (e.event.type === 'Counted' ? e.event.data.n : Number.NaN));

/** The integers from `from` to `to`, inclusive. */
export const range = (from: number, to: number): ReadonlyArray<number> =>
  to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Lets other promises run: stores that deliver on timers or sockets get a turn. */
export const pause = (milliseconds = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Waits until a condition holds, polling; fails with `what` after the timeout. */
export const waitUntil = async (what: string, condition: () => boolean, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return expect.unreachable(`gave up after ${timeoutMs} ms waiting for ${what}`);
    await pause(2);
  }
};
