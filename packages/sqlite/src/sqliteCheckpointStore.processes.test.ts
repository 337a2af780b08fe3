import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  CampaignEvent,
  campaignFactsProjection,
  decodeCampaignFacts,
  encodeCampaignFacts,
  runProjection,
  runProjectionWithCheckpoints,
  type CampaignFacts,
} from '@campaign-ledger/core';
import { muongTeHistory, replayHistory } from '@campaign-ledger/fixtures';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, expect, it } from 'vitest';
import { makeTempDirectory } from '../test/tempDirectory';
import { openSqliteDatabase } from './openSqliteDatabase';
import { makeSqliteCheckpointStore } from './sqliteCheckpointStore';
import { makeSqliteEventStore } from './sqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));

const checkpointPosition = (path: string, name: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT position FROM projection_checkpoints WHERE name = ?').pluck().get(name) as number | undefined) ?? 0;
  } catch {
    return 0;
  } finally {
    db.close();
  }
};

it(
  'a replay in a process killed with SIGKILL half way resumes from the checkpoint it left in the file, to the figures of one uninterrupted fold',
  async () => {
    const path = directory.file('killed');
    const opened = await openSqliteDatabase(path)();
    if (E.isLeft(opened)) return expect.unreachable(JSON.stringify(opened.left));
    const db = opened.right;
    const store = makeSqliteEventStore(db, { codec: CampaignEvent });
    expect(await replayHistory(store, muongTeHistory)).toEqual(E.right(muongTeHistory.length));
    const log = await store.readAll()();
    if (E.isLeft(log)) return expect.unreachable(log.left._tag);
    const reference: CampaignFacts = runProjection(campaignFactsProjection, log.right);

    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@campaign-ledger/source', 'test/replayWithCheckpoints.ts', path, 'facts', '4', '25'], {
      cwd: packageDirectory,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 60_000;
    while (checkpointPosition(path, 'facts') < 40 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    expect(await exited, output).toBe('SIGKILL');
    const killedAt = checkpointPosition(path, 'facts');
    expect(killedAt, 'the replay was stopped half way').toBeGreaterThanOrEqual(40);
    expect(killedAt).toBeLessThan(reference.lastGlobalPosition);
    expect(killedAt % 4 === 0 || killedAt === reference.lastGlobalPosition).toBe(true);

    const resumed = await runProjectionWithCheckpoints({
      store,
      checkpoints: makeSqliteCheckpointStore(db),
      name: 'facts',
      projection: campaignFactsProjection,
      encode: encodeCampaignFacts,
      decode: decodeCampaignFacts,
      batchSize: 4,
    })();
    if (E.isLeft(resumed)) return expect.unreachable(JSON.stringify(resumed.left));
    expect(resumed.right.resumedFrom).toBe(killedAt);
    expect(resumed.right.eventsFolded).toBe(reference.lastGlobalPosition - killedAt);
    expect(resumed.right.state).toEqual(reference);
    await store.close();
    db.close();
  },
  90_000,
);
