import { envelopeFromStoredRecord, type EventEnvelope, type StoredRecord, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';

/**
 * A row of the events table as the reads select it: sql/eventColumns names its columns after the
 * fields of a StoredRecord, and SQLite gives integers back as numbers, so a row is one as it is.
 */
export type EventRow = StoredRecord;

/** Envelopes of rows in order, failing with the first corrupt one; `index` says where it was in the rows. */
export const envelopesOf = <E extends StoredEventShape>(
  rows: ReadonlyArray<EventRow>,
  codec: t.Decoder<unknown, E> | undefined,
): { readonly envelopes: ReadonlyArray<EventEnvelope<E>>; readonly corrupt?: { readonly index: number; readonly error: StoreError } } => {
  const envelopes: EventEnvelope<E>[] = [];
  for (const [index, row] of rows.entries()) {
    const envelope = envelopeFromStoredRecord(row, codec);
    if (E.isLeft(envelope)) return { envelopes, corrupt: { index, error: envelope.left } };
    envelopes.push(envelope.right);
  }
  return { envelopes };
};
