import { verifyLog, type NewEvent, type StoreError } from '@campaign-ledger/core';
import { MAX_STREAM_NAME_BYTES } from '@campaign-ledger/core/adapter';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { expect } from 'vitest';
import { fails, idsOf, readAll, readStream, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { contractEventId, counted, type ContractEvent } from '../contractEvent';

const group = 'stream names and event types';

// Names no store can keep: UTF-8 cannot carry a lone surrogate, PostgreSQL text cannot keep a NUL,
// and a megabyte is far past the limit.
const unstorable: ReadonlyArray<readonly [string, string]> = [
  ['with a lone high surrogate', 'campaign-\ud800'],
  ['with a lone low surrogate', '\udc00campaign'],
  ['with a reversed surrogate pair', 'campaign-\udc9c\ud83d'],
  ['with a NUL character', 'campaign\u0000muong-te'],
  ['of 1 MB', 'x'.repeat(1024 * 1024)],
];

const typed = (n: number, type: string): NewEvent<ContractEvent> => ({ id: contractEventId(n), event: { type, data: { n } } as unknown as ContractEvent, domainDate: null });

const reasonOf = (error: StoreError): string =>
  error._tag === 'InvalidEvent' ? (typeof error.reason === 'string' ? error.reason : error.reason.message) : error._tag === 'InvalidStreamName' ? error.reason : '';

/**
 * Stream names are kept in Unicode NFC and event types exactly, and those no store can keep are
 * refused alike, as values, with nothing written.
 */
export const nameChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'a stream name is kept in NFC: typed with combining marks (NFD) or precomposed (NFC), it names one stream, read and reported as the NFC form',
    run: async ({ store }) => {
      const composed = 'campaign-xã-mường-tè';
      const decomposed = composed.normalize('NFD');
      expect(decomposed).not.toBe(composed);
      await succeeds('an append under the decomposed name', store.append(decomposed, [counted(1)], { expectedRevision: 'no-stream' }));
      await succeeds('an append under the composed name, at the revision the first left', store.append(composed, [counted(2)], { expectedRevision: 0 }));
      const refused = await fails('a second start of the stream under the decomposed name', store.append(decomposed, [counted(3)], { expectedRevision: 'no-stream' }));
      expect(refused).toMatchObject({ _tag: 'WrongExpectedRevision', stream: composed, actual: 1 });
      for (const name of [composed, decomposed]) {
        const read = await readStream(store, name);
        expect(idsOf(read)).toEqual([contractEventId(1), contractEventId(2)]);
        expect(read.map((e) => e.stream)).toEqual([composed, composed]);
      }
      expect((await readAll(store)).map((e) => e.stream)).toEqual([composed, composed]);
      expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 2 });
    },
  },
  ...unstorable.map(
    ([what, name]): ContractCheck => ({
      group,
      name: `a stream name or event type ${what} is refused (InvalidStreamName, InvalidEvent), nothing is written, and the log still verifies`,
      run: async ({ store }) => {
        await succeeds('a first event', store.append('kept', [counted(1)]));
        const attempts: ReadonlyArray<readonly [string, TE.TaskEither<StoreError, unknown>]> = [
          ['an append to it', store.append(name, [counted(2)])],
          ['an empty append to it', store.append(name, [])],
          ["an append to it expecting 'no-stream'", store.append(name, [counted(2)], { expectedRevision: 'no-stream' })],
          ['a read of it', store.readStream(name)],
        ];
        for (const [doing, task] of attempts) {
          const error = await fails(doing, task);
          expect(error._tag, `${doing}: ${reasonOf(error)}`).toBe('InvalidStreamName');
          expect(error._tag === 'InvalidStreamName' && error.stream === name, `${doing}: the error names the stream`).toBe(true);
        }
        const badType = await fails('an event of that type', store.append('kept', [counted(3), typed(4, name)]));
        expect(badType).toMatchObject({ _tag: 'InvalidEvent', index: 1, eventId: contractEventId(4) });
        expect(reasonOf(badType), 'the reason names the event type').toMatch(/^the event type /);
        expect(idsOf(await readAll(store))).toEqual([contractEventId(1)]);
        expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 1 });
        expect(await succeeds('the next append', store.append('kept', [counted(5)]))).toMatchObject({ nextExpectedRevision: 1, positions: [2] });
      },
    }),
  ),
  {
    group,
    name: `a stream name of ${MAX_STREAM_NAME_BYTES} bytes in UTF-8 is kept exactly, one byte more is refused; surrogate pairs are kept`,
    run: async ({ store }) => {
      // 'ư' takes two bytes in UTF-8 and one code unit, '📜' four bytes and two: the limit counts bytes.
      const longest = `📜-x${'ư'.repeat((MAX_STREAM_NAME_BYTES - 6) / 2)}`;
      expect(new TextEncoder().encode(longest).length).toBe(MAX_STREAM_NAME_BYTES);
      await succeeds('an append to the longest name', store.append(longest, [counted(1)]));
      expect((await readStream(store, longest)).map((e) => e.stream)).toEqual([longest]);
      expect((await readAll(store)).map((e) => e.stream)).toEqual([longest]);
      const error = await fails('one byte more', store.append(`${longest}x`, [counted(2)]));
      expect(error).toMatchObject({ _tag: 'InvalidStreamName', stream: `${longest}x` });
      expect(reasonOf(error)).toContain(`${MAX_STREAM_NAME_BYTES + 1} bytes`);
      expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 1 });
    },
  },
];
