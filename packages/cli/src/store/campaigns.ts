import { type CampaignEvent, type EventStore, type Projection, describeStoreError, replayAsOf } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';

// The campaigns launched in a log, in order: a fold, so that the log is read a page at a time.
const launched: Projection<CampaignEvent, ReadonlyArray<string>> = {
  init: () => [],
  evolve: (campaigns, e) => (e.event.type === 'CampaignLaunched' ? [...campaigns, e.event.data.campaignId as string] : campaigns),
};

/** The campaigns a store holds: every campaign launched in it, in the order they were launched. */
export const campaignsIn = async (store: EventStore<CampaignEvent>): Promise<E.Either<CliFailure, ReadonlyArray<string>>> => {
  const held = await replayAsOf(store, [], launched)();
  return E.isLeft(held) ? E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(held.left) }) : held;
};

/**
 * The campaign a reading command works on: the one `--campaign` names, or the store's only one.
 * A store with none, or with several and no `--campaign`, is one clear line.
 */
export const chooseCampaign = async (store: EventStore<CampaignEvent>, named: string | undefined): Promise<E.Either<CliFailure, string>> => {
  const held = await campaignsIn(store);
  if (E.isLeft(held)) return held;
  const campaigns = held.right;
  if (named !== undefined) {
    return campaigns.includes(named)
      ? E.right(named)
      : E.left({ exitCode: EXIT.badInput, message: `the store holds no campaign ${named}${campaigns.length === 0 ? '' : `; it holds ${campaigns.join(', ')}`}` });
  }
  if (campaigns.length === 1) return E.right(campaigns[0] as string);
  return E.left({
    exitCode: EXIT.badInput,
    message: campaigns.length === 0 ? 'the store holds no campaign yet: record a transcription (campaign-ledger record <file>) or import events first' : `the store holds ${campaigns.length} campaigns (${campaigns.join(', ')}): choose one with --campaign`,
  });
};

/**
 * Whether a file that records into `campaign` may be recorded into this store: an empty store, or
 * one that holds only that campaign, or `--campaign` naming it when the store holds others too.
 */
export const checkRecordingCampaign = async (
  store: EventStore<CampaignEvent>,
  campaign: string,
  named: string | undefined,
  file: string,
): Promise<E.Either<CliFailure, void>> => {
  if (named !== undefined && named !== campaign) {
    return E.left({ exitCode: EXIT.badInput, message: `${file} records into the campaign ${campaign}, not ${named} (--campaign)` });
  }
  const held = await campaignsIn(store);
  if (E.isLeft(held)) return held;
  const others = held.right.filter((c) => c !== campaign);
  if (others.length === 0 || named === campaign) return E.right(undefined);
  return E.left({
    exitCode: EXIT.badInput,
    message: `the store holds the campaign ${others.join(', ')}, and ${file} records into ${campaign}: nothing was recorded; to keep both in this store, pass --campaign ${campaign}`,
  });
};
