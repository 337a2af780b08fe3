import { IsoDate, invalidInput, type EventMetadata, type InvalidInput, type NewEvent, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { jsonTextOf } from './jsonText';

/** An event checked and ready to be stored: its id in lower case, its event as it will read back, and the JSON text of both parts. */
export interface PreparedEvent<E extends StoredEventShape> {
  readonly id: string;
  readonly event: E;
  readonly domainDate: string | null;
  readonly metadata: EventMetadata;
  readonly dataJson: string;
  readonly metadataJson: string;
}

// The UUID forms the in-memory store accepts (through the uuid package): versions 1 to 8, the nil and the max UUID.
const UUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;

const isStringRecord = (u: unknown): u is EventMetadata =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every((v) => typeof v === 'string' || v === undefined);

/**
 * Checks a batch as the in-memory store does, before any transaction starts: every id a UUID
 * (compared in lower case) and none twice, every event accepted by the codec with a non-empty
 * type, every domain date null or a real YYYY-MM-DD date, metadata a record of strings, and
 * every part a JSON value. The first problem is an InvalidEvent naming the event's index.
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
    const domainDate: unknown = candidate.domainDate ?? null;
    if (domainDate !== null && !IsoDate.is(domainDate)) {
      return invalid(`domainDate must be null or a real date written YYYY-MM-DD, got ${JSON.stringify(domainDate)}`);
    }
    const metadata: unknown = candidate.metadata ?? {};
    if (!isStringRecord(metadata)) return invalid('metadata must be a record of strings');

    const data = jsonTextOf((event as StoredEventShape).data, 'event.data');
    if (E.isLeft(data)) return invalid(data.left);
    const metadataText = jsonTextOf(metadata, 'metadata');
    if (E.isLeft(metadataText)) return invalid(metadataText.left);
    prepared.push({
      id,
      event: { type, data: data.right.value } as E,
      domainDate,
      metadata: metadataText.right.value as EventMetadata,
      dataJson: data.right.text,
      metadataJson: metadataText.right.text,
    });
  }
  return E.right(prepared);
};
