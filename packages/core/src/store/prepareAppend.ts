import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { validate as isUuid } from 'uuid';
import { invalidInput, type InvalidInput } from '../errors/invalidInput';
import { IsoDate } from '../model/isoDate';
import type { EventMetadata, NewEvent, StoredEventShape } from './eventEnvelope';
import { frozenJsonCopy } from './frozenJsonCopy';
import { unstorableTextReason, utf8Length } from './storableText';
import type { StoreError } from './storeError';
import { MAX_EVENT_TYPE_BYTES, MAX_JSON_DEPTH, MAX_PAYLOAD_BYTES } from './storeLimits';

/**
 * An event of an append batch once checked: its id in lower case, its parts as deep-frozen JSON
 * copies, as every store reads them back, and the JSON text of its data and metadata, which a
 * store that keeps text stores as it is.
 */
export interface PreparedAppendEvent<E extends StoredEventShape> {
  readonly id: string;
  readonly event: E;
  readonly domainDate: string | null;
  readonly metadata: EventMetadata;
  /** JSON.stringify of the event's data. */
  readonly dataJson: string;
  /** JSON.stringify of the metadata (`{}` when the event had none). */
  readonly metadataJson: string;
}

/** How a store prepares its appends: the codec it decodes with, and the event types its storage cannot keep. */
export interface PrepareAppendOptions<E extends StoredEventShape> {
  /** Decodes every event; without it events are only checked to have a type and JSON data. */
  readonly codec?: t.Decoder<unknown, E> | undefined;
  /**
   * Why the store's storage cannot keep an event type that every store can (EventStoreDB reserves
   * types starting with '$'), or undefined when it can; asked after the shared rules passed.
   */
  readonly checkType?: (type: string) => string | undefined;
}

const isStringRecord = (u: unknown): u is EventMetadata =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every((v) => typeof v === 'string' || v === undefined);

// Why an event type cannot be kept: empty, or a name no store can keep (see unstorableTextReason).
const typeProblem = (type: unknown): string | undefined => {
  if (typeof type !== 'string' || type === '') return 'the event must have a non-empty string type';
  const reason = unstorableTextReason(type, MAX_EVENT_TYPE_BYTES);
  return reason === undefined ? undefined : `the event type ${reason}`;
};

/**
 * Checks an append batch the same way in every store, before anything is written: each id a UUID
 * (kept and compared in lower case, as UUID columns do) that does not repeat in the batch; a type
 * every store can keep (no NUL, no lone surrogate, at most MAX_EVENT_TYPE_BYTES bytes: checked
 * before the codec, so the error names the type rather than the codec's expectations, and again on
 * what the codec returns); the event accepted by the codec; a real YYYY-MM-DD domain date or null;
 * metadata a record of strings; data and metadata JSON values (undefined properties dropped, as
 * JSON.stringify does) nesting at most MAX_JSON_DEPTH levels, their JSON together at most
 * MAX_PAYLOAD_BYTES bytes in UTF-8. The first event that fails is an InvalidEvent naming its
 * index, its id and what is wrong where.
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
    const givenType: unknown = (event as { readonly type?: unknown } | null | undefined)?.type;
    if (typeof givenType === 'string' && givenType !== '') {
      const problem = typeProblem(givenType);
      if (problem !== undefined) return invalid(problem);
    }
    if (codec !== undefined) {
      const decoded = codec.decode(event);
      if (E.isLeft(decoded)) return invalid(invalidInput(`event #${index}`, decoded.left));
      event = decoded.right;
    }
    const type: unknown = (event as { readonly type?: unknown } | null | undefined)?.type;
    const problem = typeProblem(type) ?? checkType?.(type as string);
    if (problem !== undefined) return invalid(problem);
    const domainDate: unknown = candidate.domainDate ?? null;
    if (domainDate !== null && !IsoDate.is(domainDate)) {
      return invalid(`domainDate must be null or a real date written YYYY-MM-DD, got ${JSON.stringify(domainDate)}`);
    }
    const metadata: unknown = candidate.metadata ?? {};
    if (!isStringRecord(metadata)) return invalid('metadata must be a record of strings');

    const data = frozenJsonCopy((event as StoredEventShape).data, 'event.data', MAX_JSON_DEPTH);
    if (E.isLeft(data)) return invalid(data.left);
    const metadataCopy = frozenJsonCopy(metadata, 'metadata', MAX_JSON_DEPTH);
    if (E.isLeft(metadataCopy)) return invalid(metadataCopy.left);
    const dataJson = JSON.stringify(data.right);
    const metadataJson = JSON.stringify(metadataCopy.right);
    const payloadBytes = utf8Length(dataJson) + utf8Length(metadataJson);
    if (payloadBytes > MAX_PAYLOAD_BYTES) {
      return invalid(`the payload takes ${payloadBytes} bytes (the UTF-8 JSON of its data and metadata), more than the ${MAX_PAYLOAD_BYTES} allowed`);
    }
    prepared.push({
      id,
      event: Object.freeze({ type, data: data.right }) as E,
      domainDate,
      metadata: metadataCopy.right as EventMetadata,
      dataJson,
      metadataJson,
    });
  }
  return E.right(prepared);
};
