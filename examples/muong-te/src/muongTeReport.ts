import { type CampaignEvent, type CampaignReport, type EventStore, describeStoreError, makeCampaignLedger } from '@campaign-ledger/core';
import { CAMPAIGN_ID, org } from '@campaign-ledger/fixtures';
import { describeTranscriptionError, recordTranscription } from '@campaign-ledger/transcription';
import * as E from 'fp-ts/lib/Either.js';
import { readMuongTeTranscription } from './muongTeTranscription';

/** Why the example could not produce its report. */
export type MuongTeReportError =
  | { readonly _tag: 'TranscriptionFailed'; readonly message: string }
  | { readonly _tag: 'ReadFailed'; readonly message: string };

/** Options of the example's report. */
export interface MuongTeReportOptions {
  /** Told when the store already holds the history and nothing is recorded. */
  readonly onExistingHistory?: (events: number) => void;
}

/**
 * Records the Mường Tè transcription (examples/muong-te/muong-te.report.yaml) into a store, which
 * adds nothing when the store already holds it (a durable store keeps it from an earlier run), then
 * asks the ledger for the report over the district's scope, closed by its audit: reconciliation,
 * the built-in validation rules and the verification of the log.
 */
export const muongTeReport = async (
  store: EventStore<CampaignEvent>,
  options: MuongTeReportOptions = {},
): Promise<E.Either<MuongTeReportError, CampaignReport>> => {
  const sourced = readMuongTeTranscription();
  if (E.isLeft(sourced)) return E.left({ _tag: 'TranscriptionFailed', message: describeTranscriptionError(sourced.left) });
  const recorded = await recordTranscription(store, sourced.right)();
  if (E.isLeft(recorded)) return E.left({ _tag: 'TranscriptionFailed', message: describeTranscriptionError(recorded.left) });
  if (recorded.right.events.length === 0) options.onExistingHistory?.(recorded.right.revision + 1);
  const ledger = makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district });
  const report = await ledger.report()();
  return E.isLeft(report) ? E.left({ _tag: 'ReadFailed', message: describeStoreError(report.left) }) : E.right(report.right.report);
};
