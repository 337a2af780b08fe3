import { CampaignEvent, makeInMemoryEventStore } from '@campaign-ledger/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { expectedFigures } from './expectedFigures';
import { makeReplayFold } from './replayFold';
import { replayFigures } from './replayFigures';
import { generateWorkload } from './workload';

// Independent campaigns recorded in any interleaving give the same totals: each stream keeps its
// own order, the log's global order is whatever the writers' turns made it, and the participation
// and commendation figures folded from the log must not depend on it.
const workload = generateWorkload({ seed: 11, events: 400, streams: 8 });
const expected = expectedFigures(workload);
// One entry per command: the stream that takes its next command at that turn.
const turns = workload.streams.flatMap((stream, s) => stream.commands.map(() => s));

describe('interleaving independent campaign streams', () => {
  it('gives the same participation and commendation totals, whatever order the streams took turns in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(turns, { minLength: turns.length, maxLength: turns.length }), async (order) => {
        const store = makeInMemoryEventStore({ codec: CampaignEvent });
        const next = workload.streams.map(() => 0);
        for (const s of order) {
          const stream = workload.streams[s];
          const command = stream?.commands[next[s] ?? 0];
          if (stream === undefined || command === undefined) return expect.unreachable('every turn has a command');
          next[s] = (next[s] ?? 0) + 1;
          const appended = await store.append(stream.name, command.events)();
          expect(E.isRight(appended)).toBe(true);
        }
        const log = await store.readAll()();
        if (E.isLeft(log)) return expect.unreachable('the store reads');
        const fold = makeReplayFold();
        for (const envelope of log.right) fold.add(envelope);
        expect(replayFigures(fold.facts(), fold.count())).toEqual(expected);
      }),
      { seed: 20_140_614, numRuns: 25 },
    );
  });
});
