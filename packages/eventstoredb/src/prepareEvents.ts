import { IsoDate, invalidInput, type EventMetadata, type InvalidInput, type NewEvent, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { jsonValue } from './jsonValue';
import { isUtf8Safe } from './streamNaming';

/** An event checked and ready to be sealed: its id in lower case, its parts as they will read back. */
export interface PreparedEvent<E extends StoredEventShape> {
  readonly id: string;
  readonly event: E;
  readonly domainDate: string | null;
  readonly metadata: EventMetadata;
}

// The UUID forms the in-memory store accepts: versions 1 to 8, the nil and the max UUID.
const UUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;

const isStringRecord = (u: unknown): u is EventMetadata =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every((v) => typeof v === 'string' || v === undefined);

/**
 * Checks a batch as the in-memory store does, before anything is written: every id a UUID
 * (compared in lower case) and none twice, every event accepted by the codec, with a non-empty
 * type that EventStoreDB does not reserve (no leading '$') and that UTF-8 can carry, every domain
 * date null or a real YYYY-MM-DD date, metadata a record of strings, and every part a JSON value.
 * The first problem is an InvalidEvent naming the event's index.
 */
export const prepareEvents = <E extends StoredEventShape>(
  events: ReadonlyArray<NewEvent<E>>,
  codec: t.Decoder<unknown, E> | undefined,
): E.Either<StoreError, ReadonlyArray<PreparedEvent<E>>> => {
  const firstIndexOf = new Map<string, number>();
  const prepared: PreparedEvent<E>[] = [];
  for (const [index, candidate] of events.entries()) {
    const rawId: unknown = (candidate as { readonly id?: unknown } | undefined)?.id;
    const invalid = (reason: InvalidInput | string) => E.left<StoreError>({ _tag: 'InvalidEvent', index, eventId: String(rawId), reason });
    if (typeof rawId !== 'string' || !UUID.test(rawId)) {
      return invalid(`the id must be a UUID string, got ${typeof rawId === 'string' ? JSON.stringify(rawId) : `a ${typeof rawId}`}`);
    }
    const id = rawId.toLowerCase();
    const earlier = firstIndexOf.get(id);
    if (earlier !== undefined) return invalid(`the id repeats the id of event #${earlier} of the same batch`);
    firstIndexOf.set(id, index);

    let event: unknown = candidate.event;
    if (codec !== undefined) {
      const decoded = codec.decode(event);
      if (E.isLeft(decoded)) return invalid(invalidInput(`event #${index}`, decoded.left));
      event = decoded.right;
    }
    const type: unknown = (event as { readonly type?: unknown } | null | undefined)?.type;
    if (typeof type !== 'string' || type === '') return invalid('the event must have a non-empty string type');
    if (type.startsWith('$')) return invalid(`the event type ${JSON.stringify(type)} starts with '$', which EventStoreDB reserves for system events`);
    if (!isUtf8Safe(type)) return invalid('the event type contains a lone surrogate, which EventStoreDB cannot store');
    const domainDate: unknown = candidate.domainDate ?? null;
    if (domainDate !== null && !IsoDate.is(domainDate)) {
      return invalid(`domainDate must be null or a real date written YYYY-MM-DD, got ${JSON.stringify(domainDate)}`);
    }
    const metadata: unknown = candidate.metadata ?? {};
    if (!isStringRecord(metadata)) return invalid('metadata must be a record of strings');

    const rawData: unknown = (event as StoredEventShape).data;
    if (rawData === undefined) return invalid('event.data must be a JSON value, got undefined');
    const data = jsonValue(rawData, 'event.data');
    if (E.isLeft(data)) return invalid(data.left);
    const metadataCopy = jsonValue(metadata, 'metadata');
    if (E.isLeft(metadataCopy)) return invalid(metadataCopy.left);
    prepared.push({ id, event: { type, data: data.right } as E, domainDate, metadata: metadataCopy.right as EventMetadata });
  }
  return E.right(prepared);
};
