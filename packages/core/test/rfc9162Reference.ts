import { createHash } from 'node:crypto';

// RFC 9162, section 2.1, written down as the RFC defines it, recursively, for the tests only. It
// shares no code with src/merkle (which walks the tree iteratively and verifies with the RFC's
// bit-by-bit algorithms), so that agreement between the two says something.

const sha256 = (...parts: ReadonlyArray<Buffer>): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

const largestPowerOfTwoBelow = (n: number): number => 2 ** Math.ceil(Math.log2(n) - 1);

/** MTH(D[n]): the Merkle Tree Hash of a list of leaf inputs. */
export const mth = (leaves: ReadonlyArray<Buffer>): Buffer => {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return sha256(Buffer.of(0), leaves[0] as Buffer);
  const k = largestPowerOfTwoBelow(leaves.length);
  return sha256(Buffer.of(1), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
};

/** PATH(m, D[n]). */
export const path = (m: number, leaves: ReadonlyArray<Buffer>): ReadonlyArray<Buffer> => {
  if (leaves.length <= 1) return [];
  const k = largestPowerOfTwoBelow(leaves.length);
  return m < k ? [...path(m, leaves.slice(0, k)), mth(leaves.slice(k))] : [...path(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
};

const subproof = (m: number, leaves: ReadonlyArray<Buffer>, whole: boolean): ReadonlyArray<Buffer> => {
  if (m === leaves.length) return whole ? [] : [mth(leaves)];
  const k = largestPowerOfTwoBelow(leaves.length);
  return m <= k ? [...subproof(m, leaves.slice(0, k), whole), mth(leaves.slice(k))] : [...subproof(m - k, leaves.slice(k), false), mth(leaves.slice(0, k))];
};

/** PROOF(m, D[n]). */
export const proof = (m: number, leaves: ReadonlyArray<Buffer>): ReadonlyArray<Buffer> => subproof(m, leaves, true);

/** The root an inclusion proof leads to, by undoing PATH's recursion; null when the path does not fit the tree. */
export const rootFromPath = (m: number, n: number, leafHash: Buffer, hashes: ReadonlyArray<Buffer>): Buffer | null => {
  if (n === 1) return hashes.length === 0 ? leafHash : null;
  const last = hashes[hashes.length - 1];
  if (last === undefined) return null;
  const k = largestPowerOfTwoBelow(n);
  const inner = m < k ? rootFromPath(m, k, leafHash, hashes.slice(0, -1)) : rootFromPath(m - k, n - k, leafHash, hashes.slice(0, -1));
  if (inner === null) return null;
  return m < k ? sha256(Buffer.of(1), inner, last) : sha256(Buffer.of(1), last, inner);
};

/**
 * The old and new roots a consistency proof leads to, by undoing SUBPROOF's recursion (the old
 * root is given when the old tree is a whole subtree, as the proof then leaves it out); null when
 * the path does not fit the sizes.
 */
export const rootsFromProof = (m: number, n: number, oldRoot: Buffer, hashes: ReadonlyArray<Buffer>): { readonly old: Buffer; readonly new: Buffer } | null => {
  const walk = (m: number, n: number, whole: boolean, hs: ReadonlyArray<Buffer>): { readonly old: Buffer; readonly new: Buffer } | null => {
    if (m === n) {
      if (whole) return hs.length === 0 ? { old: oldRoot, new: oldRoot } : null;
      return hs.length === 1 ? { old: hs[0] as Buffer, new: hs[0] as Buffer } : null;
    }
    const last = hs[hs.length - 1];
    if (last === undefined) return null;
    const k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      const left = walk(m, k, whole, hs.slice(0, -1));
      return left === null ? null : { old: left.old, new: sha256(Buffer.of(1), left.new, last) };
    }
    const right = walk(m - k, n - k, false, hs.slice(0, -1));
    return right === null ? null : { old: sha256(Buffer.of(1), last, right.old), new: sha256(Buffer.of(1), last, right.new) };
  };
  return walk(m, n, true, hashes);
};
