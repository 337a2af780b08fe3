import { CampaignEvent, makeInMemoryEventStore, type EventEnvelope } from '@campaign-ledger/core';
import { muongTeHistory, replayHistory, type Command } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsFileOf } from '../eventsFile';
import { describeEmbeddedVerification, readEmbeddedLog, verifyEmbeddedLog, type EmbeddedVerification } from './embeddedLog';

// The events file of docs/interchange.md, as export writes it, from the Mường Tè history recorded
// into an in-memory store.

const recorded = async (commands: ReadonlyArray<Command>): Promise<ReadonlyArray<EventEnvelope<CampaignEvent>>> => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replay = await replayHistory(store, commands);
  if (E.isLeft(replay)) throw new Error(replay.left.message);
  const read = await store.readAll()();
  if (E.isLeft(read)) throw new Error(read.left._tag);
  return read.right;
};

/** The file's lines without the final line end; line n of the file is lines[n - 1]. */
const linesOf = (text: string): Array<string> => text.slice(0, -1).split('\n');
const fileOf = (lines: ReadonlyArray<string>): string => lines.map((line) => `${line}\n`).join('');

/** The first top-level number of an event's data, to change as someone editing the file would. */
const numberFieldOf = (data: unknown): string | undefined =>
  Object.entries(data as Record<string, unknown>).find(([, value]) => typeof value === 'number')?.[0];

let envelopes: ReadonlyArray<EventEnvelope<CampaignEvent>>;
let text: string;

beforeAll(async () => {
  envelopes = await recorded(muongTeHistory);
  text = eventsFileOf(null, envelopes);
}, 30_000);

const last = () => envelopes[envelopes.length - 1] as EventEnvelope<CampaignEvent>;

describe('readEmbeddedLog', () => {
  it('reads back the envelopes the store returned, and the header', () => {
    const read = readEmbeddedLog(text);
    expect(read).toEqual(E.right({ header: { format: 'campaign-ledger.events/1', campaign: null, eventCount: envelopes.length }, envelopes }));
  });

  it('takes the file with or without its final line end, and with a line end before the header', () => {
    expect(readEmbeddedLog(text.slice(0, -1))).toEqual(readEmbeddedLog(text));
    expect(readEmbeddedLog(`\n${text}`)).toEqual(readEmbeddedLog(text));
  });

  it('names the header when the last line was cut off, by the count it states and the lines that follow', () => {
    const lines = linesOf(text);
    const read = readEmbeddedLog(fileOf(lines.slice(0, -1)));
    expect(read).toMatchObject(E.left({ _tag: 'EmbeddedLogUnreadable', line: 1 }));
    expect(E.isLeft(read) && read.left.reason).toContain(`says ${envelopes.length} events follow, but ${envelopes.length - 1} do`);
  });

  it('names a line cut inside, a line that is not JSON, and an empty line', () => {
    const lines = linesOf(text);
    const cut = lines.slice(0, -1).concat((lines[lines.length - 1] as string).slice(0, 40));
    expect(readEmbeddedLog(fileOf(cut))).toMatchObject(E.left({ line: lines.length, reason: expect.stringMatching(/is not JSON/) }));
    const garbled = lines.map((line, index) => (index === 4 ? 'this is no JSON' : line));
    expect(readEmbeddedLog(fileOf(garbled))).toMatchObject(E.left({ line: 5, reason: expect.stringMatching(/is not JSON/) }));
    const blank = lines.map((line, index) => (index === 6 ? '' : line));
    expect(readEmbeddedLog(fileOf(blank))).toEqual(E.left({ _tag: 'EmbeddedLogUnreadable', line: 7, reason: 'the line is empty' }));
    expect(readEmbeddedLog('')).toMatchObject(E.left({ line: 1 }));
  });

  it('names a missing field, a field of the wrong kind and an unknown one, with the line', () => {
    const lines = linesOf(text);
    const edited = (index: number, edit: (line: Record<string, unknown>) => void): string =>
      fileOf(
        lines.map((line, i) => {
          if (i !== index) return line;
          const record = JSON.parse(line) as Record<string, unknown>;
          edit(record);
          return JSON.stringify(record);
        }),
      );
    expect(readEmbeddedLog(edited(3, (line) => delete line['hash']))).toMatchObject(E.left({ line: 4, reason: expect.stringContaining('no field "hash"') }));
    expect(readEmbeddedLog(edited(3, (line) => (line['streamRevision'] = '2')))).toMatchObject(E.left({ line: 4, reason: expect.stringContaining('"streamRevision"') }));
    expect(readEmbeddedLog(edited(3, (line) => (line['note'] = 'x')))).toMatchObject(E.left({ line: 4, reason: expect.stringContaining('"note"') }));
  });

  it('names a header of another format', () => {
    const lines = linesOf(text);
    const other = fileOf([(lines[0] as string).replace('campaign-ledger.events/1', 'campaign-ledger.events/2'), ...lines.slice(1)]);
    expect(readEmbeddedLog(other)).toMatchObject(E.left({ line: 1, reason: expect.stringContaining('campaign-ledger.events/1') }));
  });
});

describe('verifyEmbeddedLog', () => {
  it('verifies the recorded log, to the head the store sealed', async () => {
    expect(envelopes.length).toBeGreaterThan(100);
    expect(await verifyEmbeddedLog(text)).toEqual({ _tag: 'Verified', eventCount: envelopes.length, headPosition: last().globalPosition, headHash: last().hash });
  });

  it('finds a number changed in a line, at that event’s position', async () => {
    const target = envelopes.find((envelope) => envelope.globalPosition > 1 && numberFieldOf(envelope.event.data) !== undefined);
    if (target === undefined) throw new Error('no event of the history has a number in its data');
    const field = numberFieldOf(target.event.data) as string;
    const lines = linesOf(text);
    const index = target.globalPosition; // the header is line 1, so event n is lines[n]
    const line = JSON.parse(lines[index] as string) as { data: Record<string, number> };
    line.data[field] = (line.data[field] as number) + 100;
    lines[index] = JSON.stringify(line);
    const outcome = await verifyEmbeddedLog(fileOf(lines));
    expect(outcome).toMatchObject({ _tag: 'Broken', problem: { kind: 'altered', globalPosition: target.globalPosition, eventId: target.eventId, stream: target.stream } });
  });

  it('finds a line removed from the middle, at the position it was sealed at', async () => {
    const removed = envelopes[Math.floor(envelopes.length / 2)] as EventEnvelope<CampaignEvent>;
    const lines = linesOf(text).filter((_line, index) => index !== removed.globalPosition);
    expect(await verifyEmbeddedLog(fileOf(lines))).toMatchObject({ _tag: 'Broken', problem: { kind: 'removed', globalPosition: removed.globalPosition } });
  });

  it('calls a log cut at its end unreadable, since its chain still holds', async () => {
    const lines = linesOf(text).slice(0, -1);
    const outcome = await verifyEmbeddedLog(fileOf(lines));
    expect(outcome).toMatchObject({ _tag: 'Unreadable', line: 1, reason: expect.stringContaining(`${envelopes.length} events`) });
  });

  it('calls a line that is not JSON unreadable, with its number', async () => {
    const lines = linesOf(text).map((line, index) => (index === 9 ? line.slice(0, -1) : line));
    expect(await verifyEmbeddedLog(fileOf(lines))).toMatchObject({ _tag: 'Unreadable', line: 10, reason: expect.stringMatching(/not JSON/) });
  });

  it('reads and verifies the file with every < written as \\u003c, as the page embeds it', async () => {
    // A title holding what would end a <script> element, recorded and sealed by the store.
    const commands = muongTeHistory.map((command, index): Command =>
      index === 0 && command.type === 'LaunchCampaign' ? { ...command, data: { ...command.data, title: `${command.data.title} </script><!-- a < b` } } : command,
    );
    const withTags = await recorded(commands);
    const plain = eventsFileOf(null, withTags);
    expect(plain).toContain('</script>');
    const escaped = plain.replaceAll('<', '\\u003c');
    expect(escaped).not.toContain('<');
    expect(readEmbeddedLog(escaped)).toEqual(readEmbeddedLog(plain));
    expect(readEmbeddedLog(escaped)).toEqual(E.right(expect.objectContaining({ envelopes: withTags })));
    const head = withTags[withTags.length - 1] as EventEnvelope<CampaignEvent>;
    expect(await verifyEmbeddedLog(escaped)).toEqual({ _tag: 'Verified', eventCount: withTags.length, headPosition: head.globalPosition, headHash: head.hash });
  });
});

describe('describeEmbeddedVerification', () => {
  const hash = 'ab'.repeat(32);
  const verified: EmbeddedVerification = { _tag: 'Verified', eventCount: 1234, headPosition: 1234, headHash: hash };

  it('says the log is intact, with its count written as each language writes it, and its head hash', () => {
    expect(describeEmbeddedVerification(verified, 'vi')).toBe(`Đã kiểm tra trong trình duyệt này: nhật ký nguyên vẹn, 1.234 sự kiện, mã băm đầu chuỗi ${hash}.`);
    expect(describeEmbeddedVerification(verified, 'en')).toBe(`Verified in this browser: the log is intact, 1,234 events, head hash ${hash}.`);
  });

  it('gives the verified log’s own count and head', async () => {
    const outcome = await verifyEmbeddedLog(text);
    expect(describeEmbeddedVerification(outcome, 'en')).toContain(`${envelopes.length} events, head hash ${last().hash}.`);
  });

  it('names the first break, its kind and the core’s message', async () => {
    const lines = linesOf(text).filter((_line, index) => index !== 2);
    const outcome = await verifyEmbeddedLog(fileOf(lines));
    if (outcome._tag !== 'Broken') throw new Error(`expected a break, got ${outcome._tag}`);
    const { globalPosition, kind, message } = outcome.problem;
    expect(describeEmbeddedVerification(outcome, 'vi')).toBe(
      `Không khớp khi kiểm tra trong trình duyệt này: sai lệch đầu tiên ở vị trí ${globalPosition} (${kind}): ${message}`,
    );
    expect(describeEmbeddedVerification(outcome, 'en')).toBe(`Not verified in this browser: the first break is at position ${globalPosition} (${kind}): ${message}`);
  });

  it('names the line that cannot be read and why', () => {
    const outcome: EmbeddedVerification = { _tag: 'Unreadable', line: 5, reason: 'the event line is not JSON' };
    expect(describeEmbeddedVerification(outcome, 'vi')).toMatch(/^Không kiểm tra được trong trình duyệt này: .*dòng 5: the event line is not JSON$/);
    expect(describeEmbeddedVerification(outcome, 'en')).toBe('Not verified in this browser: the embedded log cannot be read at line 5: the event line is not JSON');
  });
});
