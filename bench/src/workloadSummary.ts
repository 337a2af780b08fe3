import type { Workload } from './workload';

/** What the table's reader needs to know of a workload. */
export interface WorkloadSummary {
  readonly seed: number;
  readonly events: number;
  readonly streams: number;
  readonly commands: number;
  /** The mean size of an event's data as JSON, in UTF-8 bytes. */
  readonly meanPayloadBytes: number;
  /** Events of each type. */
  readonly types: Readonly<Record<string, number>>;
}

/** Counts a workload's events, commands and payload bytes. */
export const summariseWorkload = (workload: Workload): WorkloadSummary => {
  let bytes = 0;
  let commands = 0;
  const types: Record<string, number> = {};
  for (const stream of workload.streams) {
    commands += stream.commands.length;
    for (const e of stream.events) {
      bytes += Buffer.byteLength(JSON.stringify(e.event.data));
      types[e.event.type] = (types[e.event.type] ?? 0) + 1;
    }
  }
  return {
    seed: workload.seed,
    events: workload.eventCount,
    streams: workload.streams.length,
    commands,
    meanPayloadBytes: Math.round(bytes / Math.max(1, workload.eventCount)),
    types,
  };
};
