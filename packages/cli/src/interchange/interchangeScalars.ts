import { storableStreamName } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

// A codec for one kind of value, named by the type docs/interchange.md gives it: error messages say
// "expected <name>", in the documentation's words.
const scalar = <A>(name: string, is: (u: unknown) => u is A, why?: (u: A) => string | undefined): t.Type<A, A, unknown> =>
  new t.Type<A, A, unknown>(
    name,
    (u): u is A => is(u) && why?.(u) === undefined,
    (u, c) => {
      if (!is(u)) return t.failure(u, c);
      const reason = why?.(u);
      return reason === undefined ? t.success(u) : t.failure(u, c, `${name}: ${reason}`);
    },
    t.identity,
  );

const isString = (u: unknown): u is string => typeof u === 'string';
const isInteger = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u);

/** An event id: a UUID, in lower case as every store keeps it. */
export const EventId = scalar(
  'a UUID in lower case',
  (u): u is string => isString(u) && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(u),
);

/** A stream name every store can keep. */
export const StreamName = scalar(
  'a stream name (a non-empty string)',
  (u): u is string => isString(u) && u !== '',
  (u) => {
    const storable = storableStreamName(u);
    return E.isLeft(storable) && storable.left._tag === 'InvalidStreamName' ? storable.left.reason : undefined;
  },
);

/** A revision within a stream. */
export const Revision = scalar('an integer from 0', (u): u is number => isInteger(u) && u >= 0);

/** A position in the log. */
export const Position = scalar('an integer from 1', (u): u is number => isInteger(u) && u >= 1);

/** A count of events. */
export const Count = scalar('an integer from 0', (u): u is number => isInteger(u) && u >= 0);

/** A recorded time as the stores write it: Date.prototype.toISOString, in UTC to the millisecond. */
export const RecordedAt = scalar(
  'a UTC time written YYYY-MM-DDTHH:MM:SS.sssZ',
  (u): u is string => isString(u) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(u),
  // A day or an hour out of range (2010-02-30) parses to another time, or to none.
  (u) => (!Number.isNaN(Date.parse(u)) && new Date(u).toISOString() === u ? undefined : 'not a real time'),
);

const isRealDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** An event's domain date, or null when it has none. */
export const DomainDate = scalar(
  'a date written YYYY-MM-DD, or null',
  (u): u is string | null => u === null || (isString(u) && /^\d{4}-\d{2}-\d{2}$/.test(u)),
  (u) => (u === null || isRealDate(u) ? undefined : 'not a real date'),
);

/** An event's metadata: names and values, all strings. */
export const Metadata = scalar(
  'an object of strings',
  (u): u is Readonly<Record<string, string>> => typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every(isString),
);

/** A SHA-256 hash as envelopes carry it. */
export const Sha256Hex = scalar('64 lower-case hex digits (SHA-256)', (u): u is string => isString(u) && /^[0-9a-f]{64}$/.test(u));

/** A campaign id, or null: the file holds the whole log. */
export const CampaignOrLog = scalar('a campaign id, or null for the whole log', (u): u is string | null => u === null || (isString(u) && u !== ''));

/**
 * Anything, as far as the line is concerned: an event's type and data are decoded together by the
 * campaign event codec, which names the known types and what each one's data must hold.
 */
export const decodedWithTheEvent = (name: string): t.Type<unknown, unknown, unknown> => new t.Type(name, (_u): _u is unknown => true, t.success, t.identity);
