import { nfcCanonicalJson } from '../store/canonicalJson';
import type { SealInput } from './eventSeal';

/**
 * The text an event's hash is computed over: one canonical JSON object (keys sorted, no
 * whitespace, every string in NFC) holding the event's id, stream, stream revision, global
 * position, recordedAt, domain date, type, data and metadata, and the hashes of its predecessors in
 * its stream and in the log. Every store calls it the same way, through hashEvent, so a log written
 * by one store verifies with any other. Throws a RangeError when the content is not JSON.
 *
 * @example
 * canonicalContent({ ...envelope, previousStreamHash: GENESIS_HASH, previousGlobalHash: GENESIS_HASH });
 * // '{"data":{"n":1},"domainDate":null,"eventId":"…","globalPosition":1,…,"type":"Counted"}'
 */
export const canonicalContent = (input: SealInput): string => {
  // An event read in a later version than stored is sealed as stored.
  const sealed = input.storedEvent ?? input.event;
  return nfcCanonicalJson({
    eventId: input.eventId,
    stream: input.stream,
    streamRevision: input.streamRevision,
    globalPosition: input.globalPosition,
    recordedAt: input.recordedAt,
    domainDate: input.domainDate,
    type: sealed.type,
    data: sealed.data,
    metadata: input.metadata,
    previousStreamHash: input.previousStreamHash,
    previousGlobalHash: input.previousGlobalHash,
  });
};
