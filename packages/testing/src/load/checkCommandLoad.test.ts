import { makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { checkCommandLoad } from './checkCommandLoad';
import { loadCommandId, runCommandLoad, type CommandLoadReport } from './runCommandLoad';
import { Tallied } from './tally';

// A load run by two writers, one after the other, on one in-memory store: what checkCommandLoad
// must pass; then the same log and reports with one thing wrong at a time.
const loaded = async () => {
  const store = makeInMemoryEventStore({ codec: Tallied });
  const reports = [await runCommandLoad(store, { writer: 1, commands: 20, streams: 3, seed: 1 }), await runCommandLoad(store, { writer: 2, commands: 20, streams: 3, seed: 1 })];
  const log = await store.readAll()();
  if (E.isLeft(log)) return expect.unreachable('the store reads');
  return { log: log.right, reports };
};

describe('checkCommandLoad', () => {
  it('passes a load that left every command once, in order', async () => {
    const { log, reports } = await loaded();
    expect(reports.flatMap((r) => r.outcomes).every((o) => o.outcome === 'Recorded')).toBe(true);
    expect(new Set(log.map((e) => e.stream)).size).toBe(3);
    expect(checkCommandLoad(log, reports, log)).toEqual([]);
  });

  it('names a command not accepted, an event lost, one stored twice, a gap, a revision out of step and a subscriber that missed one', async () => {
    const { log, reports } = await loaded();
    const [first, second, third] = log;
    if (first === undefined || second === undefined || third === undefined) return expect.unreachable('the log has events');
    const failing: CommandLoadReport[] = [
      { writer: 9, outcomes: [{ commandId: loadCommandId(9, 1), stream: 'load-0', outcome: 'RetriesExhausted', eventIds: [], error: 'gave up after 11 attempts' }] },
    ];
    expect(checkCommandLoad(log, [...reports, ...failing])).toEqual([`1 of 41 commands were not accepted: ${loadCommandId(9, 1)} on load-0: gave up after 11 attempts`]);
    expect(checkCommandLoad(log.slice(1), reports)[0]).toMatch(new RegExp(`^accepted events not in the log exactly once, or elsewhere: ${first.eventId} of .* is in the log 0 times`));
    expect(checkCommandLoad([first, ...log], reports).join('\n')).toMatch(new RegExp(`${first.eventId} of .* is in the log 2 times`));
    expect(checkCommandLoad([first, ...log], reports).join('\n')).toMatch(
      new RegExp(`global positions with a gap or a repeat: position 1 where 2 belongs; position 2 where 3 belongs; .*; and ${log.length - 5} more`),
    );
    expect(checkCommandLoad([second, first, ...log.slice(2)], reports).join('\n')).toMatch(/has revision 1 where 0 belongs/);
    expect(checkCommandLoad(log, reports, log.slice(1))).toEqual([`the subscriber saw ${log.length - 1} events of the log's ${log.length}, departing from it at the 1th`]);
    const stray = { ...third, eventId: '99999999-0000-4000-8000-000000000000' };
    expect(checkCommandLoad([...log.slice(0, 2), stray, ...log.slice(3)], reports)).toContain(`events in the log no accepted command stored: ${stray.eventId} at 3`);
  });

  it('draws the same streams and sizes for the same seed and writer, and others for another writer', async () => {
    const streamsOf = async (writer: number) =>
      (await runCommandLoad(makeInMemoryEventStore({ codec: Tallied }), { writer, commands: 30, streams: 50, seed: 3 })).outcomes.map((o) => o.stream);
    expect(await streamsOf(1)).toEqual(await streamsOf(1));
    expect(await streamsOf(1)).not.toEqual(await streamsOf(2));
  });
});
