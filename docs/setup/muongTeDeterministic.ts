// Set-up `muongTeDeterministic`: the Mường Tè history recorded with counter ids and a clock that
// starts on 2011-01-20 and ticks one second per event (examples/muong-te/src/deterministicReplay.ts),
// so that every run gives the same log, the same hashes and the same digest; and a copy of that log
// altered behind the store's back.
import { CampaignEvent, type CampaignLedger, type EventStore, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import { makeInMemoryStorage } from '@campaign-ledger/core/adapter';
import { CAMPAIGN_ID, org } from '@campaign-ledger/fixtures';
import { replayDeterministically } from '../../examples/muong-te/src/deterministicReplay';

const recorded = await replayDeterministically();

/** The in-memory store holding the history, recorded the same way on every run. */
export const store: EventStore<CampaignEvent> = recorded.store;

/** The ledger of the Mường Tè campaign over `store`. */
export const ledger: CampaignLedger = makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district });

// A copy of the stored log in which the 1.795 party members who studied in 2007 read 1.895, as
// someone with write access to the store's disk could make it: no hash is touched.
const copy = makeInMemoryStorage<CampaignEvent>();
copy.log.push(...recorded.storage.log);
const index = copy.log.findIndex((e) => e.event.type === 'ParticipationReported' && e.event.data.factId === 'fact:2007/participants/party-members');
const original = copy.log[index];
if (original === undefined || original.event.type !== 'ParticipationReported') throw new Error('the 2007 party members are not in the log');
copy.log[index] = { ...original, event: { ...original.event, data: { ...original.event.data, count: 1895 as typeof original.event.data.count } } };

/** A store over that altered copy of the log. */
export const tampered: EventStore<CampaignEvent> = makeInMemoryEventStore({ codec: CampaignEvent, storage: copy });

export { CAMPAIGN_ID, org };
