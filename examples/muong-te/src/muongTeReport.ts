import {
  type CampaignEvent,
  type CampaignReport,
  type EventStore,
  buildCampaignReport,
  campaignFactsProjection,
  runProjection,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { muongTeHistory, org } from './history';
import { type ReplayFailure, replayHistory } from './replay';

/** Why the example could not produce its report. */
export type MuongTeReportError = ReplayFailure | { readonly _tag: 'ReadFailed'; readonly message: string };

/**
 * Records the Mường Tè history into a store through the public API, reads the whole log back,
 * folds it into the campaign's facts and builds the report over the district's scope.
 */
export const muongTeReport = async (store: EventStore<CampaignEvent>): Promise<E.Either<MuongTeReportError, CampaignReport>> => {
  const replayed = await replayHistory(store, muongTeHistory);
  if (E.isLeft(replayed)) return replayed;
  const log = await store.readAll()();
  if (E.isLeft(log)) return E.left({ _tag: 'ReadFailed', message: log.left._tag });
  const facts = runProjection(campaignFactsProjection, log.right);
  return E.right(buildCampaignReport(facts, { organisationId: org.district }));
};
