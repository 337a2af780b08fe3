// `npm run bench -- --merkle`: what the log's Merkle tree costs. The tree is built through the
// store port from a synthetic log (the events are made as they are read, so only the tree is
// timed: the canonical leaf of every event, its hash and the subtrees above), then inclusion and
// consistency proofs are drawn at random positions and timed one by one.
import { performance } from 'node:perf_hooks';
import type { EventEnvelope } from '@campaign-ledger/core';
import type { StoredEventShape } from '@campaign-ledger/core/adapter';
import { readLogTree } from '@campaign-ledger/core/merkle';
import * as E from 'fp-ts/lib/Either.js';
import { median } from './median';
import { makePrng } from './prng';

/** The tree's cost at one log size. */
export interface MerklePoint {
  readonly events: number;
  /** Reading the log through the port and building the tree, in milliseconds. */
  readonly buildMs: number;
  /** The median time of one inclusion proof, in microseconds, and its length in hashes. */
  readonly inclusionMicros: number;
  readonly inclusionHashes: number;
  /** The median time of one consistency proof from a random older size, in microseconds, and its length. */
  readonly consistencyMicros: number;
  readonly consistencyHashes: number;
}

const ZERO_HASH = '0'.repeat(64);

const eventAt = (position: number): EventEnvelope<StoredEventShape> => ({
  eventId: `00000000-0000-4000-8000-${position.toString(16).padStart(12, '0')}`,
  stream: `campaign-${position % 1000}`,
  streamRevision: Math.floor((position - 1) / 1000),
  globalPosition: position,
  recordedAt: '2011-01-20T00:00:00.000Z',
  domainDate: '2010-12-31',
  event: { type: 'AttendanceRecorded', data: { classId: `class:${position}`, category: 'party-members', countUnit: 'person', count: position % 500 } },
  metadata: {},
  hash: ZERO_HASH,
  previousStreamHash: ZERO_HASH,
  previousGlobalHash: ZERO_HASH,
});

/** A log of `size` events made as they are read, a page at a time, as a store's readAll gives them. */
const syntheticLog = (size: number) => ({
  readAll: (options: { readonly fromPosition?: number; readonly limit?: number } = {}) => async () => {
    const from = options.fromPosition ?? 1;
    const to = Math.min(size, from + (options.limit ?? size) - 1);
    return E.right(Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => eventAt(from + i)));
  },
});

/** Builds the tree of a synthetic log of each size and times `samples` proofs of each kind on it. */
export const measureMerkle = async (sizes: ReadonlyArray<number>, samples: number, seed = 2011): Promise<ReadonlyArray<MerklePoint>> => {
  const points: MerklePoint[] = [];
  const random = makePrng(seed);
  for (const events of sizes) {
    const started = performance.now();
    const built = await readLogTree(syntheticLog(events), 5000)();
    const buildMs = performance.now() - started;
    if (E.isLeft(built)) throw new Error(`the tree of ${events} events could not be built: ${JSON.stringify(built.left)}`);
    const tree = built.right;
    const inclusion: number[] = [];
    const consistency: number[] = [];
    let inclusionHashes = 0;
    let consistencyHashes = 0;
    for (let i = 0; i < samples; i += 1) {
      const position = random.int(1, events);
      const t0 = performance.now();
      const proof = tree.proveInclusion(position);
      inclusion.push((performance.now() - t0) * 1000);
      if (E.isRight(proof)) inclusionHashes = Math.max(inclusionHashes, proof.right.path.length);
      const older = random.int(1, events - 1);
      const t1 = performance.now();
      const between = tree.proveConsistency(older);
      consistency.push((performance.now() - t1) * 1000);
      if (E.isRight(between)) consistencyHashes = Math.max(consistencyHashes, between.right.path.length);
    }
    points.push({ events, buildMs, inclusionMicros: median(inclusion), inclusionHashes, consistencyMicros: median(consistency), consistencyHashes });
  }
  return points;
};
