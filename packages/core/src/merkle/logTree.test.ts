import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { verifyLog } from '../integrity/verifyLog';
import type { StoredEventShape } from '../store/eventEnvelope';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { eventLeafHash } from './eventLeaf';
import { compareWithCheckpoint, logTreeOf, readLogTree, type LogTree } from './logTree';
import { verifyConsistency, verifyInclusion } from './verifyProofs';

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const fixedClock = (): Date => new Date('2010-12-31T00:00:00.000Z');

/** A log of Counted events, one append per event, spread over three streams; the same numbers give the same log. */
const logOf = async (numbers: ReadonlyArray<number>) => {
  const store = makeInMemoryEventStore<StoredEventShape>({ clock: fixedClock });
  for (const [i, n] of numbers.entries()) {
    const appended = await store.append(`campaign-${i % 3}`, [{ id: uuid(i + 1), event: { type: 'Counted', data: { n } }, domainDate: null }])();
    if (E.isLeft(appended)) throw new Error(JSON.stringify(appended.left));
  }
  return store;
};

const treeOf = async (numbers: ReadonlyArray<number>): Promise<LogTree> => {
  const tree = await readLogTree(await logOf(numbers))();
  if (E.isLeft(tree)) throw new Error(JSON.stringify(tree.left));
  return tree.right;
};

const first10 = [1289, 12360, 95, 2450, 7, 180, 42, 3, 66, 1000];

describe('the log as a Merkle tree, against an earlier checkpoint', () => {
  it('extends a checkpoint of its first events: the consistency proof holds for anyone who checks it', async () => {
    const then = (await treeOf(first10.slice(0, 6))).checkpoint('ledger.example/muong-te');
    const now = await treeOf(first10);
    const result = compareWithCheckpoint(now, then);
    expect(result).toMatchObject({ _tag: 'Extends', checkpointSize: 6, logSize: 10 });
    if (result._tag !== 'Extends') return;
    expect(verifyConsistency(result.proof, then.rootHash, now.root())).toEqual(E.right(undefined));
    expect(compareWithCheckpoint(now, now.checkpoint('ledger.example/muong-te'))).toMatchObject({ _tag: 'Extends', checkpointSize: 10, logSize: 10 });
    expect(compareWithCheckpoint(now, (await treeOf([])).checkpoint('ledger.example/muong-te'))).toMatchObject({ _tag: 'Extends', checkpointSize: 0 });
  });

  it('finds a cut tail: a rollback', async () => {
    const then = (await treeOf(first10.slice(0, 6))).checkpoint('ledger.example/muong-te');
    const cut = await logOf(first10.slice(0, 4));
    expect(await verifyLog(cut)()).toMatchObject(E.right({ _tag: 'Intact' }));
    const tree = await readLogTree(cut)();
    expect(E.isRight(tree) && compareWithCheckpoint(tree.right, then)).toMatchObject({ _tag: 'Rollback', checkpointSize: 6, logSize: 4 });
  });

  it('finds a full rewrite with every hash recomputed, which the chains alone call intact: a fork at the same size, a rewrite at a larger one', async () => {
    const then = (await treeOf(first10.slice(0, 6))).checkpoint('ledger.example/muong-te');
    const rewritten = [...first10];
    rewritten[2] = 96;
    const sameSize = await logOf(rewritten.slice(0, 6));
    expect(await verifyLog(sameSize)()).toMatchObject(E.right({ _tag: 'Intact' }));
    const forked = await readLogTree(sameSize)();
    expect(E.isRight(forked) && compareWithCheckpoint(forked.right, then)).toMatchObject({ _tag: 'Fork', size: 6, checkpointRoot: then.rootHash });
    expect(compareWithCheckpoint(await treeOf(rewritten), then)).toMatchObject({ _tag: 'Rewrite', checkpointSize: 6, logSize: 10 });
  });

  it('proves that an event is in the log, from the event alone, its proof and the root', async () => {
    const store = await logOf(first10);
    const tree = await readLogTree(store)();
    if (E.isLeft(tree)) throw new Error('no tree');
    const read = await store.readAll()();
    if (E.isLeft(read)) throw new Error('no log');
    for (const envelope of read.right) {
      const proof = tree.right.proveInclusion(envelope.globalPosition, 8);
      if (envelope.globalPosition > 8) {
        expect(proof).toMatchObject(E.left({ _tag: 'OutsideTree' }));
        continue;
      }
      expect(E.isRight(proof) && verifyInclusion(proof.right, eventLeafHash(envelope), tree.right.root(8))).toEqual(E.right(undefined));
    }
    expect(tree.right.proveInclusion(0)).toMatchObject(E.left({ _tag: 'OutsideTree', message: 'position 0 is not in a tree of 10 events' }));
  });

  it('builds the same tree from a log already read, and refuses one out of order', async () => {
    const store = await logOf(first10);
    const read = await store.readAll()();
    if (E.isLeft(read)) throw new Error('no log');
    const built = logTreeOf(read.right);
    expect(E.isRight(built) && built.right.root()).toBe((await treeOf(first10)).root());
    expect(logTreeOf([...read.right].reverse())).toMatchObject(E.left({ _tag: 'LogOutOfOrder', expected: 1, found: 10 }));
  });
});
