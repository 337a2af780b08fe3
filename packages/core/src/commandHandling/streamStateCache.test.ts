import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import type { Decider } from '../decider/decider';
import type { EventStore, ReadStreamOptions } from '../store/eventStore';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { handleCommand } from './handleCommand';
import { makeStreamStateCache } from './streamStateCache';

// With a state cache, a command reads only the events after the state it cached, and the state
// it decides on is the one a whole read gives.

type Added = { readonly type: 'Added'; readonly data: { readonly n: number } };
const Added = t.type({ type: t.literal('Added'), data: t.type({ n: t.number }) });
type Add = { readonly n: number };
const adder: Decider<Add, Added, { readonly total: number; readonly count: number }, never> = {
  initialState: () => ({ total: 0, count: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.n, count: state.count + 1 }),
  decide: (command) => E.right([{ type: 'Added', data: { n: command.n } }]),
};

// The store, with every read of the stream recorded: where it started.
const watched = (store: EventStore<Added>) => {
  const reads: Array<number> = [];
  const wrapped: EventStore<Added> = {
    ...store,
    readStream: (stream: string, options?: ReadStreamOptions) => {
      reads.push(options?.fromRevision ?? 0);
      return store.readStream(stream, options);
    },
  };
  return { store: wrapped, reads };
};

let id = 0;
const newId = () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`;

describe('handleCommand with a stream state cache', () => {
  it('reads only from the cached revision on, and decides on the same state as a whole read', async () => {
    const { store, reads } = watched(makeInMemoryEventStore({ codec: Added }));
    const stateCache = makeStreamStateCache<{ readonly total: number; readonly count: number }>();
    for (const n of [1, 2, 3, 4]) {
      const handled = await handleCommand({ store, decider: adder, stream: 'sums', command: { n }, newId, stateCache })();
      expect(E.isRight(handled) && handled.right.state).toEqual({ total: [1, 2, 3, 4].slice(0, n).reduce((a, b) => a + b, 0), count: n });
    }
    // The first command reads the whole stream; each later one from the revision it cached, and none reads back what it appended.
    expect(reads).toEqual([0, 0, 1, 2]);
    const whole = await handleCommand({ store, decider: adder, stream: 'sums', command: { n: 5 }, newId })();
    const cached = await handleCommand({ store, decider: adder, stream: 'sums', command: { n: 6 }, newId, stateCache })();
    expect(E.isRight(whole) && whole.right.state).toEqual({ total: 15, count: 5 });
    // Another writer's event (n: 5, appended without the cache) is read as the tail after the cached state.
    expect(E.isRight(cached) && cached.right.state).toEqual({ total: 21, count: 6 });
  });

  it('reads the whole stream again when the stream no longer holds the cached event', async () => {
    const { store, reads } = watched(makeInMemoryEventStore({ codec: Added }));
    const stateCache = makeStreamStateCache<{ readonly total: number; readonly count: number }>();
    await handleCommand({ store, decider: adder, stream: 'sums', command: { n: 1 }, newId, stateCache })();
    const cachedState = stateCache.get('sums');
    if (cachedState === undefined) throw new Error('nothing cached');
    stateCache.set('sums', { ...cachedState, hash: '0'.repeat(64), state: { total: 1000, count: 1 } });
    reads.length = 0;
    const handled = await handleCommand({ store, decider: adder, stream: 'sums', command: { n: 2 }, newId, stateCache })();
    expect(E.isRight(handled) && handled.right.state).toEqual({ total: 3, count: 2 });
    expect(reads.slice(0, 2)).toEqual([0, 0]);
  });
});
