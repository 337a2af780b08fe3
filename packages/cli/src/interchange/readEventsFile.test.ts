import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { testLog } from '../../test/testLog';
import { type EventsFileProblem, describeEventsFileProblem, readEventsFile } from './readEventsFile';
import { writeEventsFile } from './writeEventsFile';

let text: string;
let lines: ReadonlyArray<string>;

beforeAll(async () => {
  text = writeEventsFile(null, await testLog());
  lines = text.split('\n').slice(0, -1);
});

const problemOf = (file: string): EventsFileProblem => {
  const read = readEventsFile(file);
  if (E.isRight(read)) throw new Error('the file was read');
  return read.left;
};

// Line `n` (from 1) edited as an object.
const withLine = (n: number, edit: (line: Record<string, unknown>) => unknown): string =>
  lines.map((l, i) => (i === n - 1 ? JSON.stringify(edit(JSON.parse(l) as Record<string, unknown>)) : l)).join('\n') + '\n';

describe('readEventsFile', () => {
  it('reads what writeEventsFile writes: the header, then every event with its line', () => {
    const read = readEventsFile(text);
    expect(E.isRight(read) && read.right.header).toEqual({ format: 'campaign-ledger.events/1', campaign: null, eventCount: 6 });
    expect(E.isRight(read) && read.right.events.map((e) => [e.line, e.event.globalPosition, e.event.event.type])).toEqual([
      [2, 1, 'CampaignLaunched'],
      [3, 2, expect.any(String)],
      [4, 3, expect.any(String)],
      [5, 4, expect.any(String)],
      [6, 5, expect.any(String)],
      [7, 6, expect.any(String)],
    ]);
  });

  it('reads a file whose last line has no line end, and one that starts with a byte order mark', () => {
    expect(E.isRight(readEventsFile(text.slice(0, -1)))).toBe(true);
    expect(E.isRight(readEventsFile(`\uFEFF${text}`))).toBe(true);
  });

  it('refuses an empty file', () => {
    expect(problemOf('')).toEqual({ _tag: 'EmptyFile' });
    expect(describeEventsFileProblem('x.ndjson', { _tag: 'EmptyFile' })).toMatch(/^x\.ndjson: the file is empty: expected the header line/);
  });

  it('names a last line cut short apart from a line that is no JSON', () => {
    expect(problemOf(text.slice(0, -40))).toMatchObject({
      _tag: 'InvalidLine',
      line: 7,
      detail: expect.stringMatching(/^cut short: the file ends inside this line/),
    });
    const broken = lines.map((l, i) => (i === 2 ? l.slice(0, -1) : l)).join('\n') + '\n';
    expect(problemOf(broken)).toMatchObject({ _tag: 'InvalidLine', line: 3, detail: expect.stringMatching(/^not JSON: .* at column \d+$/) });
  });

  it('names every invalid line: the first, and how many more', () => {
    const file = [lines[0], '{}', lines[2], '', 'x', lines[5], lines[6]].join('\n') + '\n';
    const problem = problemOf(file);
    expect(problem).toMatchObject({ _tag: 'InvalidLine', line: 2, othersCount: 2, nextLine: 4 });
    expect(describeEventsFileProblem('x.ndjson', problem)).toMatch(
      /^x\.ndjson:2: eventId: expected a UUID in lower case, got nothing \(the field is missing\); .* \(and 2 more invalid lines, the next at line 4\); nothing was imported$/,
    );
  });

  it('refuses an unknown field at its path, naming the nearest known fields', () => {
    const problem = problemOf(withLine(3, ({ streamRevision, ...rest }) => ({ ...rest, streamRevison: streamRevision })));
    expect(problem).toMatchObject({
      line: 3,
      detail: expect.stringContaining('streamRevison: expected a known field of an event line (nearest first: streamRevision, stream,'),
    });
    expect(problemOf(withLine(1, (h) => ({ ...h, exportedAt: 'now' })))).toMatchObject({
      line: 1,
      detail: expect.stringContaining('exportedAt: expected a known field of the header line'),
    });
  });

  it('decodes the type and data with the campaign event codec', () => {
    expect(problemOf(withLine(2, (l) => ({ ...l, type: 'CampaignLanched' })))).toMatchObject({
      line: 2,
      detail: expect.stringMatching(/^type: expected a type of CampaignEvent, one of CampaignLaunched, .*, got "CampaignLanched"$/),
    });
    expect(problemOf(withLine(2, (l) => ({ ...l, data: { ...(l['data'] as object), campaignId: 7 } })))).toMatchObject({
      line: 2,
      detail: 'data.campaignId: expected Id, got 7',
    });
  });

  it('names what each field expects', () => {
    const cases: ReadonlyArray<[string, unknown, string]> = [
      ['eventId', 'EC19783A-B303-506C-80E5-88A61E00F8F0', 'eventId: expected a UUID in lower case'],
      ['streamRevision', '1', 'streamRevision: expected an integer from 0, got "1"'],
      ['globalPosition', 0, 'globalPosition: expected an integer from 1, got 0'],
      ['recordedAt', '2011-02-30T08:00:00.000Z', 'recordedAt: expected a UTC time written YYYY-MM-DDTHH:MM:SS.sssZ: not a real time'],
      ['domainDate', '2010-13-01', 'domainDate: expected a date written YYYY-MM-DD, or null: not a real date'],
      ['metadata', { n: 1 }, 'metadata: expected an object of strings'],
      ['hash', 'abc', 'hash: expected 64 lower-case hex digits (SHA-256)'],
      ['stream', '', 'stream: expected a stream name (a non-empty string)'],
    ];
    for (const [field, value, expected] of cases) {
      expect(problemOf(withLine(3, (l) => ({ ...l, [field]: value }))), field).toMatchObject({ line: 3, detail: expect.stringContaining(expected) });
    }
  });

  it('refuses a file without its header, or of another format', () => {
    expect(problemOf(`${lines.slice(1).join('\n')}\n`)).toMatchObject({
      line: 1,
      detail: expect.stringMatching(/^expected the header line .* before the events, got an event line$/),
    });
    expect(problemOf(withLine(1, (h) => ({ ...h, format: 'campaign-ledger.events/2' })))).toMatchObject({
      line: 1,
      detail: 'format: expected campaign-ledger.events/1, got "campaign-ledger.events/2"',
    });
  });

  it('refuses a file with fewer or more events than its header announces', () => {
    const cut = `${lines.slice(0, 4).join('\n')}\n`;
    expect(problemOf(cut)).toEqual({ _tag: 'WrongEventCount', announced: 6, held: 3 });
    expect(describeEventsFileProblem('x.ndjson', problemOf(cut))).toBe(
      'x.ndjson: the header announces 6 events, but the file holds 3: it was cut short after line 4; nothing was imported',
    );
    expect(problemOf(`${text}${lines[6]}\n`)).toMatchObject({ _tag: 'WrongEventCount', announced: 6, held: 7 });
  });

  it('refuses an id that repeats, and in a campaign file an event of another stream', () => {
    const repeated = withLine(1, (h) => ({ ...h, eventCount: 7 })) + `${lines[3]}\n`;
    expect(problemOf(repeated)).toMatchObject({ _tag: 'RepeatedEventId', line: 8, firstLine: 4 });
    expect(problemOf(withLine(1, (h) => ({ ...h, campaign: 'muong-te' })))).toEqual({
      _tag: 'OutsideCampaign',
      line: 6,
      stream: 'elsewhere',
      campaign: 'muong-te',
    });
  });
});

describe('readEventsFile, on what no store keeps', () => {
  it('refuses an event whose JSON is larger than any store takes, at its line', () => {
    const huge = withLine(3, (l) => ({ ...l, metadata: { note: 'x'.repeat(1_100_000) } }));
    expect(problemOf(huge)).toMatchObject({ _tag: 'InvalidLine', line: 3, detail: expect.stringMatching(/^no store keeps this event: the payload takes \d+ bytes/) });
  });
});
