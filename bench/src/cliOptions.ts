import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isOperationName, operationNames, type OperationName } from './operations';
import { allSubjects } from './subjects';
import { DEFAULT_WORKLOAD, checkWorkloadOptions, type WorkloadOptions } from './workload';

/** Everything `npm run bench` is told on its command line. */
export interface BenchOptions {
  readonly workload: WorkloadOptions;
  readonly runs: number;
  /** The streams the command-style appends run on: the first ones of the workload. */
  readonly commandStreams: number;
  readonly subjects: ReadonlyArray<string>;
  readonly operations: ReadonlyArray<OperationName>;
  /** Where the results go as JSON. */
  readonly jsonFile: string;
  /** Whether to replay a million events from SQLite and PostgreSQL and measure peak memory. */
  readonly million: boolean;
  /** Whether to fold 10,000, 100,000 and 1,000,000 generated events into the report, to show how the time grows. */
  readonly scale: boolean;
  /** Whether to build the log's Merkle tree at 10,000, 100,000 and 1,000,000 events and time its proofs. */
  readonly merkle: boolean;
  /** Where to write a CPU profile of each operation's first run, if anywhere. */
  readonly profileDir?: string;
  readonly help: boolean;
}

/** The subjects a bare `npm run bench` measures: every one, EventStoreDB's test server included (reported apart). */
export const defaultSubjects: ReadonlyArray<string> = allSubjects.map((s) => s.name);

// Command-style appends read the whole stream before each command and commit each one: on a
// durable server that is milliseconds a command, so they run on the first 100 streams.
const DEFAULT_COMMAND_STREAMS = 100;

/** Where the results are written unless told: bench/results/latest.json (ignored by git). */
export const defaultJsonFile = resolve(import.meta.dirname, '..', 'results', 'latest.json');

/** The help text of `npm run bench -- --help`. */
export const usage = `npm run bench -- [options]

  --events N            events in the workload (default ${DEFAULT_WORKLOAD.events})
  --streams S           campaign streams they are spread over (default ${DEFAULT_WORKLOAD.streams})
  --seed K              the workload's seed (default ${DEFAULT_WORKLOAD.seed})
  --runs R              runs of each operation; the median is reported (default 3)
  --command-streams C   streams the command-style appends run on, the first ones (default ${DEFAULT_COMMAND_STREAMS})
  --subjects a,b        subjects to measure (default all: ${defaultSubjects.join(',')})
  --operations a,b      operations to time (default ${operationNames.join(',')})
  --json FILE           where to write the results as JSON (default bench/results/latest.json)
  --million             also replay 1,000,000 events from SQLite and PostgreSQL, with peak RSS
  --scale               also fold 10,000, 100,000 and 1,000,000 generated events into the
                        campaign's facts and build the report from them, timing each
  --merkle              also build the log's Merkle tree at 10,000, 100,000 and 1,000,000 events
                        through the store port, and time its inclusion and consistency proofs
  --profile DIR         write a .cpuprofile of each operation's first run into DIR (that run is
                        slowed by the profiler: read its numbers from another run)
`;

const positiveInteger = (flag: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`--${flag} must be a positive integer, got ${value}`);
  return n;
};

const list = <A extends string>(flag: string, value: string | undefined, fallback: ReadonlyArray<A>, valid: (s: string) => s is A): ReadonlyArray<A> => {
  if (value === undefined) return fallback;
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = items.filter((s) => !valid(s));
  if (unknown.length > 0) throw new RangeError(`--${flag}: unknown ${unknown.join(', ')}`);
  return items.filter(valid);
};

const isSubjectName = (s: string): s is string => allSubjects.some((subject) => subject.name === s);

/** Reads the command line; throws a RangeError naming the flag that is wrong. */
export const parseBenchOptions = (args: ReadonlyArray<string>): BenchOptions => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      events: { type: 'string' },
      streams: { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      'command-streams': { type: 'string' },
      subjects: { type: 'string' },
      operations: { type: 'string' },
      json: { type: 'string' },
      million: { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
      merkle: { type: 'boolean', default: false },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const workload: WorkloadOptions = {
    events: positiveInteger('events', values.events, DEFAULT_WORKLOAD.events),
    streams: positiveInteger('streams', values.streams, DEFAULT_WORKLOAD.streams),
    seed: positiveInteger('seed', values.seed, DEFAULT_WORKLOAD.seed),
  };
  checkWorkloadOptions(workload);
  return {
    workload,
    runs: positiveInteger('runs', values.runs, 3),
    commandStreams: Math.min(workload.streams, positiveInteger('command-streams', values['command-streams'], DEFAULT_COMMAND_STREAMS)),
    subjects: list('subjects', values.subjects, defaultSubjects, isSubjectName),
    operations: list('operations', values.operations, operationNames, isOperationName),
    jsonFile: values.json === undefined ? defaultJsonFile : resolve(values.json),
    million: values.million,
    scale: values.scale,
    merkle: values.merkle,
    ...(values.profile === undefined ? {} : { profileDir: resolve(values.profile) }),
    help: values.help,
  };
};
