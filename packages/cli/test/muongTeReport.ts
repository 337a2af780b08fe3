import { CampaignEvent, type CampaignReport, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import { CAMPAIGN_ID, muongTeHistory, org, replayHistory } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';

/** The Mường Tè history's report over the district, with its audit, as the ledger builds it from an in-memory store. */
export const muongTeReport = async (): Promise<CampaignReport> => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replayed = await replayHistory(store, muongTeHistory);
  if (E.isLeft(replayed)) throw new Error(replayed.left.message);
  const built = await makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district }).report()();
  if (E.isLeft(built)) throw new Error(`the report cannot be built: ${built.left._tag}`);
  return built.right.report;
};
