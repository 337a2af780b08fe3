import * as E from 'fp-ts/lib/Either.js';
import { parseWrittenNumber } from '../numbers/writtenNumber';
import type { TranscriptionProblem, EntryPath } from './problem';

/** The report's words for a count unit, beside the term ids themselves. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  người: 'person',
  'đồng chí': 'person',
  'cán bộ': 'person',
  lượt: 'attendance',
  'lượt người': 'attendance',
};

/** A count unit as written ("người", "lượt", or a term id such as `person`) as the term id. */
export const countUnitOf = (written: unknown): unknown => {
  if (typeof written !== 'string') return written;
  const word = written.normalize('NFC').trim().toLowerCase();
  return UNIT_WORDS[word] ?? written;
};

/** A year or a period as written: "2009", "2007-2010" (or with an en dash), or "unknown". */
export const periodOf = (written: unknown, path: EntryPath): E.Either<TranscriptionProblem, unknown> => {
  if (typeof written === 'number') return E.right(written);
  if (typeof written !== 'string') return E.right(written);
  const text = written.trim();
  if (text === 'unknown' || text === 'không rõ') return E.right('unknown');
  const year = /^(\d{4})$/.exec(text);
  if (year !== null) return E.right(Number(year[1]));
  const span = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text);
  if (span !== null) return E.right({ from: Number(span[1]), to: Number(span[2]) });
  return E.left({ path, message: `expected a year ("2009"), a span of years ("2007-2010") or "unknown", got ${JSON.stringify(written)}`, expected: 'a year, a span of years or "unknown"', actual: JSON.stringify(written) });
};

/** A year as written: "2009". */
export const yearOf = (written: unknown, path: EntryPath): E.Either<TranscriptionProblem, unknown> => {
  if (typeof written !== 'string') return E.right(written);
  const year = /^\s*(\d{4})\s*$/.exec(written);
  return year === null
    ? E.left({ path, message: `expected a year ("2009"), got ${JSON.stringify(written)}`, expected: 'a year', actual: JSON.stringify(written) })
    : E.right(Number(year[1]));
};

/** A count as written ("1.854", "05", "trên 12.360"): the number and, when it was hedged, its qualifier. */
export const countOf = (
  written: unknown,
  path: EntryPath,
): E.Either<TranscriptionProblem, { readonly count: unknown; readonly qualifier?: string }> => {
  if (typeof written !== 'string') return E.right({ count: written });
  const parsed = parseWrittenNumber(written);
  if (E.isLeft(parsed)) return E.left({ path, message: parsed.left.message, expected: 'a count as the report writes it ("1.854", "trên 12.360")', actual: JSON.stringify(written) });
  const n = parsed.right;
  if (n.value === undefined || n.numerator !== undefined || n.percent !== undefined) {
    return E.left({ path, message: `expected one count ("1.854", "trên 12.360"), got ${JSON.stringify(written)}: a fraction or a percentage is stated under states`, expected: 'one count', actual: JSON.stringify(written) });
  }
  return E.right(n.qualifier === undefined ? { count: n.value } : { count: n.value, qualifier: n.qualifier });
};
