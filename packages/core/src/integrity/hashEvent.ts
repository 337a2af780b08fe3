import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalContent } from './canonicalContent';
import type { SealInput } from './eventSeal';

// A portable, synchronous SHA-256 (no node:crypto), so the core seals and verifies in a browser too.
const utf8 = new TextEncoder();

/**
 * An event's hash: the lower-case hex SHA-256 of its canonical content, which covers the hashes
 * of its predecessors in its stream and in the log. A store calls it (usually through sealBatch)
 * inside its atomic append; verifyLog calls it again on every stored envelope, which carries both
 * its content and its links, so `hashEvent(envelope) === envelope.hash` for an untouched event.
 */
export const hashEvent = (input: SealInput): string => bytesToHex(sha256(utf8.encode(canonicalContent(input))));
