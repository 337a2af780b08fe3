import type { EventStore } from '@campaign-ledger/core';
import { expect } from 'vitest';
import { numbersOf, positionsOf, range, readAll, readStream, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { contractEventId, counted, type ContractEvent } from '../contractEvent';

const group = 'reads';

// Streams a and b interleaved: a holds 1, 3, 5, 7, 9 and b holds 2, 4, 6, 8, 10, at those positions.
const interleaved = async (store: EventStore<ContractEvent>): Promise<void> => {
  for (const n of range(1, 10)) await succeeds(`append ${n}`, store.append(n % 2 === 1 ? 'a' : 'b', [counted(n)]));
};

/** Reads of one stream and of the whole log, both ways, from a point, with limits. */
export const readChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'an append returns its events exactly as a read returns them, and a retry returns the originals',
    run: async ({ store }) => {
      await succeeds('another stream first', store.append('other', [counted(1)]));
      const appended = await succeeds('append two', store.append('s', [counted(2), counted(3)], { expectedRevision: 'no-stream' }));
      const read = await readStream(store, 's');
      expect(appended.envelopes).toEqual(read);
      expect(appended.envelopes.map((e) => e.globalPosition)).toEqual(appended.positions);
      expect((await succeeds('the same append again', store.append('s', [counted(2), counted(3)]))).envelopes).toEqual(read);
      expect((await succeeds('an empty append', store.append('s', [], { expectedRevision: 1 }))).envelopes).toEqual([]);
    },
  },
  {
    group,
    name: 'a stream reads forwards and backwards, from a revision, with a limit, and holds only its own events',
    run: async ({ store }) => {
      await interleaved(store);
      expect(numbersOf(await readStream(store, 'a'))).toEqual([1, 3, 5, 7, 9]);
      expect(numbersOf(await readStream(store, 'a', { direction: 'forwards', fromRevision: 2 }))).toEqual([5, 7, 9]);
      expect(numbersOf(await readStream(store, 'a', { fromRevision: 1, limit: 2 }))).toEqual([3, 5]);
      expect(numbersOf(await readStream(store, 'a', { direction: 'backwards' }))).toEqual([9, 7, 5, 3, 1]);
      expect(numbersOf(await readStream(store, 'a', { direction: 'backwards', fromRevision: 3, limit: 2 }))).toEqual([7, 5]);
      expect(numbersOf(await readStream(store, 'a', { direction: 'backwards', limit: 1 }))).toEqual([9]);
      expect(numbersOf(await readStream(store, 'b', { direction: 'backwards', fromRevision: 0 }))).toEqual([2]);
      expect(await readStream(store, 'a', { limit: 0 })).toEqual([]);
    },
  },
  {
    group,
    name: 'a stream read past its end is empty forwards, and starts from the last event backwards',
    run: async ({ store }) => {
      await interleaved(store);
      expect(await readStream(store, 'a', { fromRevision: 5 })).toEqual([]);
      expect(await readStream(store, 'a', { fromRevision: 50 })).toEqual([]);
      expect(numbersOf(await readStream(store, 'a', { direction: 'backwards', fromRevision: 50 }))).toEqual([9, 7, 5, 3, 1]);
    },
  },
  {
    group,
    name: 'a missing stream reads as empty, both ways',
    run: async ({ store }) => {
      expect(await readStream(store, 'nowhere')).toEqual([]);
      await interleaved(store);
      expect(await readStream(store, 'nowhere')).toEqual([]);
      expect(await readStream(store, 'nowhere', { direction: 'backwards' })).toEqual([]);
      expect(await readStream(store, 'nowhere', { fromRevision: 3, limit: 2 })).toEqual([]);
    },
  },
  {
    group,
    name: 'the whole log reads forwards and backwards, from a position, with a limit',
    run: async ({ store }) => {
      expect(await readAll(store)).toEqual([]);
      expect(await readAll(store, { direction: 'backwards' })).toEqual([]);
      await interleaved(store);
      expect(positionsOf(await readAll(store))).toEqual(range(1, 10));
      expect(numbersOf(await readAll(store))).toEqual(range(1, 10));
      expect(positionsOf(await readAll(store, { fromPosition: 4 }))).toEqual(range(4, 10));
      expect(positionsOf(await readAll(store, { fromPosition: 4, limit: 3 }))).toEqual([4, 5, 6]);
      expect(positionsOf(await readAll(store, { direction: 'backwards' }))).toEqual([...range(1, 10)].reverse());
      expect(positionsOf(await readAll(store, { direction: 'backwards', fromPosition: 4 }))).toEqual([4, 3, 2, 1]);
      expect(positionsOf(await readAll(store, { direction: 'backwards', fromPosition: 8, limit: 2 }))).toEqual([8, 7]);
      expect(await readAll(store, { fromPosition: 11 })).toEqual([]);
      expect(positionsOf(await readAll(store, { direction: 'backwards', fromPosition: 99, limit: 2 }))).toEqual([10, 9]);
      expect(await readAll(store, { limit: 0 })).toEqual([]);
    },
  },
  {
    group,
    name: 'an envelope carries the id, stream, revision, position, recordedAt from the clock, domain date, event and metadata',
    run: async ({ store, clock }) => {
      const at = clock.advance(1234);
      await succeeds('other stream', store.append('other', [counted(1)]));
      await succeeds(
        'append',
        store.append('s', [
          { id: contractEventId(2), event: { type: 'Counted', data: { n: 2 } }, domainDate: '2010-08-10', metadata: { correlationId: 'c-2' } },
          counted(3),
        ]),
      );
      const expected = [
        {
          eventId: contractEventId(2),
          stream: 's',
          streamRevision: 0,
          globalPosition: 2,
          recordedAt: at.toISOString(),
          domainDate: '2010-08-10',
          event: { type: 'Counted', data: { n: 2 } },
          metadata: { correlationId: 'c-2' },
        },
        {
          eventId: contractEventId(3),
          stream: 's',
          streamRevision: 1,
          globalPosition: 3,
          recordedAt: at.toISOString(),
          domainDate: null,
          event: { type: 'Counted', data: { n: 3 } },
          metadata: {},
        },
      ];
      expect(await readStream(store, 's')).toMatchObject(expected);
      expect((await readAll(store, { fromPosition: 2 })).slice(0, 2)).toMatchObject(expected);
    },
  },
  {
    group,
    name: 'data and metadata come back exactly as given (Unicode untouched, JSON values intact), the stream name as its NFC form',
    run: async ({ store }) => {
      // Vietnamese in both composed and decomposed forms, old and new tone placement, a
      // non-breaking space: a store that normalised data would silently change what was recorded.
      // A stream name is an identity, kept in NFC (see nameChecks); given decomposed, it comes
      // back composed.
      const composed = 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh';
      const decomposed = composed.normalize('NFD');
      const stream = 'campaign-mường-tè/2007–2010 :#?'.normalize('NFD');
      const details = {
        composed,
        decomposed,
        oldTone: 'Huyện uỷ hoá',
        newTone: 'Huyện ủy hóa',
        nbsp: 'đảng\u00a0viên',
        emoji: '📜',
        quotes: 'a "quoted" \\ back\\slash \n newline \t tab',
        empty: '',
        numbers: [0, -1, 1.5, 9007199254740991, 1e21, 0.1],
        flags: [true, false, null],
        nested: { list: [[], {}, [{ a: [1] }]], deep: { deeper: { deepest: 'x' } } },
      };
      const event = { type: 'Noted' as const, data: { text: composed, details } };
      await succeeds(
        'append',
        store.append(stream, [{ id: contractEventId(1), event, domainDate: null, metadata: { note: decomposed, empty: '' } }]),
      );
      const [envelope] = await readStream(store, stream);
      expect(envelope?.stream).toBe(stream.normalize('NFC'));
      expect(envelope?.event).toStrictEqual(event);
      expect(envelope?.metadata).toStrictEqual({ note: decomposed, empty: '' });
      const readBack = envelope?.event.type === 'Noted' ? envelope.event.data.details : undefined;
      expect(readBack?.['decomposed'], 'decomposed text stays decomposed').toBe(decomposed);
      expect((await readAll(store))[0]?.event).toStrictEqual(event);
    },
  },
];
