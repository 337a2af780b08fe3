import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchPostgres, type BenchPostgres } from './benchPostgres';
import type { BenchReport } from './benchReport';
import type { MillionBackend, MillionReplay } from './childRequest';
import type { BenchOptions } from './cliOptions';
import { expectedFigures } from './expectedFigures';
import { inChildProcess } from './forkChild';
import { removePostgresDatabase, removeSqliteFile } from './freshDatabases';
import { machineInfo, versions } from './machineInfo';
import { benchNotes } from './benchNotes';
import type { SubjectResult } from './runSubject';
import type { SubjectEnvironment } from './subject';
import type { ScalePoint } from './scaleFold';
import { measureMerkle, type MerklePoint } from './merkleCost';
import { subjectNamed } from './subjects';
import { firstStreams, generateWorkload, type WorkloadOptions } from './workload';
import { summariseWorkload } from './workloadSummary';

const MILLION = 1_000_000;

// A million events with as many events per stream as the main workload.
const millionWorkload = (options: WorkloadOptions): WorkloadOptions => ({
  seed: options.seed,
  events: MILLION,
  streams: Math.max(1, Math.round((MILLION * options.streams) / options.events)),
});

const runMillion = async (options: BenchOptions, environment: SubjectEnvironment, log: (line: string) => void): Promise<NonNullable<BenchReport['million']>> => {
  const workload = millionWorkload(options.workload);
  log(`million: folding the ${MILLION.toLocaleString('en-US')} generated events for the expected figures`);
  const expected = await inChildProcess({ kind: 'million-expected', workload });
  const backends: ReadonlyArray<MillionBackend> = environment.postgresAdminUrl === undefined ? ['sqlite'] : ['sqlite', 'postgres'];
  const replays: MillionReplay[] = [];
  for (const backend of backends) {
    log(`million: importing into ours-${backend} (untimed)`);
    const where = await inChildProcess({ kind: 'million-import', backend, workload, environment });
    try {
      for (const fold of ['count', 'facts'] as const) {
        log(`million: replaying ours-${backend} into ${fold === 'facts' ? "the campaign's facts" : 'a count'}`);
        replays.push(await inChildProcess({ kind: 'million-replay', backend, where, fold }));
      }
    } finally {
      if (backend === 'sqlite') await removeSqliteFile(where);
      else if (environment.postgresAdminUrl !== undefined) await removePostgresDatabase(environment.postgresAdminUrl, where);
    }
  }
  return { expected, replays };
};

// The tree at the sizes of the scale run, in this process: it is all computation, no store.
const runMerkle = async (log: (line: string) => void): Promise<ReadonlyArray<MerklePoint>> => {
  log('merkle: building the tree at 10,000, 100,000 and 1,000,000 events');
  return measureMerkle([10_000, 100_000, 1_000_000], 1000);
};

// The sizes of the scale run, with as many events per stream as the main workload.
const SCALE_SIZES = [10_000, 100_000, 1_000_000] as const;

const runScale = async (options: BenchOptions, log: (line: string) => void): Promise<ReadonlyArray<ScalePoint>> => {
  const points: ScalePoint[] = [];
  for (const events of SCALE_SIZES) {
    log(`scale: folding ${events.toLocaleString('en-US')} events into the report`);
    const streams = Math.max(1, Math.round((events * options.workload.streams) / options.workload.events));
    points.push(await inChildProcess({ kind: 'scale-point', workload: { seed: options.workload.seed, events, streams } }));
  }
  return points;
};

/**
 * Runs the bench: starts a durable PostgreSQL server when a subject needs one, measures each
 * subject in a child process of its own, one after the other (so they never share the CPUs), and
 * the million-event replay when asked, then stops the server and deletes every file it made.
 */
export const runBench = async (options: BenchOptions, log: (line: string) => void): Promise<BenchReport> => {
  const subjects = options.subjects.map((name) => {
    const subject = subjectNamed(name);
    if (subject === undefined) throw new RangeError(`no subject named ${name}`);
    return subject;
  });
  const tempDir = await mkdtemp(join(tmpdir(), 'campaign-ledger-bench-'));
  const notes: string[] = [];
  let postgres: BenchPostgres | undefined;
  if (options.million || subjects.some((s) => s.backend === 'postgres')) {
    log('starting a durable throwaway PostgreSQL server');
    const started = await startBenchPostgres();
    if ('unavailable' in started) {
      if (process.env['CI'] === 'true') throw new Error(`CI=true, but ${started.unavailable}`);
      notes.push(`The PostgreSQL subjects did not run: ${started.unavailable}.`);
    } else {
      postgres = started;
    }
  }
  const environment: SubjectEnvironment = { tempDir, ...(postgres === undefined ? {} : { postgresAdminUrl: postgres.url }) };
  try {
    log(`generating ${options.workload.events.toLocaleString('en-US')} events over ${options.workload.streams.toLocaleString('en-US')} streams`);
    const workload = generateWorkload(options.workload);
    const expected = expectedFigures(workload);
    const results: SubjectResult[] = [];
    for (const subject of subjects) {
      if (subject.backend === 'postgres' && postgres === undefined) continue;
      log(`measuring ${subject.name}`);
      results.push(
        await inChildProcess({
          kind: 'subject',
          subject: subject.name,
          workload: options.workload,
          runs: options.runs,
          commandStreams: options.commandStreams,
          operations: options.operations,
          ...(options.profileDir === undefined ? {} : { profileDir: options.profileDir }),
          environment,
        }),
      );
    }
    // A part that fails is reported, and fails the run, without losing what the others measured.
    const failures: string[] = [];
    const attempt = async <A>(part: string, run: () => Promise<A>): Promise<A | null> => {
      try {
        return await run();
      } catch (error) {
        failures.push(`${part}: ${error instanceof Error ? error.message : String(error)}`);
        log(`${part} failed: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
    };
    const million = options.million ? await attempt('the million-event replay', () => runMillion(options, environment, log)) : null;
    const scale = options.scale ? await attempt('the scale run', () => runScale(options, log)) : null;
    const merkle = options.merkle ? await attempt('the Merkle tree', () => runMerkle(log)) : null;
    const commandWorkload = summariseWorkload(firstStreams(workload, options.commandStreams));
    return {
      generatedAt: new Date().toISOString(),
      machine: machineInfo(),
      versions: versions(postgres?.version ?? null),
      postgresSettings: postgres?.settings ?? null,
      sqlitePragmas: { journal_mode: 'WAL', synchronous: 'NORMAL' },
      runs: options.runs,
      workload: summariseWorkload(workload),
      commandWorkload,
      expected,
      subjects: results,
      million,
      scale,
      merkle,
      failures,
      notes: [...notes, ...benchNotes(commandWorkload), ...new Set(results.flatMap((r) => r.notes))],
    };
  } finally {
    await postgres?.stop();
    await rm(tempDir, { recursive: true, force: true });
  }
};
