import type { StoredRecord } from '@campaign-ledger/core/adapter';

/**
 * A row of the events table as the reads select it: sql/eventColumns names its columns after the
 * fields of the adapter's StoredRecord, data and metadata as JSON text, the event id as the 32
 * hex digits of its bytes. SQLite gives integers back as numbers.
 */
export interface EventRow extends Omit<StoredRecord, 'eventId' | 'data' | 'metadata'> {
  readonly eventIdHex: string;
  readonly dataText: string;
  readonly metadataText: string;
}

/** The UUID of 32 lower-case hex digits: dashes after the 8th, 12th, 16th and 20th. */
export const uuidOfHex = (hex: string): string =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/** The stored record of a row, its data and metadata still JSON text, for the adapter to parse and decode. */
export const recordOf = (row: EventRow): StoredRecord => ({
  eventId: uuidOfHex(row.eventIdHex),
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
