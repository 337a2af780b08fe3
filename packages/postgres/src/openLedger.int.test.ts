import { CampaignEvent, campaignDomainDate, campaignFactsProjection, makeInMemoryEventStore, runProjection, verifyLog, type NewEvent } from '@campaign-ledger/core';
import { afterEach, expect, it } from 'vitest';
import { muongTeEvents } from '@campaign-ledger/fixtures';
import { openLedger, type Ledger } from '../test/openLedger';
import { right } from '../test/storeFixtures';
import { createDatabase, describeWithPostgres, type TestDatabase } from '../test/testDatabases';

const eventId = (n: number): string => `6c1a7e00-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const newEventsOf = (events: ReadonlyArray<CampaignEvent>): ReadonlyArray<NewEvent<CampaignEvent>> =>
  events.map((event, i) => ({ id: eventId(i + 1), event, domainDate: campaignDomainDate(event) }));
const clock = () => new Date('2010-12-31T00:00:00.000Z');

describeWithPostgres('the quick start of the docs', (adminUrl) => {
  const ledgers: Ledger[] = [];
  const databases: TestDatabase[] = [];
  afterEach(async () => {
    for (const ledger of ledgers.splice(0)) await ledger.close();
    for (const database of databases.splice(0)) await database.drop();
  });

  it('opens a migrated ledger that stores the campaign history as the in-memory store does, and opens again', async () => {
    const history = await muongTeEvents();
    const newEvents = newEventsOf(history);
    const database = await createDatabase(adminUrl);
    databases.push(database);
    const ledger = await openLedger(database.url, clock);
    ledgers.push(ledger);
    await right(ledger.store.append('campaign-muong-te', newEvents, { expectedRevision: 'no-stream' }));
    const memory = makeInMemoryEventStore({ codec: CampaignEvent, clock });
    await right(memory.append('campaign-muong-te', newEvents, { expectedRevision: 'no-stream' }));

    const stored = await right(ledger.store.readAll());
    expect(stored).toEqual(await right(memory.readAll()));
    expect(runProjection(campaignFactsProjection, stored)).toEqual(runProjection(campaignFactsProjection, await right(memory.readAll())));
    expect(await right(verifyLog(ledger.store))).toMatchObject({ _tag: 'Intact', eventCount: history.length });

    const reopened = await openLedger(database.url);
    ledgers.push(reopened);
    expect((await right(reopened.store.readStream('campaign-muong-te'))).length).toBe(history.length);
  });
});
