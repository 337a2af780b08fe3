import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { invalidInput, type InvalidInput } from '../errors/invalidInput';
import type { EventEnvelope, EventMetadata, StoredEventShape } from './eventEnvelope';
import { frozenJsonCopy } from './frozenJsonCopy';
import type { StoreError } from './storeError';

/**
 * Stored JSON as a store reads it back: the text a column holds, or the value its driver (or its
 * memory) already holds parsed. Text that does not parse, and a value that is no JSON value (bytes
 * a driver could not parse, anything put in memory behind the store's back), are the same thing:
 * a stored row that no longer parses.
 */
export type StoredJson = { readonly text: string } | { readonly value: unknown };

/** One stored event as a store reads it back, before it is parsed and decoded; each store reads its own columns into this. */
export interface StoredRecord {
  readonly eventId: string;
  readonly stream: string;
  readonly streamRevision: number;
  readonly globalPosition: number;
  readonly recordedAt: string;
  readonly domainDate: string | null;
  readonly type: string;
  readonly data: StoredJson;
  readonly metadata: StoredJson;
  readonly hash: string;
  readonly previousStreamHash: string;
  readonly previousGlobalHash: string;
}

/** What a stored record holds once parsed, before the codec: what idempotency compares with an append. */
export interface StoredContent {
  readonly event: StoredEventShape;
  readonly domainDate: string | null;
  readonly metadata: EventMetadata;
}

const isStringRecord = (u: unknown): u is EventMetadata =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every((v) => typeof v === 'string');

const parsed = (stored: StoredJson): E.Either<string, unknown> => {
  if ('text' in stored) {
    try {
      return E.right(JSON.parse(stored.text) as unknown);
    } catch (error) {
      return E.left(error instanceof Error ? error.message : String(error));
    }
  }
  // No depth limit: reads never refuse what an earlier release stored, and the copy keeps its own stack.
  return frozenJsonCopy(stored.value, '', Number.POSITIVE_INFINITY);
};

const where = (record: StoredRecord): string => `the stored event at position ${record.globalPosition}`;

const corrupt = (record: StoredRecord, reason: InvalidInput | string): E.Either<StoreError, never> =>
  E.left({ _tag: 'CorruptEvent', stream: record.stream, globalPosition: record.globalPosition, reason });

/**
 * The content of a stored record, parsed: CorruptEvent at its position when its type is no
 * string, its data is not JSON, or its metadata is not a JSON record of strings. The one answer
 * of every store for a stored row that no longer parses, on reads and on appends that meet it.
 */
export const storedContentOf = (record: StoredRecord): E.Either<StoreError, StoredContent> => {
  if (typeof record.type !== 'string' || record.type === '') return corrupt(record, `${where(record)}: its type is not a non-empty string`);
  const data = parsed(record.data);
  if (E.isLeft(data)) return corrupt(record, `${where(record)}: its data is not JSON (${data.left})`);
  const metadata = parsed(record.metadata);
  if (E.isLeft(metadata) || !isStringRecord(metadata.right)) return corrupt(record, `${where(record)}: its metadata is not a JSON record of strings`);
  return E.right({ event: { type: record.type, data: data.right }, domainDate: record.domainDate, metadata: metadata.right });
};

/**
 * The envelope a stored record holds, decoded with the store's codec, or CorruptEvent at its
 * position when it no longer parses (storedContentOf) or its event no longer decodes: stored data
 * is never passed on unchecked.
 */
export const envelopeFromStoredRecord = <E extends StoredEventShape>(
  record: StoredRecord,
  codec: t.Decoder<unknown, E> | undefined,
): E.Either<StoreError, EventEnvelope<E>> => {
  const content = storedContentOf(record);
  if (E.isLeft(content)) return content;
  let event: unknown = content.right.event;
  if (codec !== undefined) {
    const decoded = codec.decode(event);
    if (E.isLeft(decoded)) return corrupt(record, invalidInput(where(record), decoded.left));
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
    metadata: content.right.metadata,
    hash: record.hash,
    previousStreamHash: record.previousStreamHash,
    previousGlobalHash: record.previousGlobalHash,
  });
};

/**
 * The envelopes of stored records in read order. A read fails with the first corrupt record's
 * CorruptEvent; with `upToCorrupt` (a subscription's page) the records before it are returned
 * instead, and the error only when the corrupt record comes first, so that what came before it is
 * delivered and the next page fails on it.
 */
export const envelopesFromStoredRecords = <E extends StoredEventShape>(
  records: ReadonlyArray<StoredRecord>,
  codec: t.Decoder<unknown, E> | undefined,
  upToCorrupt = false,
): E.Either<StoreError, ReadonlyArray<EventEnvelope<E>>> => {
  const envelopes: EventEnvelope<E>[] = [];
  for (const record of records) {
    const envelope = envelopeFromStoredRecord(record, codec);
    if (E.isLeft(envelope)) return upToCorrupt && envelopes.length > 0 ? E.right(envelopes) : envelope;
    envelopes.push(envelope.right);
  }
  return E.right(envelopes);
};
