import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { validate as isUuid } from 'uuid';
import { invalidInput, type InvalidInput } from '../errors/invalidInput';
import { IsoDate } from '../model/isoDate';
import type { EventMetadata, NewEvent, StoredEventShape } from './eventEnvelope';
import { frozenJsonCopy } from './frozenJsonCopy';
import type { StoreError } from './storeError';

/** An event of an append batch once checked: its id in lower case, its parts as deep-frozen JSON copies, as every store reads them back. */
export interface PreparedAppendEvent<E extends StoredEventShape> {
  readonly id: string;
  readonly event: E;
  readonly domainDate: string | null;
  readonly metadata: EventMetadata;
}

/** How a store prepares its appends: the codec it decodes with, and the event types its storage cannot keep. */
export interface PrepareAppendOptions<E extends StoredEventShape> {
  /** Decodes every event; without it events are only checked to have a type and JSON data. */
  readonly codec?: t.Decoder<unknown, E> | undefined;
  /** Why the store's storage cannot keep an event type (checked right after the type is found to be non-empty), or undefined when it can. */
  readonly checkType?: (type: string) => string | undefined;
}

const isStringRecord = (u: unknown): u is EventMetadata =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every((v) => typeof v === 'string' || v === undefined);

/**
 * Checks an append batch the same way in every store, before anything is written: each id a UUID
 * (kept and compared in lower case, as UUID columns do) that does not repeat in the batch, the
 * event accepted by the codec with a non-empty type, a real YYYY-MM-DD domain date or null,
 * metadata a record of strings, data and metadata JSON values (undefined properties dropped, as
 * JSON.stringify does). The first event that fails is an InvalidEvent naming its index and id.
 */
export const prepareAppend = <E extends StoredEventShape>(
  events: ReadonlyArray<NewEvent<E>>,
  options: PrepareAppendOptions<E> = {},
): E.Either<StoreError, ReadonlyArray<PreparedAppendEvent<E>>> => {
  const { codec, checkType } = options;
  const firstIndexOf = new Map<string, number>();
  const prepared: PreparedAppendEvent<E>[] = [];
  for (const [index, candidate] of events.entries()) {
    const rawId: unknown = (candidate as { readonly id?: unknown } | undefined)?.id;
    const invalid = (reason: InvalidInput | string): E.Either<StoreError, never> =>
      E.left({ _tag: 'InvalidEvent', index, eventId: String(rawId), reason });
    if (typeof rawId !== 'string' || !isUuid(rawId)) {
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
    const typeProblem = checkType?.(type);
    if (typeProblem !== undefined) return invalid(typeProblem);
    const domainDate: unknown = candidate.domainDate ?? null;
    if (domainDate !== null && !IsoDate.is(domainDate)) {
      return invalid(`domainDate must be null or a real date written YYYY-MM-DD, got ${JSON.stringify(domainDate)}`);
    }
    const metadata: unknown = candidate.metadata ?? {};
    if (!isStringRecord(metadata)) return invalid('metadata must be a record of strings');

    const data = frozenJsonCopy((event as StoredEventShape).data, 'event.data');
    if (E.isLeft(data)) return invalid(data.left);
    const metadataCopy = frozenJsonCopy(metadata, 'metadata');
    if (E.isLeft(metadataCopy)) return invalid(metadataCopy.left);
    prepared.push({ id, event: Object.freeze({ type, data: data.right }) as E, domainDate, metadata: metadataCopy.right as EventMetadata });
  }
  return E.right(prepared);
};
