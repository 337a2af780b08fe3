import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { verifyLog, type EventEnvelope } from '@campaign-ledger/core';
import { startLoadWriter } from '@campaign-ledger/testing/load';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, expect, it } from 'vitest';
import { Counted } from '../test/counted';
import { makeTempDirectory } from '../test/tempDirectory';
import { openSqliteEventStore } from './openSqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
const WRITERS = 3;
const ROUNDS = 60;

/** Starts a writer process; `ready` when it has opened the file, `done` when it exits. */
const startWriter = (path: string, writer: number) =>
  startLoadWriter(
    process.execPath,
    ['--import', 'tsx', '--conditions=@campaign-ledger/source', 'test/appendFromAnotherProcess.ts', path, String(writer), String(ROUNDS)],
    packageDirectory,
  );

it(
  'several processes appending to one file at once: gapless positions, one winner per revision, an intact chain, and a subscriber in another process sees every event once, in order',
  async () => {
    const path = directory.file('processes');
    const opened = await openSqliteEventStore(path, { codec: Counted, pollIntervalMs: 10 })();
    if (E.isLeft(opened)) return expect.unreachable(JSON.stringify(opened.left));
    const store = opened.right;
    const delivered: EventEnvelope<Counted>[] = [];
    const errors: unknown[] = [];
    const subscription = store.subscribe({ onEvent: (e) => void delivered.push(e), onError: (e) => void errors.push(e) });
    try {
      const writers = Array.from({ length: WRITERS }, (_, i) => startWriter(path, i + 1));
      await Promise.all(writers.map((w) => w.ready));
      writeFileSync(`${path}.go`, '');
      const exits = await Promise.all(writers.map((w) => w.done));
      expect(exits.map(({ code, stderr }) => ({ code, stderr }))).toEqual(Array.from({ length: WRITERS }, () => ({ code: 0, stderr: '' })));

      const log = await store.readAll()();
      if (E.isLeft(log)) return expect.unreachable(JSON.stringify(log.left));
      const total = WRITERS * ROUNDS * 3;
      expect(log.right.map((e) => e.globalPosition)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      const shared = log.right.filter((e) => e.stream === 'shared');
      expect(shared.map((e) => e.streamRevision)).toEqual(Array.from({ length: WRITERS * ROUNDS }, (_, i) => i));
      for (let w = 1; w <= WRITERS; w++) {
        const mine = (e: EventEnvelope<Counted>) => Math.floor(e.event.data.n / 100_000) === w;
        expect(shared.filter(mine).map((e) => e.event.data.n % 100_000), `writer ${w} in the shared stream, once each, in its order`).toEqual(
          Array.from({ length: ROUNDS }, (_, k) => (k + 1) * 10 + 3),
        );
        const own = log.right.filter((e) => e.stream === `w-${w}`);
        // Each batch of two landed together.
        for (let i = 0; i < own.length; i += 2) expect(own[i + 1]?.globalPosition).toBe((own[i]?.globalPosition ?? 0) + 1);
      }
      // How much the writers' turns interleave is up to the OS scheduler, so it is not asserted: what
      // must hold whatever the interleaving is checked above (revisions, whole batches) and below.
      expect(await verifyLog(store)()).toEqual(E.right({ _tag: 'Intact', headPosition: total, headHash: log.right[total - 1]?.hash, eventCount: total }));

      const deadline = Date.now() + 10_000;
      while (delivered.length < total && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(delivered.map((e) => e.eventId)).toEqual(log.right.map((e) => e.eventId));
      expect(errors).toEqual([]);
    } finally {
      await subscription.close();
      await store.close();
    }
  },
  90_000,
);
