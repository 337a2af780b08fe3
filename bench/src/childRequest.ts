import type { OperationName } from './operations';
import type { ReplayFigures } from './replayFigures';
import type { ScalePoint } from './scaleFold';
import type { SubjectResult } from './runSubject';
import type { SubjectEnvironment } from './subject';
import type { WorkloadOptions } from './workload';

/** The backends the million-event replay runs on. */
export type MillionBackend = 'sqlite' | 'postgres';

/**
 * What a million-event replay folds the events into: the campaign's facts (what the report is
 * built from, which keep every fact for its lineage), or nothing but a count (what the store's
 * paged read and decoding alone hold).
 */
export type MillionFold = 'facts' | 'count';

/** What a million-event replay measured, in its own process. */
export interface MillionReplay {
  readonly backend: MillionBackend;
  readonly fold: MillionFold;
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** The process's resident memory before the replay began, in MiB. */
  readonly rssBeforeMiB: number;
  /** Its peak resident memory, `process.resourceUsage().maxRSS`, in MiB. */
  readonly maxRssMiB: number;
  /** Its peak resident memory as the kernel reports it (VmHWM of /proc/self/status), in MiB; null elsewhere than Linux. */
  readonly vmHwmMiB: number | null;
  /** The figures of the facts folded; null for a count. */
  readonly figures: ReplayFigures | null;
}

/** Work the bench hands to a child process, so that each measurement has a process of its own. */
export type ChildRequest =
  | {
      readonly kind: 'subject';
      readonly subject: string;
      readonly workload: WorkloadOptions;
      readonly runs: number;
      readonly commandStreams: number;
      readonly operations: ReadonlyArray<OperationName>;
      readonly profileDir?: string;
      readonly environment: SubjectEnvironment;
    }
  | { readonly kind: 'million-import'; readonly backend: MillionBackend; readonly workload: WorkloadOptions; readonly environment: SubjectEnvironment }
  | { readonly kind: 'million-replay'; readonly backend: MillionBackend; readonly where: string; readonly fold: MillionFold }
  | { readonly kind: 'scale-point'; readonly workload: WorkloadOptions }
  | { readonly kind: 'million-expected'; readonly workload: WorkloadOptions };

/** What a child process answers to each kind of request. */
export interface ChildResponses {
  readonly subject: SubjectResult;
  /** Where the events were imported: a file path or a database URL. */
  readonly 'million-import': string;
  readonly 'million-replay': MillionReplay;
  readonly 'million-expected': ReplayFigures;
  readonly 'scale-point': ScalePoint;
}

/** What a child process sends back: its answer, or why it failed. */
export type ChildMessage<K extends ChildRequest['kind']> = { readonly ok: true; readonly value: ChildResponses[K] } | { readonly ok: false; readonly error: string };
