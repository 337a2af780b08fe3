import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { verifyLog } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, expect, it } from 'vitest';
import { Counted } from '../test/counted';
import { IMPORT_BATCH_SIZE, IMPORT_BATCHES, importEventId } from '../test/importBatches';
import { makeTempDirectory } from '../test/tempDirectory';
import { openSqliteEventStore } from './openSqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
const KILLS = Number(process.env['KILL_POINTS'] ?? 20);

// A fixed sequence of kill delays, so that a failure can be run again as it was.
const delays = (count: number): ReadonlyArray<number> => {
  let a = 2_026;
  return Array.from({ length: count }, () => {
    a = (a * 1_103_515_245 + 12_345) % 2 ** 31;
    return a % 150;
  });
};

/** Runs the import in a child; kills it with SIGKILL `delayMs` after it opened the file (never, when null). */
const runImport = (path: string, delayMs: number | null): Promise<{ readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@campaign-ledger/source', 'test/importUntilKilled.ts', path], {
      cwd: packageDirectory,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const started = !stdout.includes('started\n');
      stdout += chunk.toString();
      if (started && stdout.includes('started\n') && delayMs !== null) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (_code, signal) => resolve({ signal, stdout, stderr }));
  });

// What the file holds: the ids in log order, which must be the import's first batches, whole.
const storedIds = async (path: string): Promise<ReadonlyArray<string>> => {
  const opened = await openSqliteEventStore(path, { codec: Counted })();
  if (E.isLeft(opened)) return expect.unreachable(`the file opens after a kill: ${JSON.stringify(opened.left)}`);
  try {
    const verified = await verifyLog(opened.right)();
    expect(verified, 'the log verifies after a kill').toMatchObject(E.right({ _tag: 'Intact' }));
    const log = await opened.right.readAll()();
    if (E.isLeft(log)) return expect.unreachable('the log reads');
    return log.right.map((e) => e.eventId);
  } finally {
    await opened.right.close();
  }
};

const firstBatches = (count: number): ReadonlyArray<string> =>
  Array.from({ length: count * IMPORT_BATCH_SIZE }, (_, k) => importEventId(Math.floor(k / IMPORT_BATCH_SIZE), k % IMPORT_BATCH_SIZE));

it(
  `an import killed with SIGKILL at ${KILLS} random moments leaves, each time, a file that opens and verifies and holds exactly its first batches, whole; run again, it resumes and completes with nothing twice`,
  async () => {
    const path = directory.file('killed');
    let killedMidway = 0;
    let previous = 0;
    for (const delay of delays(KILLS)) {
      const run = await runImport(path, delay);
      expect(run.stderr).toBe('');
      const ids = await storedIds(path);
      expect(ids.length % IMPORT_BATCH_SIZE, `whole batches only, after a kill ${delay} ms in`).toBe(0);
      expect(ids).toEqual(firstBatches(ids.length / IMPORT_BATCH_SIZE));
      // What was stored stays: a run never loses what the runs before it stored.
      expect(ids.length).toBeGreaterThanOrEqual(previous);
      previous = ids.length;
      if (run.signal === 'SIGKILL' && ids.length < IMPORT_BATCHES * IMPORT_BATCH_SIZE) killedMidway += 1;
    }
    // The kills must land mid-import, or the test proves little: the delays are short enough.
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS - 1);
    const last = await runImport(path, null);
    expect(last.stdout).toContain('done\n');
    expect(await storedIds(path)).toEqual(firstBatches(IMPORT_BATCHES));
  },
  600_000,
);
