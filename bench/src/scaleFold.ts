import { buildCampaignReport } from '@campaign-ledger/core';
import { foldGeneratedStream } from './expectedFigures';
import { makeReplayFold } from './replayFold';
import { workloadStreams, type WorkloadOptions } from './workload';

/** One size of the scale run: how long folding N generated events and building the report took. */
export interface ScalePoint {
  readonly events: number;
  readonly streams: number;
  /** Seconds spent in the fold alone (campaignFactsProjection over every event). */
  readonly foldSeconds: number;
  /** Seconds spent building the campaign report (every figure and the audit's reconciliation) from the facts. */
  readonly reportSeconds: number;
  /** Rows of the report built: the figures it computed. */
  readonly reportRows: number;
  /** Microseconds per event, fold and report together. */
  readonly microsecondsPerEvent: number;
  /** The process's peak resident memory, in MiB. */
  readonly maxRssMiB: number;
}

/**
 * Folds a workload of `options.events` events into the campaign's facts and builds the report
 * from them, in this process, timing only the fold and the report: each stream is generated
 * (untimed), folded, and let go, so that the events themselves never all sit in memory.
 */
export const scalePoint = (options: WorkloadOptions): ScalePoint => {
  const fold = makeReplayFold();
  let foldMs = 0;
  let position = 0;
  for (const stream of workloadStreams(options)) {
    const start = performance.now();
    position = foldGeneratedStream(fold, stream, position);
    foldMs += performance.now() - start;
  }
  const start = performance.now();
  const report = buildCampaignReport(fold.facts());
  const reportMs = performance.now() - start;
  const reportRows = report.groups.reduce((rows, group) => rows + group.sections.reduce((n, section) => n + section.rows.length, 0), 0);
  return {
    events: fold.count(),
    streams: options.streams,
    foldSeconds: foldMs / 1000,
    reportSeconds: reportMs / 1000,
    reportRows,
    microsecondsPerEvent: ((foldMs + reportMs) * 1000) / fold.count(),
    maxRssMiB: (process.resourceUsage().maxRSS * 1024) / (1024 * 1024),
  };
};
