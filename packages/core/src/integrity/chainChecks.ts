import type { EventEnvelope, StoredEventShape } from '../store/eventEnvelope';
import { isSha256Hex } from './eventSeal';
import { hashEvent } from './hashEvent';

/** A stored event as verification reads it: whatever the store returned, which tampering may have broken. */
export type StoredRecord = EventEnvelope<StoredEventShape>;

/** Whether a record carries a hash and both links, well formed. */
export const hasSeal = (r: StoredRecord): boolean =>
  typeof r === 'object' && r !== null && isSha256Hex(r.hash) && isSha256Hex(r.previousStreamHash) && isSha256Hex(r.previousGlobalHash);

/** The record's hash recomputed as if it sat at `position`, or null when its content cannot be hashed at all. */
export const hashAt = (r: StoredRecord, position: number): string | null => {
  try {
    return hashEvent({ ...r, globalPosition: position });
  } catch {
    // A tampered record may have lost its event or hold a value that is not JSON: it matches no hash.
    return null;
  }
};

/** Whether a record's stored hash is the one it would have been sealed with at `position`. */
export const isSealedAt = (r: StoredRecord, position: number): boolean => hasSeal(r) && hashAt(r, position) === r.hash;

/** A record's stream, revision and id as far as they are readable, for naming it in a problem. */
export const identityOf = (r: StoredRecord): { readonly stream: string | null; readonly streamRevision: number | null; readonly eventId: string | null } => ({
  stream: typeof r?.stream === 'string' ? r.stream : null,
  streamRevision: typeof r?.streamRevision === 'number' ? r.streamRevision : null,
  eventId: typeof r?.eventId === 'string' ? r.eventId : null,
});

/** "event <id> (stream <s>, revision <n>)", as far as the record tells. */
export const describeRecord = (r: StoredRecord): string => {
  const { stream, streamRevision, eventId } = identityOf(r);
  return `event ${eventId ?? '(no id)'} (stream ${stream ?? '(none)'}, revision ${streamRevision ?? '?'})`;
};
