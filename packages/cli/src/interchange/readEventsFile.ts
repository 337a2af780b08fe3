import { CampaignEvent, campaignStreamName } from '@campaign-ledger/core';
import { prepareAppend, problemsOf } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { EventLine } from './eventLine';
import { INTERCHANGE_FORMAT, InterchangeHeader } from './interchangeHeader';

/** An event of an events file, with the line it was read from (the header is line 1). */
export interface NumberedEvent {
  readonly line: number;
  readonly event: EventLine;
}

/** An events file, read and checked line by line. */
export interface EventsFile {
  readonly header: InterchangeHeader;
  readonly events: ReadonlyArray<NumberedEvent>;
}

/** Why an events file cannot be read: where, and what was expected there. */
export type EventsFileProblem =
  | { readonly _tag: 'EmptyFile' }
  /** Lines that are no JSON, cut short, empty, or do not decode: the first of them, and how many more. */
  | { readonly _tag: 'InvalidLine'; readonly line: number; readonly detail: string; readonly othersCount: number; readonly nextLine?: number }
  | { readonly _tag: 'WrongEventCount'; readonly announced: number; readonly held: number }
  | { readonly _tag: 'RepeatedEventId'; readonly line: number; readonly eventId: string; readonly firstLine: number }
  | { readonly _tag: 'OutsideCampaign'; readonly line: number; readonly stream: string; readonly campaign: string };

const HEADER_EXAMPLE = `{"format":"${INTERCHANGE_FORMAT}","campaign":…,"eventCount":…}`;

const described = (errors: t.Errors): string =>
  problemsOf(errors)
    .map((p) => `${p.path}: expected ${p.expected}, got ${p.actual}`)
    .join('; ');

// JSON.parse says where it stopped as an offset into the line; a reader counts columns from 1.
const syntaxProblem = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/ in JSON at position (\d+)/, (_, at: string) => ` at column ${Number(at) + 1}`);

const isObject = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u);

type LineOutcome<A> = E.Either<string, A>;

const parseLine = (text: string, cutShort: boolean): LineOutcome<unknown> => {
  if (text.trim() === '') return E.left('an empty line: expected one JSON object per line');
  try {
    return E.right(JSON.parse(text));
  } catch (error) {
    return E.left(
      cutShort ? 'cut short: the file ends inside this line (expected the rest of its JSON object and a line end)' : `not JSON: ${syntaxProblem(error)}`,
    );
  }
};

const readHeader = (value: unknown): LineOutcome<InterchangeHeader> => {
  if (isObject(value) && !('format' in value) && 'eventId' in value)
    return E.left(`expected the header line ${HEADER_EXAMPLE} before the events, got an event line`);
  const decoded = InterchangeHeader.decode(value);
  return E.isLeft(decoded) ? E.left(described(decoded.left)) : decoded;
};

const readEvent = (value: unknown): LineOutcome<EventLine> => {
  const decoded = EventLine.decode(value);
  if (E.isLeft(decoded)) return E.left(described(decoded.left));
  // What every store checks of an append besides the codec (how deep and how large its JSON is), checked here so that no append can fail on it.
  const { eventId: id, event, domainDate, metadata } = decoded.right;
  const storable = prepareAppend([{ id, event, domainDate, metadata }], { codec: CampaignEvent });
  if (E.isLeft(storable)) {
    const reason = storable.left._tag === 'InvalidEvent' ? storable.left.reason : storable.left._tag;
    return E.left(`no store keeps this event: ${typeof reason === 'string' ? reason : reason.message.replace(/\s*\n\s*/g, '; ')}`);
  }
  return decoded;
};

/**
 * Reads an events file (docs/interchange.md): a header line, then one event line per event, each
 * line a JSON object ending with a line end (the last one may lack it). Every line is read and
 * checked before anything is answered: the first invalid one is named with the number of others;
 * then the header's event count, ids that repeat, and, in a campaign's file, events of another
 * stream. The file's hash chain is checked apart (checkFileChain).
 */
export const readEventsFile = (text: string): E.Either<EventsFileProblem, EventsFile> => {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body === '') return E.left({ _tag: 'EmptyFile' });
  const lines = body.split('\n');
  const terminated = lines[lines.length - 1] === '';
  if (terminated) lines.pop();

  const invalid: Array<{ readonly line: number; readonly detail: string }> = [];
  let header: InterchangeHeader | undefined;
  const events: NumberedEvent[] = [];
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    const value = parseLine(text, !terminated && index === lines.length - 1);
    const read = E.isLeft(value) ? value : line === 1 ? readHeader(value.right) : readEvent(value.right);
    if (E.isLeft(read)) invalid.push({ line, detail: read.left });
    else if (line === 1) header = read.right as InterchangeHeader;
    else events.push({ line, event: read.right as EventLine });
  }
  const [first, second] = invalid;
  if (first !== undefined) {
    return E.left({
      _tag: 'InvalidLine',
      line: first.line,
      detail: first.detail,
      othersCount: invalid.length - 1,
      ...(second === undefined ? {} : { nextLine: second.line }),
    });
  }
  if (header === undefined) return E.left({ _tag: 'EmptyFile' });
  if (header.eventCount !== events.length) return E.left({ _tag: 'WrongEventCount', announced: header.eventCount, held: events.length });

  const firstLineOf = new Map<string, number>();
  for (const { line, event } of events) {
    const earlier = firstLineOf.get(event.eventId);
    if (earlier !== undefined) return E.left({ _tag: 'RepeatedEventId', line, eventId: event.eventId, firstLine: earlier });
    firstLineOf.set(event.eventId, line);
  }
  const campaign = header.campaign;
  if (campaign !== null) {
    const outside = events.find((e) => e.event.stream !== campaignStreamName(campaign));
    if (outside !== undefined) return E.left({ _tag: 'OutsideCampaign', line: outside.line, stream: outside.event.stream, campaign });
  }
  return E.right({ header, events });
};

/** One line naming the file, the line and what was expected there. */
export const describeEventsFileProblem = (file: string, problem: EventsFileProblem): string => {
  switch (problem._tag) {
    case 'EmptyFile':
      return `${file}: the file is empty: expected the header line ${HEADER_EXAMPLE}, then one event per line`;
    case 'InvalidLine': {
      const others =
        problem.othersCount === 0
          ? ''
          : ` (and ${problem.othersCount} more invalid line${problem.othersCount === 1 ? '' : 's'}, the next at line ${problem.nextLine})`;
      return `${file}:${problem.line}: ${problem.detail}${others}; nothing was imported`;
    }
    case 'WrongEventCount':
      return problem.held < problem.announced
        ? `${file}: the header announces ${problem.announced} events, but the file holds ${problem.held}: it was cut short after line ${
            problem.held + 1
          }; nothing was imported`
        : `${file}: the file holds ${problem.held} events, more than the ${problem.announced} its header announces; nothing was imported`;
    case 'RepeatedEventId':
      return `${file}:${problem.line}: eventId: ${problem.eventId} is already the id of line ${problem.firstLine}; nothing was imported`;
    case 'OutsideCampaign':
      return `${file}:${problem.line}: stream: expected ${campaignStreamName(problem.campaign)} (the header's campaign is ${
        problem.campaign
      }), got ${JSON.stringify(problem.stream)}; nothing was imported`;
  }
};
