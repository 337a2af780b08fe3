import type { StoredRecord } from '@campaign-ledger/core/adapter';

/**
 * A row of the events table as the reads select it: sql/eventColumns names its columns after the
 * fields of the adapter's StoredRecord, data and metadata as JSON text. SQLite gives integers back
 * as numbers.
 */
export interface EventRow extends Omit<StoredRecord, 'data' | 'metadata'> {
  readonly dataText: string;
  readonly metadataText: string;
}

/** The stored record of a row, its data and metadata still JSON text, for the adapter to parse and decode. */
export const recordOf = (row: EventRow): StoredRecord => ({
  eventId: row.eventId,
  stream: row.stream,
  streamRevision: row.streamRevision,
  globalPosition: row.globalPosition,
  recordedAt: row.recordedAt,
  domainDate: row.domainDate,
  type: row.type,
  data: { text: row.dataText },
  metadata: { text: row.metadataText },
  hash: row.hash,
  previousStreamHash: row.previousStreamHash,
  previousGlobalHash: row.previousGlobalHash,
});

/** The stored records of rows, in order. */
export const recordsOf = (rows: ReadonlyArray<unknown>): ReadonlyArray<StoredRecord> => (rows as ReadonlyArray<EventRow>).map(recordOf);
