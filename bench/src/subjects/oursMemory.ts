import { CampaignEvent, makeInMemoryEventStore } from '@campaign-ledger/core';
import { oursSession } from '../oursSession';
import { storeOperations, type Subject } from '../subject';

/** Our in-memory store, the embedded default. */
export const oursMemory: Subject = {
  name: 'ours-memory',
  family: 'ours',
  backend: 'memory',
  operations: storeOperations,
  notes: ['ours-memory keeps each event as a frozen, decoded object: its reads parse and decode nothing, where raw-memory keeps JSON text and parses it back.'],
  open: async () => {
    const store = makeInMemoryEventStore({ codec: CampaignEvent });
    return oursSession(store, () => store.close());
  },
};
