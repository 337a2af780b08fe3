import { verifyLog, type NewEvent } from '@campaign-ledger/core';
import { eventLeafHash, readLogTree, verifyConsistency, verifyInclusion } from '@campaign-ledger/core/merkle';
import * as E from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';
import { readAll, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { contractEventId, counted, type ContractEvent } from '../contractEvent';

const noted = (n: number, text: string, details: Record<string, unknown>): NewEvent<ContractEvent> => ({
  id: contractEventId(n),
  event: { type: 'Noted', data: { text, details } },
  domainDate: '2010-12-31',
  metadata: { source: 'báo cáo 2010' },
});

const group = 'Merkle tree';

// The root of the log the check below writes, as the in-memory store gives it: every store must
// give the same, since the tree covers only what the port returns (ids, streams, positions, the
// kit clock's times, data and metadata).
const ROOT_OF_SEVEN = 'c1e6b6bbe864a35e12f4fd54f05bbe913a1fb99639f52ff93fac934833193870';

/** The same events give the same Merkle root on every store, and its proofs verify. */
export const merkleChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'the same events give the same Merkle root on every store, and every inclusion proof and the consistency proofs verify',
    run: async ({ store }) => {
      await succeeds('a first append', store.append('campaign-a', [counted(1), counted(2), noted(3, 'Huyện ủy Mường Tè', { bloc: 'đảng' })], { expectedRevision: 'no-stream' }));
      await succeeds('a second stream', store.append('campaign-b', [counted(4)]));
      await succeeds('a third append', store.append('campaign-a', [counted(5), noted(6, 'trên 12.360 lượt', {}), counted(7)], { expectedRevision: 2 }));
      expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 7 });
      const built = await readLogTree(store)();
      if (E.isLeft(built)) throw new Error(`readLogTree failed: ${JSON.stringify(built.left)}`);
      const tree = built.right;
      expect(tree.size).toBe(7);
      if (tree.root() !== ROOT_OF_SEVEN) throw new Error(`the root of these seven events is ${tree.root()}, not ${ROOT_OF_SEVEN}`);
      for (const envelope of await readAll(store)) {
        const proof = tree.proveInclusion(envelope.globalPosition);
        expect(E.isRight(proof) && verifyInclusion(proof.right, eventLeafHash(envelope), tree.root()), `the inclusion proof of position ${envelope.globalPosition}`).toEqual(E.right(undefined));
      }
      for (let oldSize = 1; oldSize < 7; oldSize += 1) {
        const proof = tree.proveConsistency(oldSize);
        expect(E.isRight(proof) && verifyConsistency(proof.right, tree.root(oldSize), tree.root()), `the consistency proof from ${oldSize} to 7`).toEqual(E.right(undefined));
      }
    },
  },
];
