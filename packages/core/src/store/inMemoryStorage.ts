import type { EventEnvelope, StoredEventShape } from './eventEnvelope';

/**
 * The in-memory store's disk: every stored event, sealed, in global-position order. It is a plain
 * object so that it can outlive a store (make a new store over it, as a persistent store reopens its
 * file) and so that a test, or the conformance kit, can tamper with it the way an attacker would
 * edit a database: alter an event (replace it with a changed copy), delete one (positions of the
 * others do not move), swap two (each takes the other's position, keeping its hash), or insert one.
 * Keep the array in position order, as a table keyed by position would be. The store reads the
 * global log (readAll, subscriptions) from here as it stands; its stream and id indexes are built
 * from it when the store is made and kept up as it appends, so stream reads and idempotency do not
 * see changes made behind a live store's back. Give a storage to one live store at a time.
 */
export interface InMemoryStorage<E extends StoredEventShape> {
  /** The stored events, the first at index 0; the store appends here and nowhere else. */
  readonly log: Array<EventEnvelope<E>>;
}

/**
 * An empty in-memory storage, for makeInMemoryEventStore's `storage` option.
 *
 * @example
 * const storage = makeInMemoryStorage<CampaignEvent>();
 * const store = makeInMemoryEventStore({ codec: CampaignEvent, storage });
 */
export const makeInMemoryStorage = <E extends StoredEventShape>(): InMemoryStorage<E> => ({ log: [] });
