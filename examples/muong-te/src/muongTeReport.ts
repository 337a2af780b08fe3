import {
  type CampaignEvent,
  type CampaignReport,
  type EventStore,
  type LogStatus,
  buildAuditSection,
  buildCampaignReport,
  builtInRules,
  campaignFactsProjection,
  describeStoreError,
  exportDigest,
  runProjection,
  withAudit,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { muongTeHistory, org } from './history';
import { type ReplayFailure, replayHistory } from './replay';

/** Why the example could not produce its report. */
export type MuongTeReportError = ReplayFailure | { readonly _tag: 'ReadFailed'; readonly message: string };

/**
 * Records the Mường Tè history into a store through the public API, reads the whole log back,
 * folds it into the campaign's facts and builds the report over the district's scope, closed by
 * its audit: reconciliation, the built-in validation rules and the verification of the log.
 */
export const muongTeReport = async (store: EventStore<CampaignEvent>): Promise<E.Either<MuongTeReportError, CampaignReport>> => {
  const replayed = await replayHistory(store, muongTeHistory);
  if (E.isLeft(replayed)) return replayed;
  const log = await store.readAll()();
  if (E.isLeft(log)) return E.left({ _tag: 'ReadFailed', message: log.left._tag });
  const facts = runProjection(campaignFactsProjection, log.right);
  const digest = await exportDigest(store)();
  const logStatus: LogStatus = E.isRight(digest)
    ? { _tag: 'Intact', digest: digest.right }
    : digest.left._tag === 'Broken'
      ? { _tag: 'Broken', problem: digest.left.problem }
      : { _tag: 'NotVerified', reason: describeStoreError(digest.left) };
  const report = buildCampaignReport(facts, { organisationId: org.district });
  return E.right(withAudit(report, buildAuditSection(facts, builtInRules, logStatus)));
};
