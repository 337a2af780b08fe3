import { type EventEnvelope } from '@campaign-ledger/core';
import { GENESIS_HASH, sealBatch, type StoredEventShape } from '@campaign-ledger/core/adapter';

/** How envelopesFor numbers and dates the events it wraps. */
export interface EnvelopesForOptions<E extends StoredEventShape> {
  /** The stream every envelope names; defaults to 'test-stream'. */
  readonly stream?: string;
  /** The global position of the first event; defaults to 1. Revisions count from `firstPosition - 1`. */
  readonly firstPosition?: number;
  /** When the first event was recorded; each next one is one second later. Defaults to 2024-01-01T00:00:00Z. */
  readonly firstRecordedAt?: Date;
  /** Each event's domain date; defaults to none. */
  readonly domainDateOf?: (event: E) => string | null;
}

const defaultStart = Date.UTC(2024, 0, 1);

/**
 * Wraps events in envelopes as a store would return them, so a projection can be fed without a
 * store: global positions from 1 (or `firstPosition`) with no gaps, event ids `evt-<position>`
 * (short enough to write in an expected contribution), recordedAt one second apart, and sealed
 * with sealBatch as one chain (from the genesis hash, so it verifies when it starts at 1).
 *
 * @example
 * runProjection(campaignFactsProjection, envelopesFor([registered, classHeld]));
 */
export const envelopesFor = <E extends StoredEventShape>(
  events: ReadonlyArray<E>,
  options: EnvelopesForOptions<E> = {},
): ReadonlyArray<EventEnvelope<E>> => {
  const { stream = 'test-stream', firstPosition = 1, domainDateOf = () => null } = options;
  if (!Number.isSafeInteger(firstPosition) || firstPosition < 1) {
    throw new RangeError(`envelopesFor: firstPosition must be an integer >= 1, got ${String(firstPosition)}`);
  }
  const start = options.firstRecordedAt?.getTime() ?? defaultStart;
  const contents = events.map((event, i) => ({
    eventId: `evt-${firstPosition + i}`,
    stream,
    streamRevision: firstPosition - 1 + i,
    globalPosition: firstPosition + i,
    recordedAt: new Date(start + i * 1000).toISOString(),
    domainDate: domainDateOf(event),
    event,
    metadata: {},
  }));
  return sealBatch({ previousGlobalHash: GENESIS_HASH, previousStreamHash: GENESIS_HASH }, contents);
};

/** Whether a value looks like an envelope rather than a bare event. */
export const isEnvelope = <E extends StoredEventShape>(u: E | EventEnvelope<E>): u is EventEnvelope<E> =>
  typeof (u as Partial<EventEnvelope<E>>).globalPosition === 'number' && typeof (u as Partial<EventEnvelope<E>>).event === 'object';
