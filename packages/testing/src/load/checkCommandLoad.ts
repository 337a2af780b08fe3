import type { EventEnvelope } from '@campaign-ledger/core';
import type { CommandLoadReport } from './runCommandLoad';
import type { Tallied } from './tally';

const MAX_LISTED = 5;

// The first few items of a list of problems, and how many more there are.
const listed = (what: string, items: ReadonlyArray<string>): ReadonlyArray<string> =>
  items.length === 0 ? [] : [`${what}: ${items.slice(0, MAX_LISTED).join('; ')}${items.length > MAX_LISTED ? `; and ${items.length - MAX_LISTED} more` : ''}`];

/**
 * What is wrong with a store after a command load, as sentences (none: all holds):
 * - every command was accepted, none left to the caller (RetriesExhausted or any other error);
 * - every accepted command's events are in the log exactly once, under its stream, and the log
 *   holds nothing else;
 * - global positions run 1, 2, 3 … without a gap or a repeat;
 * - each stream's revisions run 0, 1, 2 … in log order;
 * - `delivered`, what a catch-up subscriber saw while the load ran, is the log, once, in order.
 */
export const checkCommandLoad = (
  log: ReadonlyArray<EventEnvelope<Tallied>>,
  reports: ReadonlyArray<CommandLoadReport>,
  delivered?: ReadonlyArray<EventEnvelope<Tallied>>,
): ReadonlyArray<string> => {
  const outcomes = reports.flatMap((r) => r.outcomes);
  const failed = outcomes.filter((o) => o.outcome !== 'Recorded' && o.outcome !== 'AlreadyRecorded').map((o) => `${o.commandId} on ${o.stream}: ${o.error ?? o.outcome}`);

  const count = new Map<string, number>();
  for (const e of log) count.set(e.eventId, (count.get(e.eventId) ?? 0) + 1);
  const streamOf = new Map(log.map((e) => [e.eventId, e.stream]));
  const missing: string[] = [];
  const expected = new Set<string>();
  for (const o of outcomes) {
    for (const id of o.eventIds) {
      expected.add(id);
      if (count.get(id) !== 1) missing.push(`${id} of ${o.commandId} is in the log ${count.get(id) ?? 0} times`);
      else if (streamOf.get(id) !== o.stream) missing.push(`${id} of ${o.commandId} is in ${streamOf.get(id)}, not ${o.stream}`);
    }
  }
  const stray = log.filter((e) => !expected.has(e.eventId)).map((e) => `${e.eventId} at ${e.globalPosition}`);

  const gaps = log.flatMap((e, i) => (e.globalPosition === i + 1 ? [] : [`position ${e.globalPosition} where ${i + 1} belongs`]));
  const revisions = new Map<string, number>();
  const revisionGaps: string[] = [];
  for (const e of log) {
    const next = revisions.get(e.stream) ?? 0;
    if (e.streamRevision !== next) revisionGaps.push(`${e.stream} has revision ${e.streamRevision} where ${next} belongs`);
    revisions.set(e.stream, e.streamRevision + 1);
  }
  const deliveredProblems: string[] = [];
  if (delivered !== undefined) {
    const first = delivered.findIndex((e, i) => e.eventId !== log[i]?.eventId);
    if (first !== -1 || delivered.length !== log.length) {
      deliveredProblems.push(`the subscriber saw ${delivered.length} events of the log's ${log.length}, ${first === -1 ? 'in order' : `departing from it at the ${first + 1}th`}`);
    }
  }
  return [
    ...listed(`${failed.length} of ${outcomes.length} commands were not accepted`, failed),
    ...listed('accepted events not in the log exactly once, or elsewhere', missing),
    ...listed('events in the log no accepted command stored', stray),
    ...listed('global positions with a gap or a repeat', gaps),
    ...listed('stream revisions out of step', revisionGaps),
    ...deliveredProblems,
  ];
};
