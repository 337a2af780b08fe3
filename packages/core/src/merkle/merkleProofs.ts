import type { MerkleHash } from './merkleHashes';
import { rangeHash, splitPoint, type PerfectSubtrees } from './merkleNodes';

const checkSize = (what: string, value: number): void => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be an integer >= 0, got ${String(value)}`);
};

/**
 * The inclusion proof of leaf `index` in the tree of the first `size` leaves: PATH(m, D[n]) of
 * RFC 9162 section 2.1.3.1, the hashes a verifier folds the leaf's hash with to reach the root,
 * nearest the leaf first. O(log n) subtree reads.
 */
export const inclusionPath = (subtrees: PerfectSubtrees, index: number, size: number): ReadonlyArray<MerkleHash> => {
  checkSize('inclusionPath: the index', index);
  checkSize('inclusionPath: the tree size', size);
  if (index >= size) throw new RangeError(`inclusionPath: leaf ${index} is not in a tree of ${size}`);
  const path: MerkleHash[] = [];
  // Walk down from the whole tree to the leaf, keeping each sibling; the proof lists them bottom up.
  let from = 0;
  let to = size;
  while (to - from > 1) {
    const k = splitPoint(to - from);
    if (index < from + k) {
      path.push(rangeHash(subtrees, from + k, to));
      to = from + k;
    } else {
      path.push(rangeHash(subtrees, from, from + k));
      from += k;
    }
  }
  return path.reverse();
};

/**
 * The consistency proof between the trees of the first `oldSize` and `newSize` leaves:
 * PROOF(m, D[n]) of RFC 9162 section 2.1.4.1, what shows that the older tree is a prefix of the
 * newer. Empty when the sizes are equal or the old tree is empty, as the RFC has it. O(log n)
 * subtree reads.
 */
export const consistencyPath = (subtrees: PerfectSubtrees, oldSize: number, newSize: number): ReadonlyArray<MerkleHash> => {
  checkSize('consistencyPath: the old size', oldSize);
  checkSize('consistencyPath: the new size', newSize);
  if (oldSize > newSize) throw new RangeError(`consistencyPath: the old size ${oldSize} is above the new size ${newSize}`);
  if (oldSize === 0 || oldSize === newSize) return [];
  const path: MerkleHash[] = [];
  // SUBPROOF(m, D[from:to], whole), unrolled: `whole` says whether the old tree's root is this
  // subtree's (then the verifier has it and it is left out).
  let m = oldSize;
  let from = 0;
  let to = newSize;
  let whole = true;
  while (m !== to - from) {
    const k = splitPoint(to - from);
    if (m <= k) {
      path.push(rangeHash(subtrees, from + k, to));
      to = from + k;
    } else {
      path.push(rangeHash(subtrees, from, from + k));
      from += k;
      m -= k;
      whole = false;
    }
  }
  if (!whole) path.push(rangeHash(subtrees, from, to));
  return path.reverse();
};
