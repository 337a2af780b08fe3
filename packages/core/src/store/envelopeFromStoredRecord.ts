import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { invalidInput, type InvalidInput } from '../errors/invalidInput';
import type { EventEnvelope, EventMetadata, StoredEventShape } from './eventEnvelope';
import type { StoreError } from './storeError';

/** One stored event as a persistent store reads it back, its data and metadata still JSON text; each store reads its own columns into this. */
export interface StoredRecord {
  readonly eventId: string;
  readonly stream: string;
  readonly streamRevision: number;
  readonly globalPosition: number;
  readonly recordedAt: string;
  readonly domainDate: string | null;
  readonly type: string;
  readonly dataText: string;
  readonly metadataText: string;
  readonly hash: string;
  readonly previousStreamHash: string;
  readonly previousGlobalHash: string;
}

const isStringRecord = (u: unknown): u is EventMetadata =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every((v) => typeof v === 'string');

const parsed = (text: string): E.Either<string, unknown> => {
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (error) {
    return E.left(error instanceof Error ? error.message : String(error));
  }
};

/**
 * The envelope a stored record holds, decoded with the store's codec, or CorruptEvent at its
 * position when its data is not JSON, its metadata is not a JSON record of strings, or its event
 * no longer decodes: stored data is never passed on unchecked.
 */
export const envelopeFromStoredRecord = <E extends StoredEventShape>(
  record: StoredRecord,
  codec: t.Decoder<unknown, E> | undefined,
): E.Either<StoreError, EventEnvelope<E>> => {
  const where = `the stored event at position ${record.globalPosition}`;
  const corrupt = (reason: InvalidInput | string): E.Either<StoreError, never> =>
    E.left({ _tag: 'CorruptEvent', stream: record.stream, globalPosition: record.globalPosition, reason });
  const data = parsed(record.dataText);
  if (E.isLeft(data)) return corrupt(`${where}: its data is not JSON (${data.left})`);
  const metadata = parsed(record.metadataText);
  if (E.isLeft(metadata) || !isStringRecord(metadata.right)) return corrupt(`${where}: its metadata is not a JSON record of strings`);
  let event: unknown = { type: record.type, data: data.right };
  if (codec !== undefined) {
    const decoded = codec.decode(event);
    if (E.isLeft(decoded)) return corrupt(invalidInput(where, decoded.left));
    event = decoded.right;
  }
  return E.right({
    eventId: record.eventId,
    stream: record.stream,
    streamRevision: record.streamRevision,
    globalPosition: record.globalPosition,
    recordedAt: record.recordedAt,
    domainDate: record.domainDate,
    event: event as E,
    metadata: metadata.right,
    hash: record.hash,
    previousStreamHash: record.previousStreamHash,
    previousGlobalHash: record.previousGlobalHash,
  });
};
