import { readFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { mth, path as referencePath, proof as referenceProof, rootFromPath, rootsFromProof } from '../../test/rfc9162Reference';
import { EMPTY_TREE_HASH, hexOfHash, leafHash, type MerkleHash } from './merkleHashes';
import { perfectSubtreesOf, rangeHash, treeRoot } from './merkleNodes';
import { consistencyPath, inclusionPath } from './merkleProofs';
import { verifyConsistency, verifyInclusion } from './verifyProofs';

interface Vectors {
  readonly leafInputs: ReadonlyArray<string>;
  readonly rootHashes: ReadonlyArray<string>;
  readonly inclusion: ReadonlyArray<{ readonly file: string; readonly leafIndex: number; readonly treeSize: number; readonly root: string; readonly leafHash: string; readonly proof: ReadonlyArray<string>; readonly wantErr: boolean }>;
  readonly consistency: ReadonlyArray<{ readonly file: string; readonly size1: number; readonly size2: number; readonly root1: string; readonly root2: string; readonly proof: ReadonlyArray<string>; readonly wantErr: boolean }>;
}

// Published test vectors of RFC 6962/9162 Merkle trees (transparency-dev/merkle; see the file's `source`).
const vectors = JSON.parse(readFileSync(new URL('../../test/vectors/merkle.json', import.meta.url), 'utf8')) as Vectors;
const leafInputs = vectors.leafInputs.map((hex) => Buffer.from(hex, 'hex'));
const subtrees = perfectSubtreesOf(leafInputs.map((input) => leafHash(input)));
const hex = (hashes: ReadonlyArray<MerkleHash>): ReadonlyArray<string> => hashes.map(hexOfHash);
const isHash = (text: string): boolean => /^[0-9a-f]{64}$/.test(text);

describe('the Merkle tree of RFC 9162 on published test vectors', () => {
  it('gives the published root of every tree of the eight test leaves, the empty one included', () => {
    expect(hexOfHash(EMPTY_TREE_HASH)).toBe(vectors.rootHashes[0]);
    for (let size = 1; size <= 8; size += 1) expect(hexOfHash(treeRoot(subtrees, size)), `size ${size}`).toBe(vectors.rootHashes[size]);
  });

  it(`accepts exactly the inclusion proofs the vectors accept (${vectors.inclusion.length} vectors)`, () => {
    for (const v of vectors.inclusion) {
      const result = verifyInclusion({ leafIndex: v.leafIndex, treeSize: v.treeSize, path: v.proof }, v.leafHash, v.root);
      expect(E.isLeft(result), `${v.file}: ${E.isLeft(result) ? result.left.message : 'accepted'}`).toBe(v.wantErr);
    }
  });

  it(`accepts exactly the consistency proofs the vectors accept (${vectors.consistency.length} vectors), save one that passes roots that are no hashes`, () => {
    for (const v of vectors.consistency) {
      const result = verifyConsistency({ oldSize: v.size1, newSize: v.size2, path: v.proof }, v.root1, v.root2);
      // The reference implementation compares equal-size roots as bytes of any length; a hash here is 32 bytes, always.
      const wantErr = v.wantErr || !isHash(v.root1) || !isHash(v.root2);
      expect(E.isLeft(result), `${v.file}: ${E.isLeft(result) ? result.left.message : 'accepted'}`).toBe(wantErr);
    }
    expect(vectors.consistency.filter((v) => !v.wantErr && (!isHash(v.root1) || !isHash(v.root2))).map((v) => v.file)).toEqual(['consistency/additional/sizes-are-equal-one-and-proof-is-empty.json']);
  });

  it('generates the very proofs of the vectors that accept, over the eight test leaves', () => {
    const inclusions = vectors.inclusion.filter((v) => !v.wantErr && v.treeSize <= 8 && v.root === vectors.rootHashes[v.treeSize]);
    const consistencies = vectors.consistency.filter((v) => !v.wantErr && v.size2 <= 8 && v.root2 === vectors.rootHashes[v.size2]);
    expect(inclusions.length + consistencies.length).toBeGreaterThanOrEqual(10);
    for (const v of inclusions) expect(hex(inclusionPath(subtrees, v.leafIndex, v.treeSize)), v.file).toEqual(v.proof);
    for (const v of consistencies) expect(hex(consistencyPath(subtrees, v.size1, v.size2)), v.file).toEqual(v.proof);
  });
});

describe('the Merkle tree against an implementation written from the RFC in the test', () => {
  const leaves = Array.from({ length: 70 }, (_, i) => Buffer.from(`event ${i}: ${'x'.repeat(i % 7)}`, 'utf8'));
  const ours = perfectSubtreesOf(leaves.map((leaf) => leafHash(leaf)));

  it('gives the same root for every size from 0 to 70', () => {
    for (let n = 0; n <= leaves.length; n += 1) expect(hexOfHash(treeRoot(ours, n)), `size ${n}`).toBe(mth(leaves.slice(0, n)).toString('hex'));
  });

  it('gives the same inclusion proofs, which both verifiers accept; ours refuses one with a bit flipped or given for the next leaf', () => {
    for (let n = 1; n <= 40; n += 1) {
      const root = treeRoot(ours, n);
      for (let m = 0; m < n; m += 1) {
        const proof = inclusionPath(ours, m, n);
        expect(hex(proof), `PATH(${m}, D[${n}])`).toEqual(referencePath(m, leaves.slice(0, n)).map((b) => b.toString('hex')));
        const leaf = leafHash(leaves[m] as Buffer);
        expect(rootFromPath(m, n, Buffer.from(leaf), proof.map((h) => Buffer.from(h)))?.toString('hex'), `the reference verifies PATH(${m}, D[${n}])`).toBe(hexOfHash(root));
        expect(verifyInclusion({ leafIndex: m, treeSize: n, path: hex(proof) }, hexOfHash(leaf), hexOfHash(root))).toEqual(E.right(undefined));
        if (proof.length > 0) {
          const flipped = hex(proof).map((h, i) => (i === proof.length - 1 ? `${h.slice(0, 63)}${h[63] === '0' ? '1' : '0'}` : h));
          expect(E.isLeft(verifyInclusion({ leafIndex: m, treeSize: n, path: flipped }, hexOfHash(leaf), hexOfHash(root)))).toBe(true);
        }
        if (m + 1 < n) expect(E.isLeft(verifyInclusion({ leafIndex: m + 1, treeSize: n, path: hex(proof) }, hexOfHash(leaf), hexOfHash(root)))).toBe(true);
      }
    }
  });

  it('gives the same consistency proofs, which both verifiers accept; ours refuses one against the root of another log', () => {
    for (let n = 1; n <= 40; n += 1) {
      for (let m = 1; m <= n; m += 1) {
        const proof = consistencyPath(ours, m, n);
        const oldRoot = treeRoot(ours, m);
        const newRoot = treeRoot(ours, n);
        expect(hex(proof), `PROOF(${m}, D[${n}])`).toEqual(referenceProof(m, leaves.slice(0, n)).map((b) => b.toString('hex')));
        const reference = rootsFromProof(m, n, Buffer.from(oldRoot), proof.map((h) => Buffer.from(h)));
        expect([reference?.old.toString('hex'), reference?.new.toString('hex')], `the reference verifies PROOF(${m}, D[${n}])`).toEqual([hexOfHash(oldRoot), hexOfHash(newRoot)]);
        expect(verifyConsistency({ oldSize: m, newSize: n, path: hex(proof) }, hexOfHash(oldRoot), hexOfHash(newRoot))).toEqual(E.right(undefined));
        const otherOld = hexOfHash(treeRoot(perfectSubtreesOf(leaves.slice(1).map((leaf) => leafHash(leaf))), m));
        expect(E.isLeft(verifyConsistency({ oldSize: m, newSize: n, path: hex(proof) }, otherOld, hexOfHash(newRoot))), `another old root of ${m}`).toBe(true);
      }
    }
  });

  it('names what is wrong with a proof it cannot check', () => {
    const root = hexOfHash(treeRoot(ours, 5));
    const leaf = hexOfHash(leafHash(leaves[2] as Buffer));
    expect(verifyInclusion({ leafIndex: 5, treeSize: 5, path: [] }, leaf, root)).toMatchObject(E.left({ _tag: 'MalformedProof', message: 'leaf 5 is beyond a tree of 5' }));
    expect(verifyInclusion({ leafIndex: 2, treeSize: 5, path: ['zz'] }, leaf, root)).toMatchObject(E.left({ _tag: 'MalformedProof', message: 'the path[0] is not a hash of 64 hex digits: "zz"' }));
    expect(verifyInclusion({ leafIndex: 2, treeSize: 5, path: [] }, leaf, root)).toMatchObject(E.left({ _tag: 'MalformedProof', message: 'the path is shorter than a leaf at 2 in a tree of 5 needs' }));
    expect(verifyConsistency({ oldSize: 6, newSize: 5, path: [] }, root, root)).toMatchObject(E.left({ _tag: 'MalformedProof', message: 'the old size 6 is above the new size 5' }));
    const wrongRoot = verifyInclusion({ leafIndex: 2, treeSize: 5, path: hex(inclusionPath(ours, 2, 5)) }, leaf, hexOfHash(treeRoot(ours, 4)));
    expect(wrongRoot).toMatchObject(E.left({ _tag: 'RootMismatch', which: 'root', computed: root }));
    expect(() => rangeHash(ours, 3, 7)).toThrow(/not made of aligned perfect subtrees/);
  });
});
