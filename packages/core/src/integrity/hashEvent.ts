import { canonicalContent } from './canonicalContent';
import type { SealInput } from './eventSeal';
import { sha256Hex } from './sha256Hex';

/**
 * An event's hash: the lower-case hex SHA-256 of its canonical content, which covers the hashes
 * of its predecessors in its stream and in the log. A store calls it (usually through sealBatch)
 * inside its atomic append; verifyLog calls it again on every stored envelope, which carries both
 * its content and its links, so `hashEvent(envelope) === envelope.hash` for an untouched event.
 */
export const hashEvent = (input: SealInput): string => sha256Hex(canonicalContent(input));
