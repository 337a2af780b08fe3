import type { AppendResult, EventStore, NewEvent } from '@campaign-ledger/core';
import type { BatchAppendPart } from '@campaign-ledger/core/adapter';
import { expect } from 'vitest';
import { fails, idsOf, positionsOf, readAll, readStream, revisionsOf, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { contractEventId, counted, type ContractEvent } from '../contractEvent';

const group = 'batch appends';

// The store's appendBatch; the kit runs these checks only on a store that has one ('batch').
const batchOf = (store: EventStore<ContractEvent>) => {
  const appendBatch = store.appendBatch;
  if (appendBatch === undefined) throw new Error('contract kit: a check that needs batch ran on a store without appendBatch');
  return (parts: ReadonlyArray<BatchAppendPart<ContractEvent>>) => appendBatch(parts);
};

const undecodable = (n: number): NewEvent<ContractEvent> => ({
  id: contractEventId(n),
  event: { type: 'Counted', data: { n: String(n) } } as unknown as ContractEvent,
  domainDate: null,
});

const envelopesOf = (results: ReadonlyArray<AppendResult<ContractEvent>>) => results.flatMap((r) => r.envelopes);

/** appendBatch: several streams in one transaction, all or nothing, each part judged as append judges it. */
export const batchAppendChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'appends to several streams at once: one result per part, positions in part order, and the log reads back exactly what it returned',
    needs: 'batch',
    run: async ({ store }) => {
      await succeeds('an event before the batch', store.append('a', [counted(1)]));
      const results = await succeeds(
        'a batch of three parts',
        batchOf(store)([
          { stream: 'a', events: [counted(2), counted(3)], expectedRevision: 0 },
          { stream: 'b', events: [counted(4)], expectedRevision: 'no-stream' },
          { stream: 'c', events: [counted(5), counted(6)] },
        ]),
      );
      expect(results.map((r) => [r.nextExpectedRevision, r.positions])).toEqual([
        [2, [2, 3]],
        [0, [4]],
        [1, [5, 6]],
      ]);
      const log = await readAll(store);
      expect(positionsOf(log)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(log.slice(1)).toEqual(envelopesOf(results));
      expect(revisionsOf(await readStream(store, 'a'))).toEqual([0, 1, 2]);
    },
  },
  {
    group,
    name: 'a part at a wrong expected revision refuses the whole batch, naming its stream, and nothing is written',
    needs: 'batch',
    run: async ({ store }) => {
      await succeeds('create b', store.append('b', [counted(1)]));
      const error = await fails(
        'a batch whose second part expects no stream',
        batchOf(store)([
          { stream: 'a', events: [counted(2)] },
          { stream: 'b', events: [counted(3)], expectedRevision: 'no-stream' },
        ]),
      );
      expect(error).toMatchObject({ _tag: 'WrongExpectedRevision', stream: 'b', expected: 'no-stream', actual: 0 });
      expect(idsOf(await readAll(store))).toEqual([contractEventId(1)]);
      expect(await succeeds('the next append takes the next position', store.append('a', [counted(4)]))).toMatchObject({ positions: [2] });
    },
  },
  {
    group,
    name: 'an invalid event in the last part refuses the batch, naming the event, and nothing is written',
    needs: 'batch',
    run: async ({ store }) => {
      const error = await fails(
        'a batch with an invalid event at its end',
        batchOf(store)([
          { stream: 'a', events: [counted(1), counted(2)] },
          { stream: 'b', events: [counted(3), undecodable(4)] },
        ]),
      );
      expect(error).toMatchObject({ _tag: 'InvalidEvent', index: 1, eventId: contractEventId(4) });
      expect(await readAll(store)).toEqual([]);
    },
  },
  {
    group,
    name: 'parts on one stream are judged in order, each against the stream as the parts before it left it',
    needs: 'batch',
    run: async ({ store }) => {
      const results = await succeeds(
        'two parts on one stream',
        batchOf(store)([
          { stream: 's', events: [counted(1), counted(2)], expectedRevision: 'no-stream' },
          { stream: 't', events: [counted(3)] },
          { stream: 's', events: [counted(4)], expectedRevision: 1 },
        ]),
      );
      expect(results.map((r) => r.nextExpectedRevision)).toEqual([1, 0, 2]);
      const stream = await readStream(store, 's');
      expect([revisionsOf(stream), positionsOf(stream)]).toEqual([
        [0, 1, 2],
        [1, 2, 4],
      ]);
    },
  },
  {
    group,
    name: 'the same batch again appends nothing and answers with the original results; an id in two parts is a DuplicateEventId',
    needs: 'batch',
    run: async ({ store }) => {
      const parts = [
        { stream: 'a', events: [counted(1)], expectedRevision: 'no-stream' as const },
        { stream: 'b', events: [counted(2), counted(3)], expectedRevision: 'no-stream' as const },
      ];
      const first = await succeeds('the batch', batchOf(store)(parts));
      await succeeds('an event after it', store.append('a', [counted(4)]));
      const again = await succeeds('the batch again, though a has moved on', batchOf(store)(parts));
      expect(again).toEqual(first);
      expect(positionsOf(await readAll(store))).toEqual([1, 2, 3, 4]);
      const error = await fails(
        'an id in two parts',
        batchOf(store)([
          { stream: 'c', events: [counted(5)] },
          { stream: 'd', events: [counted(6), counted(7, contractEventId(5))] },
        ]),
      );
      expect(error).toMatchObject({ _tag: 'DuplicateEventId', eventId: contractEventId(5), stream: 'c' });
      expect(positionsOf(await readAll(store))).toEqual([1, 2, 3, 4]);
    },
  },
  {
    group,
    name: 'an empty part checks its expected revision and appends nothing; an empty batch answers with no results',
    needs: 'batch',
    run: async ({ store }) => {
      await succeeds('create a', store.append('a', [counted(1)]));
      expect(await succeeds('an empty batch', batchOf(store)([]))).toEqual([]);
      expect(await succeeds('an empty part', batchOf(store)([{ stream: 'a', events: [], expectedRevision: 0 }]))).toEqual([{ nextExpectedRevision: 0, positions: [], envelopes: [] }]);
      expect(await fails('an empty part at a wrong revision', batchOf(store)([{ stream: 'a', events: [], expectedRevision: 'no-stream' }]))).toMatchObject({
        _tag: 'WrongExpectedRevision',
        stream: 'a',
      });
      expect(positionsOf(await readAll(store))).toEqual([1]);
    },
  },
  {
    group,
    name: '20 parallel batches over the same three streams, named in different orders, all land: every batch contiguous, positions gapless, no deadlock',
    needs: 'batch',
    run: async ({ store }) => {
      const orders = [
        ['x', 'y', 'z'],
        ['z', 'y', 'x'],
        ['y', 'x', 'z'],
      ];
      const batches = Array.from({ length: 20 }, (_, b) =>
        (orders[b % orders.length] ?? []).map((stream, i) => ({ stream, events: [counted(b * 10 + i * 2 + 1), counted(b * 10 + i * 2 + 2)] })),
      );
      const results = await Promise.all(batches.map((parts, b) => succeeds(`batch ${b}`, batchOf(store)(parts))));
      const log = await readAll(store);
      expect(positionsOf(log)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
      for (const batch of results) {
        const positions = batch.flatMap((r) => r.positions);
        const first = positions[0] ?? 0;
        expect(positions).toEqual(positions.map((_, i) => first + i));
      }
      for (const stream of ['x', 'y', 'z']) expect(revisionsOf(await readStream(store, stream))).toEqual(Array.from({ length: 40 }, (_, i) => i));
    },
  },
];
