import type { MerklePoint } from './merkleCost';
import type { MillionReplay } from './childRequest';
import type { MachineInfo, Versions } from './machineInfo';
import type { ReplayFigures } from './replayFigures';
import type { ScalePoint } from './scaleFold';
import type { SubjectResult } from './runSubject';
import type { WorkloadSummary } from './workloadSummary';

/** Everything one `npm run bench` measured, as written to its JSON file. */
export interface BenchReport {
  readonly generatedAt: string;
  readonly machine: MachineInfo;
  readonly versions: Versions;
  /** The PostgreSQL server's durability settings, as it reported them; null when none ran. */
  readonly postgresSettings: Readonly<Record<string, string>> | null;
  /** The pragmas of every SQLite subject (our store's). */
  readonly sqlitePragmas: Readonly<Record<string, string>>;
  readonly runs: number;
  readonly workload: WorkloadSummary;
  /** The part of the workload the command-style appends run on. */
  readonly commandWorkload: WorkloadSummary;
  /** The figures every replay must give. */
  readonly expected: ReplayFigures;
  readonly subjects: ReadonlyArray<SubjectResult>;
  readonly million: { readonly expected: ReplayFigures; readonly replays: ReadonlyArray<MillionReplay> } | null;
  /** The fold and the report at 10,000, 100,000 and 1,000,000 events, each in a process of its own; null unless asked. */
  readonly scale: ReadonlyArray<ScalePoint> | null;
  /** The Merkle tree built at 10,000, 100,000 and 1,000,000 events, with the time of its proofs; null unless asked. */
  readonly merkle: ReadonlyArray<MerklePoint> | null;
  /** The parts of the run that failed (the million-event replay, the scale run), each with why. */
  readonly failures: ReadonlyArray<string>;
  /** What to know when reading the numbers. */
  readonly notes: ReadonlyArray<string>;
}
