import type { NewEvent } from '@campaign-ledger/core';
import { expect } from 'vitest';
import { fails, idsOf, positionsOf, readAll, readStream, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { contractEventId, counted, type ContractEvent } from '../contractEvent';

const group = 'idempotent appends';

const note = (n: number, details: Record<string, unknown>): NewEvent<ContractEvent> => ({
  id: contractEventId(n),
  event: { type: 'Noted', data: { text: `note ${n}`, details } },
  domainDate: '2010-08-10',
  metadata: { correlationId: `c-${n}` },
});

/** Event ids make appends idempotent: a retry is a no-op, a reused id is refused. */
export const idempotencyChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'a re-append of the same ids and content returns the original result and appends nothing',
    run: async ({ store }) => {
      await succeeds('another stream first', store.append('other', [counted(1)]));
      const first = await succeeds('original append', store.append('s', [counted(2), counted(3)], { expectedRevision: 'no-stream' }));
      expect(first).toMatchObject({ nextExpectedRevision: 1, positions: [2, 3] });
      expect(await succeeds('retry, same options', store.append('s', [counted(2), counted(3)], { expectedRevision: 'no-stream' }))).toEqual(first);
      expect(await succeeds("retry with 'any'", store.append('s', [counted(2), counted(3)]))).toEqual(first);
      expect(positionsOf(await readAll(store))).toEqual([1, 2, 3]);
    },
  },
  {
    group,
    name: 'a retry whose first attempt landed succeeds with the original positions even after the stream moved on',
    run: async ({ store }) => {
      await succeeds('create the stream', store.append('s', [counted(1)]));
      const first = await succeeds('original append at revision 0', store.append('s', [counted(2)], { expectedRevision: 0 }));
      await succeeds('another writer', store.append('s', [counted(3)], { expectedRevision: 1 }));
      expect(await succeeds('the retry at revision 0', store.append('s', [counted(2)], { expectedRevision: 0 }))).toEqual(first);
      expect(idsOf(await readStream(store, 's'))).toEqual([1, 2, 3].map(contractEventId));
    },
  },
  {
    group,
    name: 'content compares as JSON values (data, domain date, metadata), whatever the key order',
    run: async ({ store }) => {
      const first = await succeeds('original', store.append('s', [note(1, { a: 1, b: { c: [1, 2], d: null } })]));
      expect(await succeeds('same content, keys reordered', store.append('s', [note(1, { b: { d: null, c: [1, 2] }, a: 1 })]))).toEqual(first);
      expect(await fails('other metadata', store.append('s', [{ ...note(1, { a: 1, b: { c: [1, 2], d: null } }), metadata: { correlationId: 'x' } }]))).toEqual({
        _tag: 'DuplicateEventId',
        eventId: contractEventId(1),
        stream: 's',
      });
      expect(await fails('other domain date', store.append('s', [{ ...note(1, { a: 1, b: { c: [1, 2], d: null } }), domainDate: null }]))).toEqual({
        _tag: 'DuplicateEventId',
        eventId: contractEventId(1),
        stream: 's',
      });
      expect((await readAll(store)).length).toBe(1);
    },
  },
  {
    group,
    name: 'an id reused with other content is a DuplicateEventId naming the id and the stream that holds it',
    run: async ({ store }) => {
      await succeeds('original', store.append('s', [counted(1)]));
      expect(await fails('same id, other data', store.append('s', [counted(99, contractEventId(1))]))).toEqual({
        _tag: 'DuplicateEventId',
        eventId: contractEventId(1),
        stream: 's',
      });
      expect(await fails('same id and data, other stream', store.append('t', [counted(1)]))).toEqual({
        _tag: 'DuplicateEventId',
        eventId: contractEventId(1),
        stream: 's',
      });
      expect(await fails('a batch mixing a stored id and a new one', store.append('s', [counted(1), counted(2)]))).toMatchObject({
        _tag: 'DuplicateEventId',
        eventId: contractEventId(1),
      });
      expect(idsOf(await readAll(store))).toEqual([contractEventId(1)]);
      expect(await readStream(store, 't')).toEqual([]);
    },
  },
  {
    group,
    name: 'ids compare without regard to case and come back in lower case',
    run: async ({ store }) => {
      const upper = 'ABCDEF01-2345-4789-8ABC-DEF012345678';
      const first = await succeeds('append with an upper-case id', store.append('s', [counted(1, upper)]));
      expect(await succeeds('re-append in lower case', store.append('s', [counted(1, upper.toLowerCase())]))).toEqual(first);
      expect(idsOf(await readAll(store))).toEqual([upper.toLowerCase()]);
    },
  },
];
