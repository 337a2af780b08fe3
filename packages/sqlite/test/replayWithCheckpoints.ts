import { CampaignEvent, campaignFactsProjection, decodeCampaignFacts, describeStoreError, encodeCampaignFacts, runProjectionWithCheckpoints } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { openSqliteDatabase } from '../src/openSqliteDatabase';
import { makeSqliteCheckpointStore } from '../src/sqliteCheckpointStore';
import { makeSqliteEventStore } from '../src/sqliteEventStore';

// Test-only, run as a child process by sqliteCheckpointStore.processes.test.ts, which kills it
// half way: folds the campaign facts of the file with checkpoints, a small batch at a time and
// slowly, so that the kill lands in the middle of the replay.

const [path, name, batchArg, pauseArg] = process.argv.slice(2);

const main = async (): Promise<void> => {
  const opened = await openSqliteDatabase(path as string)();
  if (E.isLeft(opened)) throw new Error(describeStoreError(opened.left));
  const db = opened.right;
  const store = makeSqliteEventStore(db, { codec: CampaignEvent });
  const run = await runProjectionWithCheckpoints({
    store: { readAll: (options) => async () => (await new Promise((resolve) => setTimeout(resolve, Number(pauseArg))), store.readAll(options)()) },
    checkpoints: makeSqliteCheckpointStore(db),
    name: name as string,
    projection: campaignFactsProjection,
    encode: encodeCampaignFacts,
    decode: decodeCampaignFacts,
    batchSize: Number(batchArg),
  })();
  process.stdout.write(E.isRight(run) ? `done at ${run.right.position}\n` : `failed: ${run.left._tag}\n`);
};

void main();
