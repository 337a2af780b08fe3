import { sameEventContent, type AppendResult, type EventMetadata, type PreparedAppendEvent, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';

/** A stored event found by id during an append, as selectStoredEvents reads it. */
export interface StoredEventRow {
  readonly event_id: string;
  readonly stream: string;
  readonly stream_revision: string | number;
  readonly global_position: string | number;
  readonly event_type: string;
  readonly data: string;
  readonly metadata: string;
  readonly domain_date: string | null;
}

const contentOf = (row: StoredEventRow): E.Either<string, { readonly event: StoredEventShape; readonly domainDate: string | null; readonly metadata: EventMetadata }> => {
  try {
    return E.right({
      event: { type: row.event_type, data: JSON.parse(row.data) as unknown },
      domainDate: row.domain_date,
      metadata: JSON.parse(row.metadata) as EventMetadata,
    });
  } catch (error) {
    return E.left(error instanceof Error ? error.message : String(error));
  }
};

/**
 * What an append whose ids are partly or wholly stored amounts to: the original result when every
 * event of the batch is stored, in this stream, with the same content (an idempotent retry);
 * otherwise DuplicateEventId naming the stored id and the stream that holds it.
 */
export const storedOutcome = <E extends StoredEventShape>(
  stream: string,
  batch: ReadonlyArray<PreparedAppendEvent<E>>,
  rows: ReadonlyArray<StoredEventRow>,
): E.Either<StoreError, AppendResult> => {
  const byId = new Map(rows.map((row) => [row.event_id, row]));
  const stored = batch.map((p) => byId.get(p.id));
  const first = stored.find((s) => s !== undefined);
  if (first === undefined) throw new RangeError('storedOutcome: none of the batch is stored');
  for (const [i, original] of stored.entries()) {
    if (original === undefined) return E.left({ _tag: 'DuplicateEventId', eventId: first.event_id, stream: first.stream });
    const content = contentOf(original);
    if (E.isLeft(content)) {
      return E.left({ _tag: 'CorruptEvent', stream: original.stream, globalPosition: Number(original.global_position), reason: `the stored event is not JSON: ${content.left}` });
    }
    if (original.stream !== stream || !sameEventContent(content.right, batch[i] as PreparedAppendEvent<E>)) {
      return E.left({ _tag: 'DuplicateEventId', eventId: original.event_id, stream: original.stream });
    }
  }
  const originals = stored as ReadonlyArray<StoredEventRow>;
  return E.right({
    nextExpectedRevision: Math.max(...originals.map((o) => Number(o.stream_revision))),
    positions: originals.map((o) => Number(o.global_position)),
  });
};
