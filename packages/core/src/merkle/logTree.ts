import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { makeLogCursor, type LogSource } from '../integrity/logCursor';
import type { EventEnvelope, StoredEventShape } from '../store/eventEnvelope';
import type { StoreError } from '../store/storeError';
import { eventLeafHashBytes } from './eventLeaf';
import type { LogCheckpoint } from './logCheckpoint';
import { hexOfHash, type MerkleHash } from './merkleHashes';
import { perfectSubtreesOf, treeRoot } from './merkleNodes';
import { consistencyPath, inclusionPath } from './merkleProofs';
import { verifyConsistency, type ConsistencyProof, type InclusionProof } from './verifyProofs';

/** A question the tree cannot answer: a position or size outside it. */
export interface OutsideTree {
  readonly _tag: 'OutsideTree';
  readonly message: string;
}

/** Why the log's tree could not be built: the store failed, or an event is not at the position its place in the log says. */
export type LogTreeError = StoreError | { readonly _tag: 'LogOutOfOrder'; readonly expected: number; readonly found: number; readonly message: string };

/** The Merkle tree of the log as read: roots at any size, proofs of inclusion and consistency, checkpoints. */
export interface LogTree {
  /** How many events the tree holds. */
  readonly size: number;
  /** The root of the tree of the first `size` events (all by default), lower-case hex. */
  readonly root: (size?: number) => string;
  /** The leaf hash of the event at a global position, lower-case hex. */
  readonly leafHash: (globalPosition: number) => E.Either<OutsideTree, string>;
  /** The proof that the event at a global position is in the tree of the first `treeSize` events (all by default). */
  readonly proveInclusion: (globalPosition: number, treeSize?: number) => E.Either<OutsideTree, InclusionProof>;
  /** The proof that the tree of the first `oldSize` events is a prefix of the one of `newSize` (all by default). */
  readonly proveConsistency: (oldSize: number, newSize?: number) => E.Either<OutsideTree, ConsistencyProof>;
  /** The checkpoint of the whole tree under a log name, to sign with signCheckpoint. */
  readonly checkpoint: (origin: string) => LogCheckpoint;
}

const outside = (message: string): E.Either<OutsideTree, never> => E.left({ _tag: 'OutsideTree', message });

/** The tree of a list of leaf hashes, in log order. */
export const logTreeOfLeaves = (leaves: ReadonlyArray<MerkleHash>): LogTree => {
  const subtrees = perfectSubtreesOf(leaves);
  const size = leaves.length;
  const sizeOf = (given: number | undefined): number | null => {
    const n = given ?? size;
    return Number.isSafeInteger(n) && n >= 0 && n <= size ? n : null;
  };
  return {
    size,
    root: (at) => {
      const n = sizeOf(at);
      if (n === null) throw new RangeError(`root: the tree holds ${size} events, not ${String(at)}`);
      return hexOfHash(treeRoot(subtrees, n));
    },
    leafHash: (position) =>
      Number.isSafeInteger(position) && position >= 1 && position <= size
        ? E.right(hexOfHash(leaves[position - 1] as MerkleHash))
        : outside(`position ${String(position)} is not in a log of ${size} events`),
    proveInclusion: (position, treeSize) => {
      const n = sizeOf(treeSize);
      if (n === null) return outside(`a tree of ${String(treeSize)} events is not within the log's ${size}`);
      if (!Number.isSafeInteger(position) || position < 1 || position > n) return outside(`position ${String(position)} is not in a tree of ${n} events`);
      return E.right({ leafIndex: position - 1, treeSize: n, path: inclusionPath(subtrees, position - 1, n).map(hexOfHash) });
    },
    proveConsistency: (oldSize, newSize) => {
      const n = sizeOf(newSize);
      if (n === null) return outside(`a tree of ${String(newSize)} events is not within the log's ${size}`);
      if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > n) return outside(`a tree of ${String(oldSize)} events is not a prefix of one of ${n}`);
      return E.right({ oldSize, newSize: n, path: consistencyPath(subtrees, oldSize, n).map(hexOfHash) });
    },
    checkpoint: (origin) => ({ origin, treeSize: size, rootHash: hexOfHash(treeRoot(subtrees, size)) }),
  };
};

// The leaf of the event at the next place of the log, or why it cannot be one.
const leafAt = (leaves: MerkleHash[], envelope: EventEnvelope<StoredEventShape>): E.Either<LogTreeError, void> => {
  const expected = leaves.length + 1;
  if (envelope.globalPosition !== expected) {
    return E.left({ _tag: 'LogOutOfOrder', expected, found: envelope.globalPosition, message: `the event read at place ${expected} of the log says position ${String(envelope.globalPosition)}` });
  }
  leaves.push(eventLeafHashBytes(envelope));
  return E.right(undefined);
};

/**
 * Reads the log through the store port, a page at a time, and builds its Merkle tree: every event
 * becomes the leaf of its global position. Reads the whole log once; keeps 32 bytes per event and
 * the perfect subtrees above them.
 */
export const readLogTree = (store: LogSource, pageSize = 500): TE.TaskEither<LogTreeError, LogTree> => async () => {
  const cursor = makeLogCursor(store, pageSize);
  const leaves: MerkleHash[] = [];
  for (;;) {
    const next = await cursor.next();
    if (E.isLeft(next)) return next;
    const item = next.right;
    if (item === null) break;
    if (item._tag === 'Unreadable') return E.left({ _tag: 'CorruptEvent', stream: item.stream, globalPosition: item.globalPosition, reason: item.reason });
    const added = leafAt(leaves, item.envelope);
    if (E.isLeft(added)) return added;
  }
  return E.right(logTreeOfLeaves(leaves));
};

/** The Merkle tree of a whole log already read (an export, a page's embedded log), in global order from position 1. */
export const logTreeOf = (envelopes: ReadonlyArray<EventEnvelope<StoredEventShape>>): E.Either<LogTreeError, LogTree> => {
  const leaves: MerkleHash[] = [];
  for (const envelope of envelopes) {
    const added = leafAt(leaves, envelope);
    if (E.isLeft(added)) return added;
  }
  return E.right(logTreeOfLeaves(leaves));
};

/** How the log stands against an earlier checkpoint of it. */
export type LogAgainstCheckpoint =
  /** The log holds the checkpoint's tree as its prefix: the consistency proof that shows it (empty when the sizes are equal). */
  | { readonly _tag: 'Extends'; readonly checkpointSize: number; readonly logSize: number; readonly proof: ConsistencyProof }
  /** The log is smaller than the checkpoint: events were cut from its end (or the log restored from an older copy). */
  | { readonly _tag: 'Rollback'; readonly checkpointSize: number; readonly logSize: number; readonly message: string }
  /** The log has the checkpoint's size but another root: it was rewritten, and both versions cannot be the same log. */
  | { readonly _tag: 'Fork'; readonly size: number; readonly checkpointRoot: string; readonly logRoot: string; readonly message: string }
  /** The log is larger, but its first events are not those the checkpoint covered: no consistency proof exists. */
  | { readonly _tag: 'Rewrite'; readonly checkpointSize: number; readonly logSize: number; readonly logRootAtCheckpointSize: string; readonly message: string };

/**
 * Whether the log still extends a checkpoint: a rollback when it is smaller, a fork when it has the
 * size and not the root, a rewrite when no consistency proof from the checkpoint leads to its root.
 * The consistency proof is checked with verifyConsistency, as a third party would check it.
 */
export const compareWithCheckpoint = (tree: LogTree, checkpoint: LogCheckpoint): LogAgainstCheckpoint => {
  const { treeSize, rootHash } = checkpoint;
  if (treeSize > tree.size) {
    return { _tag: 'Rollback', checkpointSize: treeSize, logSize: tree.size, message: `the log holds ${tree.size} events, fewer than the ${treeSize} of the checkpoint: events were cut from its end` };
  }
  const rootThen = tree.root(treeSize);
  if (treeSize === tree.size && rootThen !== rootHash) {
    return { _tag: 'Fork', size: treeSize, checkpointRoot: rootHash, logRoot: rootThen, message: `the log holds the checkpoint's ${treeSize} events, but its root is ${rootThen}, not ${rootHash}: it was rewritten` };
  }
  const proof = tree.proveConsistency(treeSize);
  const holds =
    E.isRight(proof) &&
    (treeSize === 0 ? rootHash === rootThen : E.isRight(verifyConsistency(proof.right, rootHash, tree.root())));
  if (!holds || E.isLeft(proof)) {
    return {
      _tag: 'Rewrite',
      checkpointSize: treeSize,
      logSize: tree.size,
      logRootAtCheckpointSize: rootThen,
      message: `the log's first ${treeSize} events have the root ${rootThen}, not the checkpoint's ${rootHash}: no consistency proof leads from the checkpoint to the log, so it was rewritten`,
    };
  }
  return { _tag: 'Extends', checkpointSize: treeSize, logSize: tree.size, proof: proof.right };
};
