import { verifyLog } from '@campaign-ledger/core';
import { expect } from 'vitest';
import { numbersOf, positionsOf, range, readAll, readStream, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { counted } from '../contractEvent';

const group = 'time travel';

/** The log can be read as it stood at a position, or at a moment of the store's clock. */
export const timeTravelChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'the log as of a position: every event up to it, read backwards from it or forwards with a limit',
    run: async ({ store }) => {
      for (const n of range(1, 6)) await succeeds(`append ${n}`, store.append(n % 2 === 0 ? 'even' : 'odd', [counted(n)]));
      for (const position of range(1, 6)) {
        expect([...positionsOf(await readAll(store, { direction: 'backwards', fromPosition: position }))].reverse()).toEqual(range(1, position));
        expect(positionsOf(await readAll(store, { limit: position }))).toEqual(range(1, position));
      }
      const asOfFour = (await readAll(store, { limit: 4 })).filter((e) => e.stream === 'odd');
      expect(numbersOf(asOfFour)).toEqual([1, 3]);
    },
  },
  {
    group,
    name: "recordedAt is the injected clock's time, shared by an append's events, and never decreases along the log",
    run: async ({ store, clock }) => {
      const t1 = clock.advance(1000);
      await succeeds('first append', store.append('s', [counted(1), counted(2)]));
      const t2 = clock.advance(60_000);
      await succeeds('second append', store.append('t', [counted(3)]));
      await succeeds('third append, same instant', store.append('s', [counted(4)]));
      const t3 = clock.advance(1);
      await succeeds('fourth append', store.append('s', [counted(5)]));
      const log = await readAll(store);
      expect(log.map((e) => e.recordedAt)).toEqual([t1, t1, t2, t2, t3].map((d) => d.toISOString()));
      expect((await readStream(store, 's')).map((e) => e.recordedAt)).toEqual([t1, t1, t2, t3].map((d) => d.toISOString()));
    },
  },
  {
    group,
    name: 'the events recorded up to a moment are a prefix of the log, so the state at that moment is a read up to a position',
    run: async ({ store, clock }) => {
      const moments: { readonly n: number; readonly at: Date }[] = [];
      for (const n of range(1, 5)) {
        moments.push({ n, at: clock.advance(3_600_000) });
        await succeeds(`append ${n}`, store.append('s', [counted(n)]));
      }
      const log = await readAll(store);
      for (const { n, at } of moments) {
        // Up to `at` (inclusive) and strictly before it: both are prefixes, ending at n and n - 1.
        const upTo = log.filter((e) => Date.parse(e.recordedAt) <= at.getTime());
        const before = log.filter((e) => Date.parse(e.recordedAt) < at.getTime());
        expect(numbersOf(upTo)).toEqual(range(1, n));
        expect(numbersOf(before)).toEqual(range(1, n - 1));
        expect(positionsOf(await readAll(store, { limit: upTo.length }))).toEqual(positionsOf(upTo));
      }
    },
  },
  {
    group,
    name: 'a clock that steps back never makes recordedAt go back: appends take the last recordedAt again until the clock passes it',
    run: async ({ store, clock }) => {
      const t1 = clock.advance(60_000);
      await succeeds('an append at t1', store.append('s', [counted(1)]));
      clock.stepBack(30_000);
      await succeeds('an append after the clock stepped back 30 s', store.append('s', [counted(2), counted(3)]));
      await succeeds('an append to another stream, clock still behind', store.append('t', [counted(4)]));
      clock.advance(29_999);
      await succeeds('an append 1 ms before t1 by the clock', store.append('t', [counted(5)]));
      const t2 = clock.advance(1_001);
      await succeeds('an append once the clock passed t1', store.append('s', [counted(6)]));
      const log = await readAll(store);
      expect(log.map((e) => e.recordedAt)).toEqual([t1, t1, t1, t1, t1, t2].map((d) => d.toISOString()));
      expect((await readStream(store, 't')).map((e) => e.recordedAt)).toEqual([t1, t1].map((d) => d.toISOString()));
      // The events recorded up to a moment are still a prefix of the log.
      expect(numbersOf(log.filter((e) => Date.parse(e.recordedAt) <= t1.getTime()))).toEqual(range(1, 5));
      expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 6 });
    },
  },
];
