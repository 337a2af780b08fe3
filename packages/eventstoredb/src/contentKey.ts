import { createHash } from 'node:crypto';
import type { EventMetadata } from '@campaign-ledger/core';

const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** What idempotency compares of an event: everything its caller chose except its id. */
export interface ComparedContent {
  readonly type: string;
  readonly data: unknown;
  readonly domainDate: string | null;
  readonly metadata: EventMetadata;
}

/**
 * A digest of an event's content (type, data, domain date, metadata) as JSON with sorted keys, so
 * that key order does not matter and text is compared as written, as core's sameEventContent does.
 * The store keeps the digest of every stored event rather than the content itself.
 */
export const contentKey = (content: ComparedContent): string =>
  createHash('sha256')
    .update(sortedJson({ type: content.type, data: content.data, domainDate: content.domainDate, metadata: content.metadata }), 'utf8')
    .digest('hex');
