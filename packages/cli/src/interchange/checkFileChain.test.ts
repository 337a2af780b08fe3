import { hashEvent } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { testLog } from '../../test/testLog';
import { checkFileChain } from './checkFileChain';
import type { EventLineFields } from './eventLine';
import { type EventsFile, readEventsFile } from './readEventsFile';
import { writeEventsFile } from './writeEventsFile';

type Line = EventLineFields & Record<string, unknown>;

let lines: ReadonlyArray<Line>;

beforeAll(async () => {
  lines = writeEventsFile(null, await testLog())
    .split('\n')
    .slice(1, -1)
    .map((l) => JSON.parse(l) as Line);
});

const fileOf = (events: ReadonlyArray<Line>, campaign: string | null = null): EventsFile => {
  const header = { format: 'campaign-ledger.events/1', campaign, eventCount: events.length };
  const read = readEventsFile([header, ...events].map((l) => `${JSON.stringify(l)}\n`).join(''));
  if (E.isLeft(read)) throw new Error(JSON.stringify(read.left));
  return read.right;
};

// A line sealed again after an edit, as someone who computes hashes as the stores do would.
const resealed = (line: Line): Line => ({ ...line, hash: hashEvent({ ...line, event: { type: line.type as string, data: line.data } }) });

const brokenAt = (file: EventsFile) => {
  const checked = checkFileChain(file);
  return E.isLeft(checked) ? checked.left : undefined;
};

describe('checkFileChain', () => {
  it('holds for an export of the whole log, and of a campaign whose positions skip the other streams', () => {
    expect(checkFileChain(fileOf(lines))).toEqual(E.right({ headHash: lines[5]?.hash, eventCount: 6 }));
    const campaign = lines.filter((l) => l.stream === 'campaign-muong-te');
    expect(campaign.map((l) => l.globalPosition)).toEqual([1, 2, 3, 4, 6]);
    expect(E.isRight(checkFileChain(fileOf(campaign, 'muong-te')))).toBe(true);
  });

  it('names a line whose content no longer hashes to its hash', () => {
    const altered = lines.map((l, i) => (i === 2 ? { ...l, metadata: { source: 'forged' } } : l));
    expect(brokenAt(fileOf(altered))).toMatchObject({
      line: 4,
      detail: expect.stringMatching(/^the line says its hash is [0-9a-f]{64}, but its content hashes to [0-9a-f]{64}: the line was altered/),
    });
  });

  it('names the line after one that was altered and sealed again', () => {
    const altered = lines.map((l, i) => (i === 2 ? resealed({ ...l, metadata: { source: 'forged' } }) : l));
    expect(brokenAt(fileOf(altered))).toMatchObject({
      line: 5,
      detail: expect.stringMatching(/^previousGlobalHash [0-9a-f]{64} does not link to line 4's hash/),
    });
  });

  it('names a whole log with an event missing, or out of order', () => {
    expect(brokenAt(fileOf([...lines.slice(0, 2), ...lines.slice(3)]))).toMatchObject({
      line: 4,
      detail: expect.stringMatching(/^globalPosition 4, expected 3: .*events are missing/),
    });
    expect(brokenAt(fileOf([lines[1], lines[0], ...lines.slice(2)] as Line[]))).toMatchObject({
      line: 2,
      detail: expect.stringMatching(/^globalPosition 2, expected 1: /),
    });
    expect(brokenAt(fileOf(lines.slice(1)))).toMatchObject({
      line: 2,
      detail: "globalPosition 2, expected 1: a whole log's events follow each other from position 1, so events are missing before this line",
    });
  });

  it('names a campaign file whose positions do not grow', () => {
    const campaign = lines.filter((l) => l.stream === 'campaign-muong-te');
    const forged = campaign.map((l, i) => (i === 2 ? resealed({ ...l, globalPosition: 2 }) : l));
    expect(brokenAt(fileOf(forged, 'muong-te'))).toMatchObject({
      line: 4,
      detail: "globalPosition 2 does not come after line 3's 2: the events are out of order",
    });
  });

  it("names a campaign file that misses one of its stream's events", () => {
    const campaign = lines.filter((l) => l.stream === 'campaign-muong-te');
    const gap = [...campaign.slice(0, 3), ...campaign.slice(4)];
    expect(brokenAt(fileOf(gap, 'muong-te'))).toMatchObject({
      line: 5,
      detail: expect.stringMatching(/^streamRevision 4, expected 3: the events of the stream campaign-muong-te follow each other from revision 0/),
    });
  });

  it('names a stream link that does not hold where the global one does', () => {
    // The other stream's event, sealed again with a stream link to the campaign's last event.
    const linked = lines.map((l, i) => (i === 4 ? resealed({ ...l, previousStreamHash: lines[3]?.hash as string }) : l));
    const relinked = linked.map((l, i) => (i === 5 ? resealed({ ...l, previousGlobalHash: linked[4]?.hash as string }) : l));
    expect(brokenAt(fileOf(relinked))).toMatchObject({
      line: 6,
      detail: expect.stringMatching(/^previousStreamHash [0-9a-f]{64}, expected 0{64}: the first event of the stream elsewhere links to no event$/),
    });
  });

  it('names recorded times that go back', () => {
    let before = lines[0]?.hash as string;
    const back = lines.map((l, i) => {
      if (i === 0) return l;
      const sealed = resealed({ ...l, previousGlobalHash: before, ...(i === 5 ? { recordedAt: '2011-01-20T07:00:00.000Z' } : {}) });
      before = sealed.hash;
      return sealed;
    });
    expect(brokenAt(fileOf(back))).toMatchObject({
      line: 7,
      detail: "recordedAt 2011-01-20T07:00:00.000Z is earlier than line 6's 2011-01-20T08:01:00.000Z: recorded times never go back along a log",
    });
  });
});
