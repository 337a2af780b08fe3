import type { CampaignEvent, EventStore } from '@campaign-ledger/core';
import type { BatchAppendPart } from '@campaign-ledger/core/adapter';
import { orThrow } from './orThrow';
import type { StreamSource } from './subject';

/** How many events one part of a bulk import carries, per stream. */
export const BULK_CHUNK = 100;

/** How many events one transaction of a bulk import carries, over all its parts. */
export const BULK_BATCH = 10_000;

/**
 * Imports a workload into one of our stores as fast as its API allows: parts of 100 events per
 * stream gathered into batches of about 10,000 events, each batch one `appendBatch` (one
 * transaction, all or nothing). A store without `appendBatch` (EventStoreDB) gets the parts one
 * append at a time.
 */
export const bulkAppendOurs = async (store: EventStore<CampaignEvent>, workload: StreamSource): Promise<void> => {
  const parts: Array<BatchAppendPart<CampaignEvent>> = [];
  for (const stream of workload.streams) {
    for (let at = 0; at < stream.events.length; at += BULK_CHUNK) {
      parts.push({ stream: stream.name, events: stream.events.slice(at, at + BULK_CHUNK) });
    }
  }
  const appendBatch = store.appendBatch;
  if (appendBatch === undefined) {
    for (const part of parts) await orThrow(store.append(part.stream, part.events), `bulk import into ${part.stream}`);
    return;
  }
  let batch: Array<BatchAppendPart<CampaignEvent>> = [];
  let size = 0;
  for (const part of parts) {
    batch.push(part);
    size += part.events.length;
    if (size >= BULK_BATCH) {
      await orThrow(appendBatch(batch), `bulk import of ${size} events`);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) await orThrow(appendBatch(batch), `bulk import of ${size} events`);
};
