import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { nativeCrypto } from '../integrity/sha256Hex';

// RFC 9162, section 2.1.1: a leaf is hashed with the prefix 0x00 and an interior node with 0x01,
// so that no leaf can pass for a node (a second preimage across levels).
const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** A SHA-256 digest: 32 bytes. */
export type MerkleHash = Uint8Array;

interface NativeBytesHash {
  update(data: Uint8Array): NativeBytesHash;
  digest(): Uint8Array;
}

const native = nativeCrypto() as unknown as { createHash(algorithm: 'sha256'): NativeBytesHash } | undefined;

/** SHA-256 of the parts, one after the other: Node.js's native hash where there is one, else `@noble/hashes`. */
const sha256Of = (...parts: ReadonlyArray<Uint8Array>): MerkleHash => {
  if (native !== undefined) {
    const hash = native.createHash('sha256');
    for (const part of parts) hash.update(part);
    return new Uint8Array(hash.digest());
  }
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return sha256(joined);
};

/** The hash of the empty tree: SHA-256 of nothing. */
export const EMPTY_TREE_HASH: MerkleHash = sha256(new Uint8Array(0));

/** A leaf's hash: SHA-256(0x00 ‖ leaf input). */
export const leafHash = (input: Uint8Array): MerkleHash => sha256Of(LEAF_PREFIX, input);

/** An interior node's hash: SHA-256(0x01 ‖ left ‖ right). */
export const nodeHash = (left: MerkleHash, right: MerkleHash): MerkleHash => sha256Of(NODE_PREFIX, left, right);

/** A hash as lower-case hex, as envelopes and checkpoints carry hashes. */
export const hexOfHash = (hash: MerkleHash): string => bytesToHex(hash);

/** A hash from hex (64 digits, either case), or null when the text is not one. */
export const hashOfHex = (hex: string): MerkleHash | null => (/^[0-9a-fA-F]{64}$/.test(hex) ? hexToBytes(hex.toLowerCase()) : null);

/** Whether two hashes are the same bytes. */
export const sameHash = (a: MerkleHash, b: MerkleHash): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);
