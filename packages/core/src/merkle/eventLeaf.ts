import { nfcCanonicalJson } from '../store/canonicalJson';
import type { EventEnvelope, StoredEventShape } from '../store/eventEnvelope';
import { hexOfHash, leafHash, type MerkleHash } from './merkleHashes';

const utf8 = new TextEncoder();

/**
 * The leaf input of an event in the log's Merkle tree: the UTF-8 bytes of one canonical JSON
 * object (keys sorted, no whitespace, every string in NFC) holding the event's id, stream, stream
 * revision, global position, recordedAt, domain date, type, data and metadata, in the form the
 * store keeps (an event read in a later version counts as stored). It leaves the hash-chain links
 * out: the tree stands on its own. The event at global position p is leaf p − 1.
 */
export const eventLeafInput = (envelope: EventEnvelope<StoredEventShape>): Uint8Array => {
  const stored = envelope.storedEvent ?? envelope.event;
  return utf8.encode(
    nfcCanonicalJson({
      eventId: envelope.eventId,
      stream: envelope.stream,
      streamRevision: envelope.streamRevision,
      globalPosition: envelope.globalPosition,
      recordedAt: envelope.recordedAt,
      domainDate: envelope.domainDate,
      type: stored.type,
      data: stored.data,
      metadata: envelope.metadata,
    }),
  );
};

/** The leaf hash of an event: SHA-256(0x00 ‖ eventLeafInput), as bytes. */
export const eventLeafHashBytes = (envelope: EventEnvelope<StoredEventShape>): MerkleHash => leafHash(eventLeafInput(envelope));

/** The leaf hash of an event, lower-case hex: what verifyInclusion takes, computed from the event alone. */
export const eventLeafHash = (envelope: EventEnvelope<StoredEventShape>): string => hexOfHash(eventLeafHashBytes(envelope));
