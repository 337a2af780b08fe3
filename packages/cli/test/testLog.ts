import { CampaignEvent, type EventEnvelope, makeInMemoryEventStore } from '@campaign-ledger/core';
import { muongTeEvents } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';

/**
 * A small log for the interchange's tests: the first Mường Tè events in the campaign's stream,
 * recorded in two appends a minute apart, with one event of another stream between them.
 */
export const testLog = async (): Promise<ReadonlyArray<EventEnvelope<CampaignEvent>>> => {
  const events = (await muongTeEvents()).slice(0, 6);
  let minute = 0;
  const store = makeInMemoryEventStore({ codec: CampaignEvent, clock: () => new Date(Date.UTC(2011, 0, 20, 8, minute++)) });
  const newEvent = (event: CampaignEvent, i: number) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    event,
    domainDate: null,
    metadata: { source: 'test' },
  });
  const appends = [
    store.append('campaign-muong-te', events.slice(0, 4).map(newEvent), { expectedRevision: 'no-stream' }),
    store.append('elsewhere', [newEvent(events[4] as CampaignEvent, 4)], { expectedRevision: 'no-stream' }),
    store.append('campaign-muong-te', [newEvent(events[5] as CampaignEvent, 5)], { expectedRevision: 3 }),
  ];
  for (const append of appends) {
    const appended = await append();
    if (E.isLeft(appended)) throw new Error(`the test log did not record: ${appended.left._tag}`);
  }
  const log = await store.readAll()();
  if (E.isLeft(log)) throw new Error(`the test log did not read back: ${log.left._tag}`);
  return log.right;
};
