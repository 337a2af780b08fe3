import { median } from './median';
import type { OperationName } from './operations';
import { profiled } from './profiled';
import { makeReplayFold, type ReplayFold } from './replayFold';
import { replayFigures, type ReplayFigures } from './replayFigures';
import type { Backend, Subject, SubjectEnvironment, SubjectFamily, SubjectSession } from './subject';
import { firstStreams, type Workload } from './workload';

/** How a subject is measured. */
export interface RunOptions {
  /** How many times each operation runs; the median is reported. */
  readonly runs: number;
  /** How many streams of the workload the command-style appends run on (the first ones). */
  readonly commandStreams: number;
  /** The operations to time; replays import the workload first whether or not the import is timed. */
  readonly operations: ReadonlySet<OperationName>;
  /** Where to write a CPU profile of each operation's first run; none when absent. */
  readonly profileDir?: string;
  /** Called with a line of progress. */
  readonly log?: (line: string) => void;
}

/** One operation's measurements. */
export interface OperationResult {
  /** Events each run wrote or read. */
  readonly events: number;
  /** Events per second of each run, in order. */
  readonly runs: ReadonlyArray<number>;
  readonly median: number;
}

/** Everything measured of one subject. */
export interface SubjectResult {
  readonly subject: string;
  readonly family: SubjectFamily;
  readonly backend: Backend;
  readonly operations: Partial<Record<OperationName, OperationResult>>;
  /** The figures of the first full replay (null when the subject has none, or it was not run). */
  readonly replayFigures: ReplayFigures | null;
  /** The figures of the first replay by stream (null when it was not run). */
  readonly byStreamFigures: ReplayFigures | null;
  /** The bytes the database took on disk after the first bulk import (null in memory, or when no import ran). */
  readonly storedBytes: number | null;
  /** Every time a stored or read count was not the workload's: empty when all were. */
  readonly countProblems: ReadonlyArray<string>;
  readonly notes: ReadonlyArray<string>;
}

const required = <F>(operation: F | undefined, name: string): F => {
  if (operation === undefined) throw new Error(`the subject lists an operation its session lacks (${name})`);
  return operation;
};

const seconds = async (work: () => Promise<void>): Promise<number> => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};

/**
 * Measures one subject on a workload: each selected operation `runs` times, each run on a fresh
 * database (the replays read the database the run's import wrote), checking after each write that
 * every event was stored and after each replay that every event was read.
 */
export const runSubject = async (subject: Subject, workload: Workload, environment: SubjectEnvironment, options: RunOptions): Promise<SubjectResult> => {
  const { log = () => undefined } = options;
  const selected = new Set(subject.operations.filter((operation) => options.operations.has(operation)));
  const commandWorkload = firstStreams(workload, options.commandStreams);
  const streamNames = workload.streams.map((s) => s.name);
  const rates = new Map<OperationName, number[]>();
  const eventsOf = new Map<OperationName, number>();
  const countProblems: string[] = [];
  let figures: ReplayFigures | null = null;
  let byStreamFigures: ReplayFigures | null = null;
  let storedBytes: number | null = null;

  const checkCount = (what: string, actual: number, expected: number): void => {
    if (actual !== expected) countProblems.push(`${what}: ${actual} events, expected ${expected}`);
  };
  const timed = async (operation: OperationName, run: number, events: number, work: () => Promise<void>): Promise<void> => {
    const label = `${subject.name}-${operation}`;
    const elapsed = await seconds(() => (run === 1 && options.profileDir !== undefined ? profiled(options.profileDir, label, work) : work()));
    const rate = events / elapsed;
    rates.set(operation, [...(rates.get(operation) ?? []), rate]);
    eventsOf.set(operation, events);
    log(`${subject.name} run ${run}: ${operation} ${Math.round(rate).toLocaleString('en-US')} events/s (${elapsed.toFixed(2)} s)`);
  };
  const inSession = async (use: (session: SubjectSession) => Promise<void>): Promise<void> => {
    const session = await subject.open(environment);
    try {
      await use(session);
    } finally {
      await session.close();
    }
  };
  const replay = async (operation: OperationName, run: number, read: (fold: ReplayFold) => Promise<void>): Promise<ReplayFigures | null> => {
    const fold = makeReplayFold();
    await timed(operation, run, workload.eventCount, () => read(fold));
    checkCount(`${operation}, run ${run}`, fold.count(), workload.eventCount);
    // The figures are computed once, untimed: they are the same work for every subject.
    return run === 1 ? replayFigures(fold.facts(), fold.count()) : null;
  };

  for (let run = 1; run <= options.runs; run++) {
    if (selected.has('command')) {
      await inSession(async (session) => {
        await timed('command', run, commandWorkload.eventCount, () => session.commandAppends(commandWorkload));
        checkCount(`command-style, run ${run}`, await session.storedCount(commandWorkload.streams.map((s) => s.name)), commandWorkload.eventCount);
      });
    }
    if (selected.has('bulk') || selected.has('replay') || selected.has('replay-by-stream')) {
      await inSession(async (session) => {
        const importAll = () => session.bulkImport(workload);
        if (selected.has('bulk')) await timed('bulk', run, workload.eventCount, importAll);
        else await importAll();
        checkCount(`bulk import, run ${run}`, await session.storedCount(streamNames), workload.eventCount);
        if (run === 1 && session.storedBytes !== undefined) storedBytes = await session.storedBytes();
        if (selected.has('replay')) figures = (await replay('replay', run, required(session.fullReplay, 'fullReplay'))) ?? figures;
        if (selected.has('replay-by-stream')) {
          byStreamFigures = (await replay('replay-by-stream', run, (fold) => session.replayByStream(streamNames, fold))) ?? byStreamFigures;
        }
      });
    }
    if (selected.has('bulk-copy')) {
      await inSession(async (session) => {
        const copy = required(session.copyImport, 'copyImport');
        await timed('bulk-copy', run, workload.eventCount, () => copy(workload));
        checkCount(`bulk (COPY), run ${run}`, await session.storedCount(streamNames), workload.eventCount);
      });
    }
  }

  const operations: Partial<Record<OperationName, OperationResult>> = {};
  for (const [operation, runs] of rates) operations[operation] = { events: eventsOf.get(operation) ?? 0, runs, median: median(runs) };
  return {
    subject: subject.name,
    family: subject.family,
    backend: subject.backend,
    operations,
    replayFigures: figures,
    byStreamFigures,
    storedBytes,
    countProblems,
    notes: subject.notes ?? [],
  };
};
