import type { StoredRecord } from '@campaign-ledger/core/adapter';

/** A row of campaign_ledger.events as the read statements (and the idempotency lookup) select it. */
export interface EventRow {
  readonly global_position: string | number;
  readonly event_id: string;
  readonly stream: string;
  readonly stream_revision: string | number;
  readonly event_type: string;
  readonly data: string;
  readonly metadata: string;
  readonly domain_date: string | null;
  readonly recorded_at: string;
  readonly hash: string;
  readonly previous_stream_hash: string;
  readonly previous_global_hash: string;
}

/**
 * The stored record of a row, its data and metadata still JSON text, for the adapter to parse and
 * decode. bigint columns arrive as strings (the driver's default) or numbers (a pool configured
 * so): both are read as numbers, which hold positions up to 2^53 exactly.
 */
export const recordOf = (row: EventRow): StoredRecord => ({
  eventId: row.event_id,
  stream: row.stream,
  streamRevision: Number(row.stream_revision),
  globalPosition: Number(row.global_position),
  recordedAt: row.recorded_at,
  domainDate: row.domain_date,
  type: row.event_type,
  data: { text: row.data },
  metadata: { text: row.metadata },
  hash: row.hash,
  previousStreamHash: row.previous_stream_hash,
  previousGlobalHash: row.previous_global_hash,
});
