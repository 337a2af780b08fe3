import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { EventEnvelope, StoredEventShape } from './eventEnvelope';
import type { AppendResult } from './eventStore';
import type { PreparedAppendEvent } from './prepareAppend';
import { sameEventContent } from './sameEventContent';
import type { StoreError } from './storeError';
import { envelopeFromStoredRecord, storedContentOf, type StoredRecord } from './storedRecord';

/**
 * What an append amounts to when some of its ids are already stored (`stored`: the records the
 * store found among the batch's ids, read inside its append lock): null when none is; the
 * original result when every event of the batch is stored, in this stream, with the same content
 * (an idempotent retry, even after the stream moved on); CorruptEvent at its position when a
 * stored one no longer parses or decodes, as every read of it answers; otherwise DuplicateEventId
 * naming a stored id and the stream that holds it. Content compares as JSON values (type, data,
 * domain date, metadata), whatever the key order.
 */
export const storedAppendOutcome = <E extends StoredEventShape>(
  stream: string,
  batch: ReadonlyArray<PreparedAppendEvent<E>>,
  stored: ReadonlyArray<StoredRecord>,
  codec: t.Decoder<unknown, E> | undefined,
): E.Either<StoreError, AppendResult<E>> | null => {
  const byId = new Map(stored.map((record) => [record.eventId, record]));
  const originals = batch.map((p) => byId.get(p.id));
  const firstStored = originals.find((record) => record !== undefined);
  if (firstStored === undefined) return null;
  const envelopes: Array<EventEnvelope<E>> = [];
  for (const [i, original] of originals.entries()) {
    if (original === undefined) return E.left({ _tag: 'DuplicateEventId', eventId: firstStored.eventId, stream: firstStored.stream });
    const decoded = envelopeFromStoredRecord(original, codec);
    if (E.isLeft(decoded)) return decoded;
    envelopes.push(decoded.right);
    // Compared as stored, before the codec: the prepared event is what the codec returned, and that is what was stored.
    const content = storedContentOf(original);
    if (E.isLeft(content)) return content;
    if (original.stream !== stream || !sameEventContent(content.right, batch[i] as PreparedAppendEvent<E>)) {
      return E.left({ _tag: 'DuplicateEventId', eventId: original.eventId, stream: original.stream });
    }
  }
  const found = originals as ReadonlyArray<StoredRecord>;
  return E.right({
    nextExpectedRevision: Math.max(...found.map((o) => o.streamRevision)),
    positions: found.map((o) => o.globalPosition),
    envelopes,
  });
};
