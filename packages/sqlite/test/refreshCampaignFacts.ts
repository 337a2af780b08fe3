import { CampaignEvent, campaignFactsProjection, decodeCampaignFacts, encodeCampaignFacts, runProjectionWithCheckpoints } from '@campaign-ledger/core';
import { makeSqliteCheckpointStore, makeSqliteEventStore, openSqliteDatabase } from '@campaign-ledger/sqlite';
import * as E from 'fp-ts/lib/Either.js';

// The example of docs/adapters/sqlite.md, run by src/sqliteLedger.docs.test.ts.

/** Opens a ledger file, brings the campaign facts up to date from their checkpoint in the same file, and closes it. */
export const refreshCampaignFacts = async (path: string) => {
  const opened = await openSqliteDatabase(path)();
  if (E.isLeft(opened)) return opened;
  const db = opened.right;
  try {
    return await runProjectionWithCheckpoints({
      store: makeSqliteEventStore(db, { codec: CampaignEvent }),
      checkpoints: makeSqliteCheckpointStore(db),
      name: 'campaign-facts',
      projection: campaignFactsProjection,
      encode: encodeCampaignFacts,
      decode: decodeCampaignFacts,
      batchSize: 1_000,
    })();
  } finally {
    db.close();
  }
};
