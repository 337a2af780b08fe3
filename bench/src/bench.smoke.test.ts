import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PostgresServer } from '../../packages/postgres/test/postgresServer';
import { expectedFigures } from './expectedFigures';
import { operationNames } from './operations';
import { runSubject } from './runSubject';
import type { SubjectEnvironment } from './subject';
import { allSubjects } from './subjects';
import { generateWorkload } from './workload';
import { measureMerkle } from './merkleCost';

// The bench's own functions on a workload small enough for a test: never a timing, only that every
// subject stores and reads back every event and that their replays give the same figures as the
// workload folded in memory.
const EVENTS = 300;
const workload = generateWorkload({ seed: 7, events: EVENTS, streams: 10 });
const expected = expectedFigures(workload);

describe(`the bench on ${EVENTS} events over 10 streams`, () => {
  const server: PostgresServer = inject('postgresServer');
  let tempDir = '';
  beforeAll(async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'campaign-ledger-bench-smoke-'));
  });
  afterAll(async () => {
    await rm(tempDir, { recursive: true, force: true });
  });

  it('folds every generated event into the expected figures', () => {
    expect(expected.events).toBe(EVENTS);
  });

  for (const subject of allSubjects) {
    if (subject.backend === 'postgres' && !server.available) {
      // With CI=true the global setup has already failed the run; elsewhere the skip says why.
      it(`${subject.name}: its replays give the expected figures`, (context) => {
        expect(process.env['CI'], 'with CI=true the PostgreSQL subjects must run').not.toBe('true');
        context.skip(`did not run: ${server.reason}`);
      });
      continue;
    }
    it(`${subject.name}: its replays give the expected figures`, async () => {
      const environment: SubjectEnvironment = { tempDir, ...(server.available ? { postgresAdminUrl: server.url } : {}) };
      const result = await runSubject(subject, workload, environment, { runs: 1, commandStreams: 10, operations: new Set(operationNames) });
      expect(result.countProblems).toEqual([]);
      expect(result.byStreamFigures).toEqual(expected);
      if (subject.operations.includes('replay')) expect(result.replayFigures).toEqual(expected);
      // A database on disk is measured after the import; only the in-memory subjects have none.
      if (subject.backend === 'sqlite' || subject.backend === 'postgres') expect(result.storedBytes).toBeGreaterThan(0);
      else expect(result.storedBytes).toBeNull();
    });
  }
});

describe("the bench's Merkle tree on small logs", () => {
  it('builds the tree at each size and gives proofs of the length a tree of that size needs', async () => {
    const points = await measureMerkle([1, 2, 1000], 20);
    expect(points.map((p) => p.events)).toEqual([1, 2, 1000]);
    // A tree of n leaves has proofs of at most ceil(log2 n) hashes; a tree of one leaf, none.
    expect(points.map((p) => p.inclusionHashes)).toEqual([0, 1, 10]);
    expect(points[2]?.consistencyHashes).toBeGreaterThan(0);
    expect(points[2]?.consistencyHashes).toBeLessThanOrEqual(2 * 10);
  });
});
