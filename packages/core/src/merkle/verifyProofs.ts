import * as E from 'fp-ts/lib/Either.js';
import { hashOfHex, hexOfHash, nodeHash, sameHash, type MerkleHash } from './merkleHashes';

/** An inclusion proof: the leaf's index, the size of the tree it is proven in, and the path of hashes (hex), nearest the leaf first. */
export interface InclusionProof {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly path: ReadonlyArray<string>;
}

/** A consistency proof: the two tree sizes and the path of hashes (hex) that shows the older tree is a prefix of the newer. */
export interface ConsistencyProof {
  readonly oldSize: number;
  readonly newSize: number;
  readonly path: ReadonlyArray<string>;
}

/** Why a proof does not hold. */
export type ProofFailure =
  /** The proof cannot be checked at all: a hash that is not 64 hex digits, an index beyond the tree, sizes out of order, a path of the wrong length. */
  | { readonly _tag: 'MalformedProof'; readonly message: string }
  /** The proof is well formed, but the root it leads to is not the one given (for a consistency proof: the old or the new). */
  | { readonly _tag: 'RootMismatch'; readonly which: 'root' | 'old root' | 'new root'; readonly expected: string; readonly computed: string; readonly message: string };

const malformed = (message: string): E.Either<ProofFailure, never> => E.left({ _tag: 'MalformedProof', message });

const mismatch = (which: 'root' | 'old root' | 'new root', expected: MerkleHash, computed: MerkleHash): E.Either<ProofFailure, never> =>
  E.left({
    _tag: 'RootMismatch',
    which,
    expected: hexOfHash(expected),
    computed: hexOfHash(computed),
    message: `the proof leads to the ${which} ${hexOfHash(computed)}, not ${hexOfHash(expected)}`,
  });

// The RFC's verifiers walk two node indices up the tree together.
interface Walk {
  fn: number;
  sn: number;
}
const up = (walk: Walk): void => {
  walk.fn = half(walk.fn);
  walk.sn = half(walk.sn);
};
/** Up while the first index is a left child that is not the root of its level: both hash against nothing there. */
const upWhileEvenAndNotZero = (walk: Walk): void => {
  while (!isOdd(walk.fn) && walk.fn !== 0) up(walk);
};

const isSize = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
const isOdd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** Parses every hash of a proof; the first that is not 64 hex digits is named. */
const hashesOf = (what: string, texts: ReadonlyArray<string>): E.Either<ProofFailure, ReadonlyArray<MerkleHash>> => {
  if (!Array.isArray(texts)) return malformed(`${what} is not an array of hashes`);
  const hashes: MerkleHash[] = [];
  for (const [i, text] of texts.entries()) {
    const hash = typeof text === 'string' ? hashOfHex(text) : null;
    if (hash === null) return malformed(`${what}[${i}] is not a hash of 64 hex digits: ${JSON.stringify(text)}`);
    hashes.push(hash);
  }
  return E.right(hashes);
};

const hashOf = (what: string, text: string): E.Either<ProofFailure, MerkleHash> => {
  const hash = typeof text === 'string' ? hashOfHex(text) : null;
  return hash === null ? malformed(`${what} is not a hash of 64 hex digits: ${JSON.stringify(text)}`) : E.right(hash);
};

/**
 * Checks that a leaf, by its hash (hex), is at `leafIndex` in the tree of `treeSize` leaves whose
 * root is `root` (hex): RFC 9162 section 2.1.3.2. Needs nothing but its arguments: no store, no
 * network; it runs in a browser as in Node.js.
 */
export const verifyInclusion = (proof: InclusionProof, leafHash: string, root: string): E.Either<ProofFailure, void> => {
  const { leafIndex, treeSize } = proof;
  if (!isSize(leafIndex) || !isSize(treeSize)) return malformed(`the leaf index and tree size must be integers >= 0, got ${String(leafIndex)} and ${String(treeSize)}`);
  if (leafIndex >= treeSize) return malformed(`leaf ${leafIndex} is beyond a tree of ${treeSize}`);
  const leaf = hashOf('the leaf hash', leafHash);
  if (E.isLeft(leaf)) return leaf;
  const expected = hashOf('the root', root);
  if (E.isLeft(expected)) return expected;
  const path = hashesOf('the path', proof.path);
  if (E.isLeft(path)) return path;
  const walk: Walk = { fn: leafIndex, sn: treeSize - 1 };
  let r = leaf.right;
  for (const p of path.right) {
    if (walk.sn === 0) return malformed(`the path is longer than a leaf at ${leafIndex} in a tree of ${treeSize} needs`);
    if (isOdd(walk.fn) || walk.fn === walk.sn) {
      r = nodeHash(p, r);
      upWhileEvenAndNotZero(walk);
    } else {
      r = nodeHash(r, p);
    }
    up(walk);
  }
  if (walk.sn !== 0) return malformed(`the path is shorter than a leaf at ${leafIndex} in a tree of ${treeSize} needs`);
  return sameHash(r, expected.right) ? E.right(undefined) : mismatch('root', expected.right, r);
};

/**
 * Checks that the tree of `oldSize` leaves with root `oldRoot` is a prefix of the tree of `newSize`
 * leaves with root `newRoot` (hex): RFC 9162 section 2.1.4.2. Equal sizes need an empty path and
 * equal roots; an empty old tree proves nothing and is refused as malformed, as the RFC's
 * algorithm and its reference implementations have it (a caller that keeps an empty checkpoint
 * checks its root against the empty tree's instead).
 */
export const verifyConsistency = (proof: ConsistencyProof, oldRoot: string, newRoot: string): E.Either<ProofFailure, void> => {
  const { oldSize, newSize } = proof;
  if (!isSize(oldSize) || !isSize(newSize)) return malformed(`the tree sizes must be integers >= 0, got ${String(oldSize)} and ${String(newSize)}`);
  const first = hashOf('the old root', oldRoot);
  if (E.isLeft(first)) return first;
  const second = hashOf('the new root', newRoot);
  if (E.isLeft(second)) return second;
  const parsed = hashesOf('the path', proof.path);
  if (E.isLeft(parsed)) return parsed;
  const path = parsed.right;
  if (oldSize > newSize) return malformed(`the old size ${oldSize} is above the new size ${newSize}`);
  if (oldSize === 0) return malformed('a consistency proof from the empty tree proves nothing');
  if (oldSize === newSize) {
    if (path.length > 0) return malformed(`the sizes are equal (${oldSize}) but the path is not empty`);
    return sameHash(first.right, second.right) ? E.right(undefined) : mismatch('new root', second.right, first.right);
  }
  if (path.length === 0) return malformed(`the path is empty, but ${oldSize} and ${newSize} differ`);
  // An old tree that is a perfect subtree of the new one is a node of it: its root opens the path.
  const steps = Number.isInteger(Math.log2(oldSize)) && 2 ** Math.log2(oldSize) === oldSize ? [first.right, ...path] : path;
  const walk: Walk = { fn: oldSize - 1, sn: newSize - 1 };
  while (isOdd(walk.fn)) up(walk);
  let fr = steps[0] as MerkleHash;
  let sr = fr;
  for (const c of steps.slice(1)) {
    if (walk.sn === 0) return malformed(`the path is longer than the proof between ${oldSize} and ${newSize} needs`);
    if (isOdd(walk.fn) || walk.fn === walk.sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      upWhileEvenAndNotZero(walk);
    } else {
      sr = nodeHash(sr, c);
    }
    up(walk);
  }
  if (walk.sn !== 0) return malformed(`the path is shorter than the proof between ${oldSize} and ${newSize} needs`);
  if (!sameHash(fr, first.right)) return mismatch('old root', first.right, fr);
  return sameHash(sr, second.right) ? E.right(undefined) : mismatch('new root', second.right, sr);
};
