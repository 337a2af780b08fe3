import { invalidInput, IsoDate, type EventMetadata, type InvalidInput, type NewEvent, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { jsonText } from './jsonText';

/** An event checked and encoded for the events table, before it has a position. */
export interface PreparedEvent<E extends StoredEventShape> {
  /** In lower case, as the uuid column gives it back. */
  readonly id: string;
  /** The codec's output: what is hashed and what reads return. */
  readonly event: E;
  readonly domainDate: string | null;
  readonly metadata: EventMetadata;
  /** The event's data as stored: JSON text that parses back to event.data. */
  readonly dataText: string;
  readonly metadataText: string;
}

// The UUIDs the in-memory store accepts (versions 1 to 8 with the RFC variant, nil and max), so
// that a batch valid for one store is valid for every store.
const UUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|0{8}-0{4}-0{4}-0{4}-0{12}|f{8}-f{4}-f{4}-f{4}-f{12})$/i;

const isStringRecord = (u: unknown): u is EventMetadata =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every((v) => typeof v === 'string' || v === undefined);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether text can be stored in a PostgreSQL text column as it is: a NUL character cannot, and a
 * lone surrogate would reach the server as U+FFFD and so come back as other text.
 */
export const isStorableText = (s: string): boolean => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

/**
 * Checks and encodes the events of an append, in order: each id a UUID (kept in lower case) that
 * does not repeat in the batch, the event accepted by the codec, a non-empty type, a real domain
 * date or null, metadata a record of strings, data and metadata JSON values. The first event that
 * fails is an InvalidEvent naming its index and id.
 */
export const prepareEvents = <E extends StoredEventShape>(
  events: ReadonlyArray<NewEvent<E>>,
  codec: t.Decoder<unknown, E>,
): E.Either<StoreError, ReadonlyArray<PreparedEvent<E>>> => {
  const firstIndexOf = new Map<string, number>();
  const prepared: PreparedEvent<E>[] = [];
  for (const [index, candidate] of events.entries()) {
    const rawId: unknown = (candidate as { readonly id?: unknown } | undefined)?.id;
    const invalid = (reason: InvalidInput | string): E.Either<StoreError, never> =>
      E.left({ _tag: 'InvalidEvent', index, eventId: String(rawId), reason });
    if (typeof rawId !== 'string' || !UUID.test(rawId)) {
      return invalid(`the id must be a UUID string, got ${typeof rawId === 'string' ? JSON.stringify(rawId) : `a ${typeof rawId}`}`);
    }
    const id = rawId.toLowerCase();
    const earlier = firstIndexOf.get(id);
    if (earlier !== undefined) return invalid(`the id repeats the id of event #${earlier} of the same batch`);
    firstIndexOf.set(id, index);

    const decoded = codec.decode(candidate.event);
    if (E.isLeft(decoded)) return invalid(invalidInput(`event #${index}`, decoded.left));
    const event = decoded.right;
    const type: unknown = (event as { readonly type?: unknown } | null | undefined)?.type;
    if (typeof type !== 'string' || type === '') return invalid('the event must have a non-empty string type');
    if (!isStorableText(type)) return invalid('the event type must not hold a NUL character or a lone surrogate');
    const domainDate: unknown = candidate.domainDate ?? null;
    if (domainDate !== null && !IsoDate.is(domainDate)) {
      return invalid(`domainDate must be null or a real date written YYYY-MM-DD, got ${JSON.stringify(domainDate)}`);
    }
    const metadata: unknown = candidate.metadata ?? {};
    if (!isStringRecord(metadata)) return invalid('metadata must be a record of strings');
    const dataText = jsonText(event.data, 'event.data');
    if (E.isLeft(dataText)) return invalid(dataText.left);
    const metadataText = jsonText(metadata, 'metadata');
    if (E.isLeft(metadataText)) return invalid(metadataText.left);
    prepared.push({ id, event, domainDate, metadata: JSON.parse(metadataText.right) as EventMetadata, dataText: dataText.right, metadataText: metadataText.right });
  }
  return E.right(prepared);
};
