// Set-up `muongTeTimeline`: the Mường Tè history recorded as the district would have recorded it,
// year by year (examples/muong-te/src/recordedTimeline.ts): the set-up and direction in January
// 2007, each year's facts in the January after it, the contests and awards on 20 January 2011.
// Every event's recordedAt says when the district learnt the fact.
import { CampaignEvent, type CampaignLedger, type EventStore, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import { CAMPAIGN_ID, contest, org } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';
import { makeReplayClock, replayTimeline } from '../../examples/muong-te/src/recordedTimeline';

const clock = makeReplayClock(new Date(Date.UTC(2007, 0, 1)));

/** The in-memory store holding the history, stamped by a clock the recording moves year by year. */
export const store: EventStore<CampaignEvent> = makeInMemoryEventStore({ codec: CampaignEvent, clock: clock.now });

const recorded = await replayTimeline(store, clock);
if (E.isLeft(recorded)) throw new Error(`the Mường Tè history was not recorded: ${recorded.left.message}`);

/** The ledger of the Mường Tè campaign over `store`, rolling figures up over the district. */
export const ledger: CampaignLedger = makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district });

export { CAMPAIGN_ID, contest, org };
