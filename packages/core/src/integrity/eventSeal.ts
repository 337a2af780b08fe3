import type { EventEnvelope, EventMetadata, StoredEventShape } from '../store/eventEnvelope';

/** The previous hash of the first event of the log and of every stream: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an envelope that its hash covers, besides the two previous hashes. */
export interface SealedContent {
  readonly eventId: string;
  readonly stream: string;
  readonly streamRevision: number;
  readonly globalPosition: number;
  readonly recordedAt: string;
  readonly domainDate: string | null;
  /** Only the event's type and data are covered: they are all a store keeps of it. */
  readonly event: { readonly type: string; readonly data: unknown };
  /** The stored form of an event read in a later version; the seal covers it rather than `event`. */
  readonly storedEvent?: { readonly type: string; readonly data: unknown };
  readonly metadata: EventMetadata;
}

/** Where an event hangs in the two chains: the hashes of its predecessors in its stream and in the log. */
export interface ChainLinks {
  readonly previousStreamHash: string;
  readonly previousGlobalHash: string;
}

/** The three envelope fields a store adds to an event when it appends it. */
export type EventSeal = Pick<EventEnvelope<StoredEventShape>, 'hash' | 'previousStreamHash' | 'previousGlobalHash'>;

/** What an event's hash is computed over: its content and its links. */
export type SealInput = SealedContent & ChainLinks;

/** Whether a value is a hash as envelopes carry it: 64 lower-case hexadecimal digits. */
export const isSha256Hex = (u: unknown): u is string => typeof u === 'string' && /^[0-9a-f]{64}$/.test(u);
