import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { verifyLog } from '@campaign-ledger/core';
import { checkCommandLoad, runLoadInProcesses, startLoadWriter, Tallied } from '@campaign-ledger/testing/load';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, expect, it } from 'vitest';
import { makeTempDirectory } from '../test/tempDirectory';
import { openSqliteEventStore } from './openSqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
// The full load (8 × 1,000 commands on 50 streams) runs in `npm run test:faults`; the suite's is smaller.
const WRITERS = 8;
const COMMANDS = Number(process.env['LOAD_COMMANDS'] ?? 120);
const STREAMS = Number(process.env['LOAD_STREAMS'] ?? 50);

const startWriter = (path: string, writer: number) =>
  startLoadWriter(
    process.execPath,
    ['--import', 'tsx', '--conditions=@campaign-ledger/source', 'test/commandLoadFromAnotherProcess.ts', path, String(writer), String(COMMANDS), String(STREAMS)],
    packageDirectory,
  );

it(
  `${WRITERS} processes × ${COMMANDS} commands through handleCommand on ${STREAMS} shared streams: every command accepted with no caller-level retry, its events once each, positions and revisions without a gap, and a subscriber that saw every event once, in order`,
  async () => {
    const path = directory.file('load');
    const opened = await openSqliteEventStore(path, { codec: Tallied, pollIntervalMs: 10 })();
    if (E.isLeft(opened)) return expect.unreachable(JSON.stringify(opened.left));
    const store = opened.right;
    try {
      const run = await runLoadInProcesses(store, { writers: WRITERS, start: (writer) => startWriter(path, writer), go: () => writeFileSync(`${path}.go`, '') });
      expect(run.exits.map(({ code, stderr }) => ({ code, stderr }))).toEqual(Array.from({ length: WRITERS }, () => ({ code: 0, stderr: '' })));
      expect(run.reports).toHaveLength(WRITERS);
      expect(checkCommandLoad(run.log, run.reports, run.delivered)).toEqual([]);
      expect(run.reports.flatMap((r) => r.outcomes)).toHaveLength(WRITERS * COMMANDS);
      expect(run.subscriptionErrors).toEqual([]);
      expect(await verifyLog(store)()).toMatchObject(E.right({ _tag: 'Intact', eventCount: run.log.length }));
    } finally {
      await store.close();
    }
  },
  300_000,
);
