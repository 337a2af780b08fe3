import type { OperationName } from './operations';
import type { ReplayFold } from './replayFold';
import type { Workload, WorkloadStream } from './workload';

/** Who stores the events: our stores, the bare driver doing the same work, or Emmett. */
export type SubjectFamily = 'ours' | 'raw' | 'emmett';

/** Where the events are kept. */
export type Backend = 'memory' | 'sqlite' | 'postgres' | 'esdb';

/** The streams a subject imports: a whole workload, or one generated a stream at a time. */
export interface StreamSource {
  readonly streams: Iterable<WorkloadStream>;
}

/** One subject on one fresh database: the operations the bench times, each run to completion. */
export interface SubjectSession {
  /**
   * Command-style appends: for each command, read the stream, fold it into the decider's state,
   * then append the command's events at the revision read.
   */
  readonly commandAppends: (workload: Workload) => Promise<void>;
  /** Everything appended as fast as the subject allows. */
  readonly bulkImport: (source: StreamSource) => Promise<void>;
  /** Another import path, timed as an operation of its own: raw PostgreSQL's COPY (operation `bulk-copy`). */
  readonly copyImport?: (source: StreamSource) => Promise<void>;
  /** Reads the whole log in global order, page by page, into the fold (operation `replay`). */
  readonly fullReplay?: (fold: ReplayFold) => Promise<void>;
  /** Reads each stream whole, in the order given, into the fold. */
  readonly replayByStream: (streams: ReadonlyArray<string>, fold: ReplayFold) => Promise<void>;
  /** The bytes the database takes on disk (measured after the first import); absent in memory. */
  readonly storedBytes?: () => Promise<number>;
  /** How many events are stored: the check that an import wrote all of them. */
  readonly storedCount: (streams: ReadonlyArray<string>) => Promise<number>;
  /** Closes the database and deletes it. */
  readonly close: () => Promise<void>;
}

/** What a subject may need from the machine: a directory for files, a PostgreSQL server. */
export interface SubjectEnvironment {
  /** A directory the subject may create files in. */
  readonly tempDir: string;
  /** The superuser URL of the bench's PostgreSQL server, when one runs. */
  readonly postgresAdminUrl?: string;
}

/** A subject of the bench: a way to store campaign events, opened afresh for each measurement. */
export interface Subject {
  readonly name: string;
  readonly family: SubjectFamily;
  readonly backend: Backend;
  /** The operations it can do, in the order of `operationNames`. */
  readonly operations: ReadonlyArray<OperationName>;
  /** Opens a session on a new, empty database (a new file, a new PostgreSQL database, a new server). */
  readonly open: (environment: SubjectEnvironment) => Promise<SubjectSession>;
  /** What to know when reading its numbers, printed under the table. */
  readonly notes?: ReadonlyArray<string>;
}

/** What every subject does but a COPY: all a store's API offers. */
export const storeOperations: ReadonlyArray<OperationName> = ['command', 'bulk', 'replay', 'replay-by-stream'];
