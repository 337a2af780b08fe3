import { EMPTY_TREE_HASH, nodeHash, type MerkleHash } from './merkleHashes';

/**
 * The hashes of a tree's perfect subtrees: `(level, index)` is the root of the 2^level leaves from
 * `index × 2^level`, level 0 being the leaves' hashes. Only subtrees that are complete in the tree
 * are asked for. A store keeps these once each, as its batches complete them, so that a root or a
 * proof reads O(log n) of them and never replays the log.
 */
export type PerfectSubtrees = (level: number, index: number) => MerkleHash;

/** The largest power of two strictly below n (n > 1): where RFC 9162 splits a tree of n leaves. */
export const splitPoint = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

/**
 * MTH(D[from:to]), RFC 9162 section 2.1.1, for a range that starts on a multiple of the largest
 * power of two not above its length (every range the proofs ask for does): the perfect subtrees
 * that make it up, largest first, folded from the right.
 */
export const rangeHash = (subtrees: PerfectSubtrees, from: number, to: number): MerkleHash => {
  if (!(Number.isSafeInteger(from) && Number.isSafeInteger(to) && 0 <= from && from <= to)) throw new RangeError(`rangeHash: no range [${from}, ${to})`);
  if (from === to) return EMPTY_TREE_HASH;
  const parts: MerkleHash[] = [];
  let at = from;
  for (let level = Math.floor(Math.log2(to - from)); at < to; level -= 1) {
    const size = 2 ** level;
    if (at + size > to) continue;
    if (at % size !== 0) throw new RangeError(`rangeHash: [${from}, ${to}) is not made of aligned perfect subtrees`);
    parts.push(subtrees(level, at / size));
    at += size;
  }
  let hash = parts[parts.length - 1] as MerkleHash;
  for (let i = parts.length - 2; i >= 0; i -= 1) hash = nodeHash(parts[i] as MerkleHash, hash);
  return hash;
};

/** Every perfect subtree of a list of leaf hashes, level by level: what a store persists, built in memory. */
export const perfectSubtreesOf = (leafHashes: ReadonlyArray<MerkleHash>): PerfectSubtrees => {
  const levels: MerkleHash[][] = [[...leafHashes]];
  for (let below = levels[0] as MerkleHash[]; below.length > 1; ) {
    const level: MerkleHash[] = [];
    for (let i = 0; i + 1 < below.length; i += 2) level.push(nodeHash(below[i] as MerkleHash, below[i + 1] as MerkleHash));
    levels.push(level);
    below = level;
  }
  return (level, index) => {
    const hash = levels[level]?.[index];
    if (hash === undefined) throw new RangeError(`perfectSubtreesOf: no complete subtree at level ${level}, index ${index} among ${leafHashes.length} leaves`);
    return hash;
  };
};

/** The root of the first `size` leaves: MTH(D[0:size]). */
export const treeRoot = (subtrees: PerfectSubtrees, size: number): MerkleHash => rangeHash(subtrees, 0, size);
