import type { EventEnvelope, EventStore, StoreError, SubscribeOptions } from '@campaign-ledger/core';
import { expect } from 'vitest';
import { idsOf, numbersOf, pause, positionsOf, range, readAll, succeeds, waitUntil } from '../checkSupport';
import type { CheckContext, ContractCheck } from '../contractCheck';
import { counted, type ContractEvent } from '../contractEvent';

const group = 'catch-up subscriptions';

/** What a subscription delivered, in order, with the moment it caught up. */
interface Recorder {
  readonly delivered: EventEnvelope<ContractEvent>[];
  /** How many events had been delivered at each onCaughtUp call. */
  readonly caughtUpAt: number[];
  readonly errors: (StoreError | Error)[];
  readonly options: SubscribeOptions<ContractEvent>;
}

const recorder = (afterPosition?: number, onEvent?: (envelope: EventEnvelope<ContractEvent>) => void | Promise<void>): Recorder => {
  const delivered: EventEnvelope<ContractEvent>[] = [];
  const caughtUpAt: number[] = [];
  const errors: (StoreError | Error)[] = [];
  return {
    delivered,
    caughtUpAt,
    errors,
    options: {
      ...(afterPosition === undefined ? {} : { afterPosition }),
      onEvent: async (envelope) => {
        delivered.push(envelope);
        await onEvent?.(envelope);
      },
      onCaughtUp: () => {
        caughtUpAt.push(delivered.length);
      },
      onError: (error) => {
        errors.push(error);
      },
    },
  };
};

const appendCounted = async (store: EventStore<ContractEvent>, stream: string, ns: ReadonlyArray<number>): Promise<void> => {
  for (const n of ns) await succeeds(`append ${n}`, store.append(stream, [counted(n)]));
};

const waitForCount = (context: CheckContext, r: Recorder, count: number): Promise<void> =>
  waitUntil(`${count} delivered events (have ${r.delivered.length})`, () => r.delivered.length >= count, context.deliveryTimeoutMs);

/** Catch-up subscriptions: history, then live, without gap or duplicate; checkpoints; close. */
export const subscriptionChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'delivers the history, calls onCaughtUp once, then delivers live events without gap or duplicate',
    run: async (context) => {
      const { store } = context;
      await appendCounted(store, 's', range(1, 5));
      const r = recorder();
      context.track(store.subscribe(r.options));
      await waitUntil('onCaughtUp', () => r.caughtUpAt.length > 0, context.deliveryTimeoutMs);
      expect(r.caughtUpAt, 'caught up after the whole history').toEqual([5]);
      await appendCounted(store, 't', range(6, 8));
      await succeeds('a batch', store.append('s', [counted(9), counted(10)]));
      await waitForCount(context, r, 10);
      await pause(20);
      expect(positionsOf(r.delivered)).toEqual(range(1, 10));
      expect(numbersOf(r.delivered)).toEqual(range(1, 10));
      expect(r.caughtUpAt, 'onCaughtUp is called once').toEqual([5]);
      expect(r.errors).toEqual([]);
    },
  },
  {
    group,
    name: 'on an empty store, catches up at once and then delivers live events',
    run: async (context) => {
      const { store } = context;
      const r = recorder();
      context.track(store.subscribe(r.options));
      await waitUntil('onCaughtUp', () => r.caughtUpAt.length > 0, context.deliveryTimeoutMs);
      expect(r.caughtUpAt).toEqual([0]);
      await appendCounted(store, 's', [1, 2]);
      await waitForCount(context, r, 2);
      expect(numbersOf(r.delivered)).toEqual([1, 2]);
    },
  },
  {
    group,
    name: 'resumes after a checkpoint: only the events after that position, then live ones',
    run: async (context) => {
      const { store } = context;
      await appendCounted(store, 's', range(1, 6));
      const r = recorder(4);
      context.track(store.subscribe(r.options));
      await waitUntil('onCaughtUp', () => r.caughtUpAt.length > 0, context.deliveryTimeoutMs);
      expect(positionsOf(r.delivered)).toEqual([5, 6]);
      await appendCounted(store, 's', [7]);
      await waitForCount(context, r, 3);
      expect(positionsOf(r.delivered)).toEqual([5, 6, 7]);
      const atEnd = recorder(7);
      context.track(store.subscribe(atEnd.options));
      await waitUntil('onCaughtUp at the end of the log', () => atEnd.caughtUpAt.length > 0, context.deliveryTimeoutMs);
      expect(atEnd.delivered).toEqual([]);
    },
  },
  {
    group,
    name: 'delivers events appended while it delivers history, and those a handler appends, once and in order',
    run: async (context) => {
      const { store } = context;
      await appendCounted(store, 's', range(1, 3));
      let appendedFromHandler = false;
      const r = recorder(undefined, async (envelope) => {
        // The first live-looking moment: while history is still being delivered, write more.
        if (envelope.globalPosition === 2 && !appendedFromHandler) {
          appendedFromHandler = true;
          await succeeds('append from a handler', store.append('t', [counted(4), counted(5)]));
        }
      });
      context.track(store.subscribe(r.options));
      await waitForCount(context, r, 5);
      await pause(20);
      expect(numbersOf(r.delivered)).toEqual(range(1, 5));
      expect(r.caughtUpAt.length).toBe(1);
    },
  },
  {
    group,
    name: 'while writers append to many streams at once, a subscriber gets every event exactly once, in order',
    run: async (context) => {
      const { store } = context;
      await appendCounted(store, 'before', [1, 2]);
      const r = recorder();
      context.track(store.subscribe(r.options));
      await Promise.all(
        range(1, 8).map(async (w) => {
          for (const k of range(1, 8)) {
            await succeeds(`writer ${w}`, store.append(`w-${w}`, [counted(w * 1000 + k * 10 + 1), counted(w * 1000 + k * 10 + 2)]));
            await pause();
          }
        }),
      );
      const log = await readAll(store);
      await waitForCount(context, r, log.length);
      await pause(20);
      expect(idsOf(r.delivered)).toEqual(idsOf(log));
      expect(positionsOf(r.delivered)).toEqual(range(1, log.length));
    },
  },
  {
    group,
    name: 'close() stops delivery: nothing arrives after it resolves',
    run: async (context) => {
      const { store } = context;
      await appendCounted(store, 's', [1, 2]);
      const r = recorder();
      const subscription = context.track(store.subscribe(r.options));
      await waitForCount(context, r, 2);
      await subscription.close();
      await appendCounted(store, 's', [3, 4]);
      await pause(50);
      expect(numbersOf(r.delivered)).toEqual([1, 2]);
      expect(r.errors).toEqual([]);
    },
  },
  {
    group,
    name: 'a handler that throws stops the subscription and reports the error through onError',
    run: async (context) => {
      const { store } = context;
      await appendCounted(store, 's', range(1, 4));
      const failure = new Error('handler failed');
      const r = recorder(undefined, (envelope) => {
        if (envelope.globalPosition === 2) throw failure;
      });
      context.track(store.subscribe(r.options));
      await waitUntil('onError', () => r.errors.length > 0, context.deliveryTimeoutMs);
      await appendCounted(store, 's', [5]);
      await pause(50);
      expect(r.errors).toEqual([failure]);
      expect(positionsOf(r.delivered), 'nothing after the failing event').toEqual([1, 2]);
    },
  },
];
