import { fileURLToPath } from 'node:url';
import { verifyLog } from '@campaign-ledger/core';
import { ContractEvent, importedIds, KILL_TEST_IMPORT, killDelays, killedMidway, killRoundProblems, runKilledChild, runKillRounds } from '@campaign-ledger/testing/load';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, expect, it } from 'vitest';
import { makeTempDirectory } from '../test/tempDirectory';
import { openSqliteEventStore } from './openSqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
const KILLS = Number(process.env['KILL_POINTS'] ?? 20);
const plan = KILL_TEST_IMPORT;

const runImport = (path: string, killAfterMs: number | null) =>
  runKilledChild(process.execPath, ['--import', 'tsx', '--conditions=@campaign-ledger/source', 'test/importUntilKilled.ts', path], packageDirectory, killAfterMs);

// What the file holds, once it opened and verified: the ids in log order.
const storedIds = async (path: string): Promise<ReadonlyArray<string>> => {
  const opened = await openSqliteEventStore(path, { codec: ContractEvent })();
  if (E.isLeft(opened)) return expect.unreachable(`the file opens after a kill: ${JSON.stringify(opened.left)}`);
  try {
    expect(await verifyLog(opened.right)(), 'the log verifies after a kill').toMatchObject(E.right({ _tag: 'Intact' }));
    const log = await opened.right.readAll()();
    if (E.isLeft(log)) return expect.unreachable('the log reads');
    return log.right.map((e) => e.eventId);
  } finally {
    await opened.right.close();
  }
};

it(
  `an import killed with SIGKILL at ${KILLS} random moments leaves, each time, a file that opens and verifies and holds exactly its first batches, whole; run again, it resumes and completes with nothing twice`,
  async () => {
    const path = directory.file('killed');
    const rounds = await runKillRounds(killDelays(KILLS, 150), (delay) => runImport(path, delay), () => storedIds(path));
    expect(killRoundProblems(rounds, plan)).toEqual([]);
    // The kills must land mid-import, or the test proves little: the delays are short enough.
    expect(killedMidway(rounds, plan)).toBeGreaterThanOrEqual(KILLS - 1);
    const last = await runImport(path, null);
    expect(last.stdout).toContain('done\n');
    expect(await storedIds(path)).toEqual(importedIds(plan, plan.batches));
  },
  600_000,
);
