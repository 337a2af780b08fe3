import { verifyLog, type EventEnvelope, type StoreError } from '@campaign-ledger/core';
import { expect } from 'vitest';
import { fails, numbersOf, pause, range, readAll, readStream, succeeds, waitUntil } from '../checkSupport';
import { tamperOf, writeRawDataOf, type ContractCheck } from '../contractCheck';
import { contractEventId, counted, type ContractEvent } from '../contractEvent';

const group = 'corrupt stored data';

/** Stored data that no longer parses or decodes is reported as CorruptEvent, never dropped or passed on. */
export const corruptionChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'a read that covers an event whose stored data no longer decodes fails with CorruptEvent at its position',
    needs: 'tamper',
    run: async (context) => {
      const { store } = context;
      for (const n of range(1, 4)) await succeeds(`append ${n}`, store.append(n === 3 ? 'victim' : 'other', [counted(n)]));
      await tamperOf(context).alterData(3, { n: 'three' });
      const corrupt = { _tag: 'CorruptEvent', stream: 'victim', globalPosition: 3 };
      expect(await fails('readAll', store.readAll())).toMatchObject(corrupt);
      expect(await fails('readAll backwards', store.readAll({ direction: 'backwards' }))).toMatchObject(corrupt);
      expect(await fails('readAll from position 2', store.readAll({ fromPosition: 2, limit: 2 }))).toMatchObject(corrupt);
      expect(await fails('readStream', store.readStream('victim'))).toMatchObject(corrupt);
      // Reads that do not reach the event still work: corruption is reported where it is, not everywhere.
      expect(numbersOf(await readAll(store, { limit: 2 }))).toEqual([1, 2]);
      expect(numbersOf(await readAll(store, { fromPosition: 4 }))).toEqual([4]);
      expect(numbersOf(await readStream(store, 'other'))).toEqual([1, 2, 4]);
    },
  },
  {
    group,
    name: 'reads come from storage: data altered into another valid shape reads back altered (so tamper reaches what the store reads)',
    needs: 'tamper',
    run: async (context) => {
      const { store } = context;
      await succeeds('append', store.append('s', [counted(1), counted(2)]));
      await tamperOf(context).alterData(2, { n: 20 });
      expect(numbersOf(await readAll(store))).toEqual([1, 20]);
    },
  },
  {
    group,
    name: 'a subscription that reaches a corrupt event delivers what came before, then stops with CorruptEvent',
    needs: 'tamper',
    run: async (context) => {
      const { store } = context;
      for (const n of range(1, 4)) await succeeds(`append ${n}`, store.append('s', [counted(n)]));
      await tamperOf(context).alterData(3, ['not', 'an', 'object']);
      const delivered: EventEnvelope<ContractEvent>[] = [];
      const errors: (StoreError | Error)[] = [];
      context.track(store.subscribe({ onEvent: (e) => void delivered.push(e), onError: (e) => void errors.push(e) }));
      await waitUntil('onError', () => errors.length > 0, context.deliveryTimeoutMs);
      await pause(20);
      expect(errors).toMatchObject([{ _tag: 'CorruptEvent', stream: 's', globalPosition: 3 }]);
      expect(numbersOf(delivered)).toEqual([1, 2]);
    },
  },
  {
    group,
    name: 'a stored row whose data no longer parses is CorruptEvent at its position, for every read and for an append of its id; the log goes on around it',
    needs: 'rawData',
    run: async (context) => {
      const { store } = context;
      for (const n of range(1, 4)) await succeeds(`append ${n}`, store.append(n === 3 ? 'victim' : 'other', [counted(n)]));
      await writeRawDataOf(context)(3, '{"n": 3');
      const corrupt = { _tag: 'CorruptEvent', stream: 'victim', globalPosition: 3 };
      expect(await fails('readAll', store.readAll())).toMatchObject(corrupt);
      expect(await fails('readAll backwards', store.readAll({ direction: 'backwards' }))).toMatchObject(corrupt);
      expect(await fails('readStream', store.readStream('victim'))).toMatchObject(corrupt);
      expect(numbersOf(await readAll(store, { limit: 2 }))).toEqual([1, 2]);
      expect(numbersOf(await readStream(store, 'other'))).toEqual([1, 2, 4]);
      // An append that meets the row by its id gets the same answer as a read, whatever it carries.
      expect(await fails('a retry of the event at position 3', store.append('victim', [counted(3)]))).toMatchObject(corrupt);
      expect(await fails('its id with other content', store.append('victim', [counted(33, contractEventId(3))]))).toMatchObject(corrupt);
      expect(await succeeds('a new append to its stream', store.append('victim', [counted(5)]))).toMatchObject({ nextExpectedRevision: 1, positions: [5] });
      expect(numbersOf(await readAll(store, { fromPosition: 4 }))).toEqual([4, 5]);
      const delivered: EventEnvelope<ContractEvent>[] = [];
      const errors: (StoreError | Error)[] = [];
      context.track(store.subscribe({ onEvent: (e) => void delivered.push(e), onError: (e) => void errors.push(e) }));
      await waitUntil('onError', () => errors.length > 0, context.deliveryTimeoutMs);
      expect(errors).toMatchObject([corrupt]);
      expect(numbersOf(delivered)).toEqual([1, 2]);
      expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Broken', problem: { kind: 'altered', globalPosition: 3, stream: 'victim' } });
    },
  },
];
