import { describeEventStoreContract, type ContractEvent, type StoreTamper } from '@campaign-ledger/testing';
import type { EventEnvelope } from './eventEnvelope';
import type { EventStore } from './eventStore';
import { makeInMemoryEventStore } from './inMemoryEventStore';
import { makeInMemoryStorage, type InMemoryStorage } from './inMemoryStorage';

type Envelope = EventEnvelope<ContractEvent>;

const indexAt = (storage: InMemoryStorage<ContractEvent>, position: number): number => {
  const index = storage.log.findIndex((e) => e.globalPosition === position);
  if (index === -1) throw new RangeError(`tamper: no stored event at position ${position}`);
  return index;
};

// Edits the storage as someone with write access to the store's disk would: stored envelopes are
// frozen, so each change replaces one with an altered copy.
const tamperWith = (storage: InMemoryStorage<ContractEvent>, reopen: () => void): StoreTamper => ({
  alterData: (position, data) => {
    const index = indexAt(storage, position);
    const stored = storage.log[index] as Envelope;
    storage.log[index] = { ...stored, event: { ...stored.event, data } as ContractEvent };
    reopen();
  },
  deleteEvent: (position) => {
    storage.log.splice(indexAt(storage, position), 1);
    reopen();
  },
  swapEvents: (a, b) => {
    const [i, j] = [indexAt(storage, a), indexAt(storage, b)];
    const [first, second] = [storage.log[i] as Envelope, storage.log[j] as Envelope];
    storage.log[i] = { ...second, globalPosition: a };
    storage.log[j] = { ...first, globalPosition: b };
    reopen();
  },
  // Memory keeps values, not text: the text's bytes are the value no JSON text parses to.
  writeRawData: (position, text) => {
    const index = indexAt(storage, position);
    const stored = storage.log[index] as Envelope;
    storage.log[index] = { ...stored, event: { ...stored.event, data: new TextEncoder().encode(text) } as unknown as ContractEvent };
    reopen();
  },
});

describeEventStoreContract('in-memory', ({ clock, codec }) => {
  const storage = makeInMemoryStorage<ContractEvent>();
  let current = makeInMemoryEventStore({ clock, codec, storage });
  // The store indexes streams and ids when it opens its storage, as a persistent store reads its
  // file on opening; after tampering, the harness reopens it so every read sees what is stored.
  const reopen = (): void => {
    void current.close();
    current = makeInMemoryEventStore({ clock, codec, storage });
  };
  const store: EventStore<ContractEvent> = {
    append: (stream, events, options) => current.append(stream, events, options),
    appendBatch: (parts) => current.appendBatch(parts),
    readStream: (stream, options) => current.readStream(stream, options),
    readAll: (options) => current.readAll(options),
    subscribe: (options) => current.subscribe(options),
    close: () => current.close(),
  };
  return { store, tamper: tamperWith(storage, reopen) };
});
