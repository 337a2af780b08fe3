import { CampaignEvent, type EventStore, makeInMemoryEventStore } from '@campaign-ledger/core';
import { type InMemoryStorage, makeInMemoryStorage } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import { muongTeHistory, replayHistory } from '@campaign-ledger/fixtures';

/** A UUID made from a counter, so that a replay's event ids, and so its hashes, repeat exactly. */
export const counterUuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * The Mường Tè history recorded into an in-memory store with counter ids and a clock that starts
 * on 2011-01-20 and ticks one second per event: every run gives the same log, the same hashes and
 * the same digest, which the docs can quote.
 */
export const replayDeterministically = async (): Promise<{ readonly store: EventStore<CampaignEvent>; readonly storage: InMemoryStorage<CampaignEvent> }> => {
  const storage = makeInMemoryStorage<CampaignEvent>();
  let tick = Date.UTC(2011, 0, 20, 8, 0, 0);
  const store = makeInMemoryEventStore({ codec: CampaignEvent, storage, clock: () => new Date((tick += 1000)) });
  let id = 0;
  const replayed = await replayHistory(store, muongTeHistory, { newId: () => counterUuid(++id) });
  if (E.isLeft(replayed)) throw new Error(`replay failed: ${replayed.left.message}`);
  return { store, storage };
};
