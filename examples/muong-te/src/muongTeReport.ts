import {
  type CampaignEvent,
  type CampaignReport,
  type EventStore,
  type LogStatus,
  buildAuditSection,
  buildCampaignReport,
  builtInRules,
  campaignFactsProjection,
  campaignStreamName,
  describeStoreError,
  exportDigest,
  figureLookup,
  reconcile,
  runProjection,
  withAudit,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { CAMPAIGN_ID, muongTeHistory, org } from '@campaign-ledger/fixtures';
import { type ReplayFailure, replayHistory } from '@campaign-ledger/fixtures';

/** Why the example could not produce its report. */
export type MuongTeReportError = ReplayFailure | { readonly _tag: 'ReadFailed'; readonly message: string };

/** Options of the example's report: the ids given to new events (a counter makes a replay repeat exactly). */
export interface MuongTeReportOptions {
  readonly newId?: () => string;
  /** Told when the store already holds the history and nothing is recorded. */
  readonly onExistingHistory?: (events: number) => void;
}

/**
 * Records the Mường Tè history into a store through the public API (unless the store already
 * holds it: a durable store keeps it from an earlier run), reads the whole log back, folds it
 * into the campaign's facts and builds the report over the district's scope, closed by its audit:
 * reconciliation, the built-in validation rules and the verification of the log.
 */
export const muongTeReport = async (
  store: EventStore<CampaignEvent>,
  options: MuongTeReportOptions = {},
): Promise<E.Either<MuongTeReportError, CampaignReport>> => {
  const existing = await store.readStream(campaignStreamName(CAMPAIGN_ID), { limit: 1 })();
  if (E.isLeft(existing)) return E.left({ _tag: 'ReadFailed', message: describeStoreError(existing.left) });
  if (existing.right.length === 0) {
    const replayed = await replayHistory(store, muongTeHistory, options.newId === undefined ? {} : { newId: options.newId });
    if (E.isLeft(replayed)) return replayed;
  }
  const log = await store.readAll()();
  if (E.isLeft(log)) return E.left({ _tag: 'ReadFailed', message: describeStoreError(log.left) });
  // The whole log is read anyway: count the history already there from it, not with a second read.
  if (existing.right.length > 0) options.onExistingHistory?.(log.right.filter((e) => e.stream === campaignStreamName(CAMPAIGN_ID)).length);
  const facts = runProjection(campaignFactsProjection, log.right);
  const digest = await exportDigest(store)();
  const logStatus: LogStatus = E.isRight(digest)
    ? { _tag: 'Intact', digest: digest.right }
    : digest.left._tag === 'Broken'
      ? { _tag: 'Broken', problem: digest.left.problem }
      : { _tag: 'NotVerified', reason: describeStoreError(digest.left) };
  // The report and its audit share the figures and the reconciliation: one verdict per statement.
  const figures = figureLookup(facts);
  const reconciliations = reconcile(facts, figures);
  const report = buildCampaignReport(facts, { organisationId: org.district, figures, reconciliations });
  return E.right(withAudit(report, buildAuditSection(facts, builtInRules, logStatus, { figures, reconciliations })));
};
