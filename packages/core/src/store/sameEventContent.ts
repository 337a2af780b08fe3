import { canonicalJson } from './canonicalJson';
import type { EventMetadata, StoredEventShape } from './eventEnvelope';

/** The part of an event that idempotency compares: everything the caller chose except its id. */
export interface EventContent {
  readonly event: StoredEventShape;
  readonly domainDate: string | null;
  readonly metadata?: EventMetadata;
}

/**
 * Whether two events carry the same content (type, data, domain date and metadata, absent
 * metadata counting as empty), compared as canonical JSON so key order does not matter; every key
 * counts, `__proto__` included. Content must be JSON values, as stores keep them: anything else is
 * a programmer error, thrown as a RangeError.
 */
export const sameEventContent = (a: EventContent, b: EventContent): boolean =>
  canonicalJson(contentOf(a)) === canonicalJson(contentOf(b));

const contentOf = (c: EventContent) => ({
  type: c.event.type,
  data: c.event.data,
  domainDate: c.domainDate,
  metadata: c.metadata ?? {},
});
