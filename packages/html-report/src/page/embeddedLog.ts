import { formatCount, verifyLog, type EventEnvelope, type Language, type LogBroken } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { EVENTS_FILE_FORMAT as EVENTS_FORMAT } from '../eventsFile';

// Runs in the reader's browser (bundled by scripts/buildPageScript.ts) as well as in Node: no DOM,
// no Node. Imports only what verification needs, so that the page's script stays small.


/** The header line of the embedded events file (docs/interchange.md). */
export interface EmbeddedLogHeader {
  readonly format: typeof EVENTS_FORMAT;
  readonly campaign: string | null;
  readonly eventCount: number;
}

/** An event of the embedded log as verification reads it: its type and data, undecoded. */
export interface EmbeddedEvent {
  readonly type: string;
  readonly data: unknown;
}

/** The embedded events file, read: its header and one envelope per event line, in the file's order. */
export interface EmbeddedLog {
  readonly header: EmbeddedLogHeader;
  readonly envelopes: ReadonlyArray<EventEnvelope<EmbeddedEvent>>;
}

/** Why the embedded events file cannot be read: the line (from 1, the header) and what is wrong there. */
export interface EmbeddedLogUnreadable {
  readonly _tag: 'EmbeddedLogUnreadable';
  readonly line: number;
  readonly reason: string;
}

/** What the page's own verification of its embedded log found. */
export type EmbeddedVerification =
  | { readonly _tag: 'Verified'; readonly eventCount: number; readonly headPosition: number; readonly headHash: string }
  | { readonly _tag: 'Broken'; readonly problem: LogBroken['problem'] }
  | { readonly _tag: 'Unreadable'; readonly line: number; readonly reason: string };

type LogSource = Parameters<typeof verifyLog>[0];
type JsonRecord = Readonly<Record<string, unknown>>;
type FieldCheck = readonly [name: string, isValid: (u: unknown) => boolean, expected: string];

const isString = (u: unknown): boolean => typeof u === 'string';
const isIntegerFrom =
  (least: number) =>
  (u: unknown): boolean =>
    Number.isSafeInteger(u) && (u as number) >= least;
const isRecord = (u: unknown): u is JsonRecord => typeof u === 'object' && u !== null && !Array.isArray(u);

const HEADER_FIELDS: ReadonlyArray<FieldCheck> = [
  ['format', (u) => u === EVENTS_FORMAT, EVENTS_FORMAT],
  ['campaign', (u) => u === null || isString(u), 'a campaign id or null'],
  ['eventCount', isIntegerFrom(0), 'an integer from 0'],
];

// In the order export writes them (eventLineOf in ../eventsFile.ts).
const EVENT_LINE_FIELDS: ReadonlyArray<FieldCheck> = [
  ['eventId', isString, 'a string'],
  ['stream', isString, 'a string'],
  ['streamRevision', isIntegerFrom(0), 'an integer from 0'],
  ['globalPosition', isIntegerFrom(1), 'an integer from 1'],
  ['recordedAt', isString, 'a string'],
  ['domainDate', (u) => u === null || isString(u), 'a date or null'],
  ['type', isString, 'a string'],
  ['data', () => true, 'a JSON value'],
  ['metadata', (u) => isRecord(u) && Object.values(u).every(isString), 'an object of strings'],
  ['previousStreamHash', isString, 'a string'],
  ['previousGlobalHash', isString, 'a string'],
  ['hash', isString, 'a string'],
];

// A value as a reason quotes it: JSON, cut short when long (a whole data object, say).
const shown = (value: unknown): string => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 80)}…` : json;
};

const unreadable = (line: number, reason: string): EmbeddedLogUnreadable => ({ _tag: 'EmbeddedLogUnreadable', line, reason });

/** The JSON object on a line, with every field of `fields` well formed and no other. */
const readRecord = (text: string, line: number, what: string, fields: ReadonlyArray<FieldCheck>): E.Either<EmbeddedLogUnreadable, JsonRecord> => {
  if (text.trim() === '') return E.left(unreadable(line, 'the line is empty'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return E.left(unreadable(line, `${what} is not JSON (${error instanceof Error ? error.message : String(error)})`));
  }
  if (!isRecord(value)) return E.left(unreadable(line, `${what} is not a JSON object`));
  for (const [name, isValid, expected] of fields) {
    if (!Object.prototype.hasOwnProperty.call(value, name)) return E.left(unreadable(line, `${what} has no field "${name}"`));
    if (!isValid(value[name])) return E.left(unreadable(line, `the field "${name}" of ${what} is ${shown(value[name])}, not ${expected}`));
  }
  const unknown = Object.keys(value).find((name) => !fields.some(([known]) => known === name));
  return unknown === undefined ? E.right(value) : E.left(unreadable(line, `${what} has a field "${unknown}", which is none of its fields`));
};

// Every field has been checked by readRecord against HEADER_FIELDS.
const headerOf = (fields: JsonRecord): EmbeddedLogHeader =>
  ({ format: fields['format'], campaign: fields['campaign'], eventCount: fields['eventCount'] }) as EmbeddedLogHeader;

// Every field has been checked by readRecord against EVENT_LINE_FIELDS.
const envelopeOf = (fields: JsonRecord): EventEnvelope<EmbeddedEvent> =>
  ({
    eventId: fields['eventId'],
    stream: fields['stream'],
    streamRevision: fields['streamRevision'],
    globalPosition: fields['globalPosition'],
    recordedAt: fields['recordedAt'],
    domainDate: fields['domainDate'],
    event: { type: fields['type'], data: fields['data'] },
    metadata: fields['metadata'],
    previousStreamHash: fields['previousStreamHash'],
    previousGlobalHash: fields['previousGlobalHash'],
    hash: fields['hash'],
  }) as EventEnvelope<EmbeddedEvent>;

/** Every line of the file read, without comparing the header's count with the lines. */
const readLines = (text: string): E.Either<EmbeddedLogUnreadable, EmbeddedLog> => {
  // A renderer may start the element's text on a line of its own; the file ends with a line end.
  const body = text.startsWith('\n') ? text.slice(1) : text;
  if (body === '') return E.left(unreadable(1, 'the embedded log is empty: it has no header line'));
  const lines = (body.endsWith('\n') ? body.slice(0, -1) : body).split('\n');
  const header = readRecord(lines[0] ?? '', 1, `the header line of ${EVENTS_FORMAT}`, HEADER_FIELDS);
  if (E.isLeft(header)) return header;
  const envelopes: Array<EventEnvelope<EmbeddedEvent>> = [];
  for (const [index, line] of lines.slice(1).entries()) {
    const fields = readRecord(line, index + 2, 'the event line', EVENT_LINE_FIELDS);
    if (E.isLeft(fields)) return fields;
    envelopes.push(envelopeOf(fields.right));
  }
  return E.right({ header: headerOf(header.right), envelopes });
};

// A cut tail leaves an intact chain behind: only the header's count shows it.
const countProblem = (log: EmbeddedLog): EmbeddedLogUnreadable | undefined =>
  log.header.eventCount === log.envelopes.length
    ? undefined
    : unreadable(1, `the header says ${log.header.eventCount} events follow, but ${log.envelopes.length} do: the embedded log was cut short or added to`);

/**
 * Reads the events file (docs/interchange.md, `campaign-ledger.events/1`) embedded in the page:
 * the header, then one envelope per event line; the first line that is no JSON object, lacks a
 * field or has one of the wrong kind, or a header whose count is not the number of event lines,
 * is named with what is wrong there.
 */
export const readEmbeddedLog = (text: string): E.Either<EmbeddedLogUnreadable, EmbeddedLog> => {
  const read = readLines(text);
  if (E.isLeft(read)) return read;
  const problem = countProblem(read.right);
  return problem === undefined ? read : E.left(problem);
};

/**
 * The store port's read over the file's lines. A line's place in the file is its global position
 * in a whole log; paging by place, not by the position the line states, keeps an edited position
 * from making the walk skip or repeat lines, so the core's verification names it instead.
 */
const logSourceOver = (envelopes: ReadonlyArray<EventEnvelope<EmbeddedEvent>>): LogSource => ({
  readAll: ({ fromPosition = 1, limit = envelopes.length } = {}) => {
    const start = Math.max(0, fromPosition - 1);
    return () => Promise.resolve(E.right(envelopes.slice(start, start + limit)));
  },
});

/**
 * Verifies the embedded log with the core's verifyLog: Verified with its head, Broken at the first
 * place where the chain departs from what was sealed, or Unreadable at the first line that cannot
 * be read. A chain break is named before a wrong count, since it says where lines went missing.
 */
export const verifyEmbeddedLog = async (text: string): Promise<EmbeddedVerification> => {
  const read = readLines(text);
  if (E.isLeft(read)) return { _tag: 'Unreadable', line: read.left.line, reason: read.left.reason };
  const log = read.right;
  // One page holds every line, so the walk reads the file in its own order.
  const report = await verifyLog(logSourceOver(log.envelopes), { pageSize: Math.max(1, log.envelopes.length) })();
  if (E.isLeft(report)) throw new Error(`reading the embedded log failed (${report.left._tag}), which a read from memory never does`);
  if (report.right._tag === 'Broken') return { _tag: 'Broken', problem: report.right.problem };
  const problem = countProblem(log);
  if (problem !== undefined) return { _tag: 'Unreadable', line: problem.line, reason: problem.reason };
  const { eventCount, headPosition, headHash } = report.right;
  return { _tag: 'Verified', eventCount, headPosition, headHash };
};

/** One sentence for the reader saying what the page's own verification found, in the report's language. */
export const describeEmbeddedVerification = (outcome: EmbeddedVerification, lang: Language): string => {
  switch (outcome._tag) {
    case 'Verified': {
      const count = formatCount(outcome.eventCount, lang);
      return lang === 'vi'
        ? `Đã kiểm tra trong trình duyệt này: nhật ký nguyên vẹn, ${count} sự kiện, mã băm đầu chuỗi ${outcome.headHash}.`
        : `Verified in this browser: the log is intact, ${count} events, head hash ${outcome.headHash}.`;
    }
    case 'Broken': {
      const { globalPosition, kind, message } = outcome.problem;
      const position = formatCount(globalPosition, lang);
      return lang === 'vi'
        ? `Không khớp khi kiểm tra trong trình duyệt này: sai lệch đầu tiên ở vị trí ${position} (${kind}): ${message}`
        : `Not verified in this browser: the first break is at position ${position} (${kind}): ${message}`;
    }
    case 'Unreadable': {
      const line = formatCount(outcome.line, lang);
      return lang === 'vi'
        ? `Không kiểm tra được trong trình duyệt này: không đọc được nhật ký nhúng trong trang ở dòng ${line}: ${outcome.reason}`
        : `Not verified in this browser: the embedded log cannot be read at line ${line}: ${outcome.reason}`;
    }
    default: {
      const _exhaustive: never = outcome;
      return _exhaustive;
    }
  }
};
