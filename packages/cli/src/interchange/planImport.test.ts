import type { CampaignEvent, EventEnvelope } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { testLog } from '../../test/testLog';
import { planImport } from './planImport';
import { type NumberedEvent, readEventsFile } from './readEventsFile';
import { writeEventsFile } from './writeEventsFile';

let log: ReadonlyArray<EventEnvelope<CampaignEvent>>;
let events: ReadonlyArray<NumberedEvent>;

beforeAll(async () => {
  log = await testLog();
  const read = readEventsFile(writeEventsFile(null, log));
  if (E.isLeft(read)) throw new Error(JSON.stringify(read.left));
  events = read.right.events;
});

const shape = (plan: ReturnType<typeof planImport>) =>
  E.isRight(plan) ? { held: plan.right.held, appends: plan.right.appends.map((a) => [a.stream, a.expectedRevision, a.events.map((e) => e.line)]) } : plan.left;

describe('planImport', () => {
  it('appends into an empty store one run of events per stream and recorded time, in the order of the file', () => {
    expect(shape(planImport(events, []))).toEqual({
      held: 0,
      appends: [
        ['campaign-muong-te', 'no-stream', [2, 3, 4, 5]],
        ['elsewhere', 'no-stream', [6]],
        ['campaign-muong-te', 3, [7]],
      ],
    });
  });

  it('appends nothing that the store holds, and the rest after what it holds', () => {
    expect(shape(planImport(events, log))).toEqual({ held: 6, appends: [] });
    expect(shape(planImport(events, log.slice(0, 2)))).toEqual({
      held: 2,
      appends: [
        ['campaign-muong-te', 1, [4, 5]],
        ['elsewhere', 'no-stream', [6]],
        ['campaign-muong-te', 3, [7]],
      ],
    });
  });

  it('imports a file that the store has gone beyond', () => {
    expect(shape(planImport(events.slice(0, 3), log))).toEqual({ held: 3, appends: [] });
  });

  it('refuses an id the store holds with other content, or in another stream', () => {
    const changed = log.map((e, i) => (i === 2 ? { ...e, metadata: { source: 'other' } } : e));
    expect(planImport(events, changed)).toEqual(E.left({ _tag: 'ConflictingEvent', line: 4, eventId: log[2]?.eventId, storedStream: 'campaign-muong-te' }));
    const moved = log.map((e, i) => (i === 4 ? { ...e, stream: 'campaign-muong-te', streamRevision: 5 } : e));
    expect(planImport(events, moved)).toEqual(E.left({ _tag: 'ConflictingEvent', line: 6, eventId: log[4]?.eventId, storedStream: 'campaign-muong-te' }));
  });

  it('refuses a stream where the store holds another event at a revision of the file', () => {
    const other = log.map((e, i) => (i === 1 ? { ...e, eventId: '00000000-0000-4000-8000-0000000000ff' } : e));
    expect(planImport(events, other)).toEqual(
      E.left({ _tag: 'DivergedStream', line: 3, stream: 'campaign-muong-te', streamRevision: 1, storedEventId: '00000000-0000-4000-8000-0000000000ff' }),
    );
  });
});
