// Set-up `muongTe`: the Mường Tè history (@campaign-ledger/fixtures: the 180 commands of the
// district's 2007–2010 report) recorded now into an in-memory store, and its facts folded.
import { CampaignEvent, type CampaignFacts, type CampaignLedger, type EventStore, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import { CAMPAIGN_ID, muongTeHistory, org, replayHistory } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';

/** The in-memory store holding the Mường Tè history. */
export const store: EventStore<CampaignEvent> = makeInMemoryEventStore({ codec: CampaignEvent });

const replayed = await replayHistory(store, muongTeHistory);
if (E.isLeft(replayed)) throw new Error(`the Mường Tè history was not recorded: ${replayed.left.message}`);

/** The ledger of the Mường Tè campaign over `store`, rolling figures up over the district. */
export const ledger: CampaignLedger = makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district });

const figures = await ledger.figures()();
if (E.isLeft(figures)) throw new Error(`the Mường Tè log cannot be read: ${figures.left._tag}`);

/** The campaign's facts, folded from the whole log. */
export const facts: CampaignFacts = figures.right.facts;

export { CAMPAIGN_ID, org };
