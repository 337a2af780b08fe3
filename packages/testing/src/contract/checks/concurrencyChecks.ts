import * as E from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';
import { idsOf, numbersOf, pause, positionsOf, range, readAll, readStream, revisionsOf, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { contractEventId, counted } from '../contractEvent';

const group = 'concurrent appends';

const sorted = (ids: ReadonlyArray<string>): ReadonlyArray<string> => [...ids].sort();

/** Many writers at once: one winner per revision, nothing lost, nothing duplicated, no gaps. */
export const concurrencyChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: '20 parallel appends at the same revision: exactly one wins, the others get WrongExpectedRevision',
    run: async ({ store }) => {
      await succeeds('create the stream', store.append('s', [counted(0)]));
      const results = await Promise.all(range(1, 20).map((n) => store.append('s', [counted(n)], { expectedRevision: 0 })()));
      const winners = results.flatMap((r, i) => (E.isRight(r) ? [i + 1] : []));
      expect(winners.length, 'exactly one append wins').toBe(1);
      const losers = results.flatMap((r) => (E.isLeft(r) ? [r.left] : []));
      expect(losers).toEqual(Array.from({ length: 19 }, () => ({ _tag: 'WrongExpectedRevision', stream: 's', expected: 0, actual: 1 })));
      const stream = await readStream(store, 's');
      expect(numbersOf(stream)).toEqual([0, winners[0]]);
      expect(positionsOf(await readAll(store))).toEqual([1, 2]);
    },
  },
  {
    group,
    name: "20 parallel 'no-stream' appends: exactly one creates the stream",
    run: async ({ store }) => {
      const results = await Promise.all(range(1, 20).map((n) => store.append('s', [counted(n)], { expectedRevision: 'no-stream' })()));
      expect(results.filter(E.isRight).length, 'exactly one append wins').toBe(1);
      expect(results.flatMap((r) => (E.isLeft(r) ? [r.left] : []))).toEqual(
        Array.from({ length: 19 }, () => ({ _tag: 'WrongExpectedRevision', stream: 's', expected: 'no-stream', actual: 0 })),
      );
      expect(positionsOf(await readAll(store))).toEqual([1]);
    },
  },
  {
    group,
    name: "50 parallel 'any' appends of two events each: all land, each batch together, revisions and positions contiguous",
    run: async ({ store }) => {
      const batches = range(0, 49).map((b) => [counted(2 * b + 1), counted(2 * b + 2)]);
      const results = await Promise.all(batches.map((batch) => succeeds('an any append', store.append('s', batch))));
      const stream = await readStream(store, 's');
      expect(revisionsOf(stream)).toEqual(range(0, 99));
      expect(positionsOf(stream)).toEqual(range(1, 100));
      expect(sorted(idsOf(stream))).toEqual(sorted(range(1, 100).map(contractEventId)));
      for (const [b, result] of results.entries()) {
        const [first, second] = result.positions;
        expect(result.positions.length).toBe(2);
        expect(second, `batch ${b} lands together`).toBe((first ?? 0) + 1);
        expect(stream[(first ?? 0) - 1]?.eventId).toBe(contractEventId(2 * b + 1));
        expect(result.nextExpectedRevision).toBe((second ?? 0) - 1);
      }
    },
  },
  {
    group,
    name: 'writers that reload and retry on WrongExpectedRevision lose nothing and duplicate nothing',
    run: async ({ store }) => {
      const writers = 8;
      const perWriter = 5;
      const write = async (writer: number): Promise<void> => {
        for (let k = 1; k <= perWriter; k++) {
          const n = writer * 100 + k;
          for (;;) {
            const current = await readStream(store, 's', { direction: 'backwards', limit: 1 });
            const revision = current[0]?.streamRevision ?? -1;
            const result = await store.append('s', [counted(n)], { expectedRevision: revision === -1 ? 'no-stream' : revision })();
            if (E.isRight(result)) break;
            expect(result.left._tag, JSON.stringify(result.left)).toBe('WrongExpectedRevision');
            await pause();
          }
        }
      };
      await Promise.all(range(1, writers).map(write));
      const stream = await readStream(store, 's');
      expect(revisionsOf(stream)).toEqual(range(0, writers * perWriter - 1));
      expect(positionsOf(stream)).toEqual(range(1, writers * perWriter));
      for (const writer of range(1, writers)) {
        expect(
          numbersOf(stream).filter((n) => Math.floor(n / 100) === writer),
          `writer ${writer}'s events, once each and in its order`,
        ).toEqual(range(1, perWriter).map((k) => writer * 100 + k));
      }
    },
  },
  {
    group,
    name: 'parallel appends to different streams share one contiguous global order',
    run: async ({ store }) => {
      const streams = range(1, 10);
      await Promise.all(
        streams.map(async (s) => {
          for (const k of range(1, 10)) await succeeds(`stream ${s}`, store.append(`s-${s}`, [counted(s * 100 + k)], { expectedRevision: k === 1 ? 'no-stream' : k - 2 }));
        }),
      );
      expect(positionsOf(await readAll(store))).toEqual(range(1, 100));
      for (const s of streams) {
        const stream = await readStream(store, `s-${s}`);
        expect(revisionsOf(stream)).toEqual(range(0, 9));
        expect(numbersOf(stream)).toEqual(range(1, 10).map((k) => s * 100 + k));
      }
    },
  },
  {
    group,
    name: 'a reader polling readAll from its last position while writers append to many streams sees every event once, in order',
    run: async ({ store }) => {
      const writers = 10;
      const appendsPerWriter = 10;
      let writing = true;
      const seen: { id: string; position: number }[] = [];
      const reader = async (): Promise<void> => {
        let last = 0;
        for (;;) {
          const done = !writing;
          const page = await readAll(store, { fromPosition: last + 1, limit: 7 });
          for (const envelope of page) seen.push({ id: envelope.eventId, position: envelope.globalPosition });
          last = page[page.length - 1]?.globalPosition ?? last;
          // One more read after the writers finished and the log ran dry, so the check does not end early.
          if (done && page.length === 0) return;
          await pause();
        }
      };
      const writer = async (w: number): Promise<void> => {
        for (const k of range(1, appendsPerWriter)) {
          const size = 1 + ((w + k) % 3);
          const batch = range(1, size).map((i) => counted(w * 10_000 + k * 10 + i));
          await succeeds(`writer ${w}`, store.append(`w-${w}`, batch));
          await pause();
        }
      };
      const reading = reader();
      await Promise.all(range(1, writers).map(writer));
      writing = false;
      await reading;
      const log = await readAll(store);
      expect(positionsOf(log)).toEqual(range(1, log.length));
      expect(
        seen.map((s) => s.position),
        'the reader saw positions in increasing order',
      ).toEqual([...seen.map((s) => s.position)].sort((a, b) => a - b));
      expect(
        seen.map((s) => s.id),
        'the reader saw every event exactly once',
      ).toEqual(idsOf(log));
    },
  },
];
