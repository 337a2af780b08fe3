import type { NewEvent } from '@campaign-ledger/core';
import { expect } from 'vitest';
import { fails, idsOf, positionsOf, readAll, readStream, revisionsOf, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { contractEventId, counted, type ContractEvent } from '../contractEvent';

const group = 'atomic appends';

// An event the contract codec refuses: its counter is a string.
const undecodable = (n: number): NewEvent<ContractEvent> => ({
  id: contractEventId(n),
  event: { type: 'Counted', data: { n: String(n) } } as unknown as ContractEvent,
  domainDate: null,
});

/** An append is all or nothing, and a refused one leaves no trace. */
export const atomicityChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'a batch with an event the codec refuses appends nothing, and the error names that event',
    run: async ({ store }) => {
      await succeeds('create the stream', store.append('s', [counted(1)]));
      const error = await fails('a batch with an invalid second event', store.append('s', [counted(2), undecodable(3), counted(4)]));
      expect(error).toMatchObject({ _tag: 'InvalidEvent', index: 1, eventId: contractEventId(3) });
      expect(idsOf(await readAll(store))).toEqual([contractEventId(1)]);
      expect(idsOf(await readStream(store, 's'))).toEqual([contractEventId(1)]);
    },
  },
  {
    group,
    name: 'an id that is not a UUID, or one repeated inside a batch, is an InvalidEvent and appends nothing',
    run: async ({ store }) => {
      expect(await fails('an id that is not a UUID', store.append('s', [counted(1), counted(2, 'event-2')]))).toMatchObject({
        _tag: 'InvalidEvent',
        index: 1,
        eventId: 'event-2',
      });
      expect(await fails('an id repeated in one batch', store.append('s', [counted(1), counted(2), counted(3, contractEventId(1))]))).toMatchObject({
        _tag: 'InvalidEvent',
        index: 2,
      });
      expect(await readAll(store)).toEqual([]);
    },
  },
  {
    group,
    name: 'the events of one batch land together: consecutive revisions and consecutive positions',
    run: async ({ store }) => {
      await succeeds('a first event elsewhere', store.append('other', [counted(1)]));
      expect(await succeeds('a batch of three', store.append('s', [counted(2), counted(3), counted(4)]))).toMatchObject({
        nextExpectedRevision: 2,
        positions: [2, 3, 4],
      });
      const stream = await readStream(store, 's');
      expect(revisionsOf(stream)).toEqual([0, 1, 2]);
      expect(positionsOf(stream)).toEqual([2, 3, 4]);
    },
  },
  {
    group,
    name: 'a refused append leaves no trace: the next append gets the revision and position it would have had',
    run: async ({ store }) => {
      await succeeds('first event', store.append('s', [counted(1)]));
      await fails('wrong expected revision', store.append('s', [counted(2), counted(3)], { expectedRevision: 'no-stream' }));
      await fails('invalid event', store.append('s', [counted(4), undecodable(5)]));
      await fails('reused id with other content', store.append('s', [{ ...counted(6), id: contractEventId(1) }]));
      await fails('missing stream', store.append('t', [counted(7)], { expectedRevision: 'stream-exists' }));
      expect(await succeeds('the next correct append', store.append('s', [counted(8)], { expectedRevision: 0 }))).toMatchObject({
        nextExpectedRevision: 1,
        positions: [2],
      });
      expect(await succeeds('a new stream', store.append('t', [counted(9)]))).toMatchObject({ nextExpectedRevision: 0, positions: [3] });
      const log = await readAll(store);
      expect(idsOf(log)).toEqual([contractEventId(1), contractEventId(8), contractEventId(9)]);
      expect(positionsOf(log)).toEqual([1, 2, 3]);
    },
  },
];
