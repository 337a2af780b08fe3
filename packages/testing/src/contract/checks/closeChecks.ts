import type { EventEnvelope } from '@campaign-ledger/core';
import { expect } from 'vitest';
import { fails, pause, succeeds, waitUntil } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { counted, type ContractEvent } from '../contractEvent';

const group = 'closing';

/** A closed store stops its subscriptions and answers StoreUnavailable, as a value. */
export const closeChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'close() stops every subscription; then appends and reads fail with StoreUnavailable; close() again is harmless',
    run: async (context) => {
      const { store } = context;
      await succeeds('append', store.append('s', [counted(1)]));
      const delivered: EventEnvelope<ContractEvent>[] = [];
      context.track(store.subscribe({ onEvent: (e) => void delivered.push(e) }));
      await waitUntil('the first event', () => delivered.length === 1, context.deliveryTimeoutMs);
      await store.close();
      expect(await fails('append after close', store.append('s', [counted(2)]))).toMatchObject({ _tag: 'StoreUnavailable' });
      expect(await fails('readStream after close', store.readStream('s'))).toMatchObject({ _tag: 'StoreUnavailable' });
      expect(await fails('readAll after close', store.readAll())).toMatchObject({ _tag: 'StoreUnavailable' });
      await pause(20);
      expect(delivered.length).toBe(1);
      await store.close();
    },
  },
];
