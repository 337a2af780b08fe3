import { verifyLog, type EventEnvelope, type EventStore, type VerificationReport } from '@campaign-ledger/core';
import { GENESIS_HASH, hashEvent } from '@campaign-ledger/core/adapter';
import { expect } from 'vitest';
import { range, readAll, succeeds } from '../checkSupport';
import { tamperOf, type ContractCheck } from '../contractCheck';
import { contractEventId, counted, type ContractEvent } from '../contractEvent';

const group = 'hash chain';

const verified = (store: EventStore<ContractEvent>): Promise<VerificationReport> => succeeds('verifyLog', verifyLog(store, { pageSize: 4 }));

// Ten events over three streams, interleaved: a b a c b a c b a a at positions 1 to 10.
const tenEvents = async (store: EventStore<ContractEvent>): Promise<void> => {
  const streams = ['a', 'b', 'a', 'c', 'b', 'a', 'c', 'b', 'a', 'a'];
  for (const [i, stream] of streams.entries()) await succeeds(`append ${i + 1}`, store.append(stream, [counted(i + 1)]));
};

const expectChained = (log: ReadonlyArray<EventEnvelope<ContractEvent>>): void => {
  const streamHeads = new Map<string, string>();
  let previous = GENESIS_HASH;
  for (const envelope of log) {
    const where = `the event at position ${envelope.globalPosition}`;
    expect(envelope.hash, `${where} carries a lower-case hex SHA-256`).toMatch(/^[0-9a-f]{64}$/);
    expect(envelope.previousGlobalHash, `${where} links to the event before it in the log`).toBe(previous);
    expect(envelope.previousStreamHash, `${where} links to the event before it in its stream`).toBe(streamHeads.get(envelope.stream) ?? GENESIS_HASH);
    expect(hashEvent(envelope), `${where} hashes, with hashEvent, to the hash it carries`).toBe(envelope.hash);
    previous = envelope.hash;
    streamHeads.set(envelope.stream, envelope.hash);
  }
};

/** Every event is sealed into two hash chains as it is appended, and tampering is found where it happened. */
export const integrityChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'every append seals its events with hashEvent, chained in the log and in the stream, and verifyLog finds the log intact',
    run: async ({ store }) => {
      expect(await verified(store)).toEqual({ _tag: 'Intact', headPosition: 0, headHash: GENESIS_HASH, eventCount: 0 });
      await tenEvents(store);
      await succeeds('a batch', store.append('b', [counted(11), counted(12)]));
      await succeeds(
        'text in decomposed form',
        store.append('d', [
          {
            id: contractEventId(13),
            event: { type: 'Noted', data: { text: 'Huyện ủy'.normalize('NFD'), details: { ['khóa'.normalize('NFD')]: 'XVIII' } } },
            domainDate: '2010-08-10',
            metadata: { note: 'tỉnh ủy'.normalize('NFD') },
          },
        ]),
      );
      const log = await readAll(store);
      expectChained(log);
      expect(await verified(store)).toEqual({ _tag: 'Intact', headPosition: 13, headHash: log[12]?.hash, eventCount: 13 });
    },
  },
  {
    group,
    name: 'the chain stays intact through concurrent appends to many streams and idempotent re-appends',
    run: async ({ store }) => {
      await Promise.all(
        range(1, 6).map(async (w) => {
          for (const k of range(1, 5)) await succeeds(`writer ${w}`, store.append(`w-${w % 3}`, [counted(w * 100 + k * 2), counted(w * 100 + k * 2 + 1)]));
        }),
      );
      await succeeds('an idempotent re-append', store.append('w-1', [counted(102), counted(103)]));
      const log = await readAll(store);
      expect(log.length).toBe(60);
      expectChained(log);
      expect(await verified(store)).toMatchObject({ _tag: 'Intact', headPosition: 60, eventCount: 60 });
    },
  },
  {
    group,
    name: "an event whose data was changed is found by verifyLog as 'altered' at its position",
    needs: 'tamper',
    run: async (context) => {
      const { store } = context;
      await tenEvents(store);
      await tamperOf(context).alterData(6, { n: 600 });
      expect(await verified(store)).toMatchObject({
        _tag: 'Broken',
        problem: { kind: 'altered', globalPosition: 6, stream: 'a', streamRevision: 2, eventId: contractEventId(6) },
      });
    },
  },
  {
    group,
    name: "an event whose data no longer decodes is found by verifyLog as 'altered' at its position",
    needs: 'tamper',
    run: async (context) => {
      const { store } = context;
      await tenEvents(store);
      await tamperOf(context).alterData(5, { n: 'five' });
      expect(await verified(store)).toMatchObject({ _tag: 'Broken', problem: { kind: 'altered', globalPosition: 5, stream: 'b' } });
    },
  },
  {
    group,
    name: "a deleted event is found by verifyLog as 'removed' at its position",
    needs: 'tamper',
    run: async (context) => {
      const { store } = context;
      await tenEvents(store);
      await tamperOf(context).deleteEvent(4);
      expect(await verified(store)).toMatchObject({ _tag: 'Broken', problem: { kind: 'removed', globalPosition: 4 } });
    },
  },
  {
    group,
    name: "two swapped events are found by verifyLog as 'reordered' at the first of them",
    needs: 'tamper',
    run: async (context) => {
      const { store } = context;
      await tenEvents(store);
      await tamperOf(context).swapEvents(3, 8);
      expect(await verified(store)).toMatchObject({
        _tag: 'Broken',
        problem: { kind: 'reordered', globalPosition: 3, stream: 'a', streamRevision: 1, eventId: contractEventId(3) },
      });
    },
  },
];
