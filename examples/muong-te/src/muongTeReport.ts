import {
  type CampaignEvent,
  type CampaignReport,
  type EventStore,
  campaignStreamName,
  describeHandleCommandError,
  describeStoreError,
  makeCampaignLedger,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { CAMPAIGN_ID, type ReplayFailure, muongTeHistory, org } from '@campaign-ledger/fixtures';

/** Why the example could not produce its report. */
export type MuongTeReportError = ReplayFailure | { readonly _tag: 'ReadFailed'; readonly message: string };

/** Options of the example's report: the ids given to new events (a counter makes a replay repeat exactly). */
export interface MuongTeReportOptions {
  readonly newId?: () => string;
  /** Told when the store already holds the history and nothing is recorded. */
  readonly onExistingHistory?: (events: number) => void;
}

/**
 * Records the Mường Tè history into a store through the ledger (unless the store already holds
 * it: a durable store keeps it from an earlier run), then asks the ledger for the report over the
 * district's scope, closed by its audit: reconciliation, the built-in validation rules and the
 * verification of the log.
 */
export const muongTeReport = async (
  store: EventStore<CampaignEvent>,
  options: MuongTeReportOptions = {},
): Promise<E.Either<MuongTeReportError, CampaignReport>> => {
  const ledger = makeCampaignLedger({
    store,
    campaignId: CAMPAIGN_ID,
    organisationId: org.district,
    ...(options.newId === undefined ? {} : { newId: options.newId }),
  });
  const stream = campaignStreamName(CAMPAIGN_ID);
  const existing = await store.readStream(stream, { direction: 'backwards', limit: 1 })();
  if (E.isLeft(existing)) return E.left({ _tag: 'ReadFailed', message: describeStoreError(existing.left) });
  const last = existing.right[0];
  if (last === undefined) {
    for (const [index, command] of muongTeHistory.entries()) {
      const recorded = await ledger.record(command)();
      if (E.isLeft(recorded)) {
        const message = recorded.left._tag === 'CampaignMismatch' ? `the command launches ${recorded.left.found}` : describeHandleCommandError(recorded.left);
        return E.left({ _tag: 'ReplayFailed', index, commandType: command.type, message });
      }
    }
  } else options.onExistingHistory?.(last.streamRevision + 1);
  const report = await ledger.report()();
  return E.isLeft(report) ? E.left({ _tag: 'ReadFailed', message: describeStoreError(report.left) }) : E.right(report.right.report);
};
