import { getInMemoryEventStore } from '@event-driven-io/emmett';
import { emmettSession } from '../emmettSession';
import type { Subject } from '../subject';

/** Emmett's in-memory store: it has no read of the whole log, so it does no full replay. */
export const emmettMemory: Subject = {
  name: 'emmett-memory',
  family: 'emmett',
  backend: 'memory',
  operations: ['command', 'bulk', 'replay-by-stream'],
  notes: ["emmett-memory: Emmett's in-memory store has no read of the whole log, so it has no full replay."],
  open: async () => {
    const store = getInMemoryEventStore();
    return emmettSession(store, {
      storedCount: async (streams) => {
        let count = 0;
        for (const stream of streams) count += Number((await store.readStream(stream)).currentStreamVersion);
        return count;
      },
      close: async () => undefined,
    });
  },
};
