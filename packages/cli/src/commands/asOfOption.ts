import { type AsOfPoints, type Language, asOfDomainDate, asOfPosition, asOfRecordedAt } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';

/** One moment of the log: a global position, a recorded time or a domain date. */
export type AsOfPoint = ReturnType<typeof asOfPosition>;

/** The three forms `--as-of` takes, as the help and the errors name them. */
export const AS_OF_FORMS = 'a global position (120), a recorded time with its zone (2011-01-20T08:02:00Z) or a domain date (2009-12-31)';

// The core's constructors are the authority on what a position, an instant or a date is; they
// throw on a value that is none, which here is the user's input, so it becomes a one-line failure.
const checked = (value: string, make: () => AsOfPoint, problem: string): E.Either<string, AsOfPoint> => {
  try {
    return E.right(make());
  } catch (error) {
    if (error instanceof RangeError) return E.left(`--as-of ${value}: ${problem}`);
    throw error;
  }
};

/**
 * Reads one `--as-of` value by its form: digits are a global position, `YYYY-MM-DD` a domain date
 * (what had happened by that day, as the ledger knows it now), and a date with a time and its
 * zone a recorded time (what the ledger had recorded by then).
 */
export const parseAsOf = (value: string): E.Either<string, AsOfPoint> => {
  const v = value.trim();
  if (/^\d+$/.test(v)) return checked(value, () => asOfPosition(Number(v)), 'a global position is a whole number from 0');
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return checked(value, () => asOfDomainDate(v), 'not a real date; a domain date is written YYYY-MM-DD, as 2009-12-31');
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) {
    return checked(value, () => asOfRecordedAt(v), 'a recorded time is written with its zone, as 2011-01-20T08:02:00Z or 2011-01-20T15:02:00+07:00');
  }
  return E.left(`--as-of ${value}: expected ${AS_OF_FORMS}`);
};

/** Reads every `--as-of` given (all of them apply, as the core's points do); a malformed one is bad input. */
export const parseAsOfOptions = (values: ReadonlyArray<string>): E.Either<CliFailure, ReadonlyArray<AsOfPoint>> => {
  const points: AsOfPoint[] = [];
  for (const value of values) {
    const point = parseAsOf(value);
    if (E.isLeft(point)) return E.left({ exitCode: EXIT.badInput, message: point.left });
    points.push(point.right);
  }
  return E.right(points);
};

/** Collects a repeated option's values, in the order given (commander's argParser). */
export const collect = (value: string, previous: ReadonlyArray<string> | undefined): ReadonlyArray<string> => [...(previous ?? []), value];

const WORDS = {
  vi: {
    Position: (p: number) => `đến vị trí ${p}`,
    RecordedAt: (at: string) => `theo những gì đã ghi đến ${at}`,
    DomainDate: (date: string) => `theo những gì đã diễn ra đến ngày ${date}`,
    line: (points: string) => `Phát lại nhật ký ${points}.`,
  },
  en: {
    Position: (p: number) => `up to position ${p}`,
    RecordedAt: (at: string) => `as recorded by ${at}`,
    DomainDate: (date: string) => `as happened by ${date}`,
    line: (points: string) => `Replayed ${points}.`,
  },
} as const;

/** The moment a replay shows, as one line of its text: "Replayed up to position 120." */
export const describeAsOf = (points: AsOfPoints, lang: Language): string => {
  const w = WORDS[lang];
  const list: ReadonlyArray<AsOfPoint> = '_tag' in points ? [points] : points;
  const parts = list.map((p) => {
    switch (p._tag) {
      case 'Position':
        return w.Position(p.position);
      case 'RecordedAt':
        return w.RecordedAt(p.at);
      case 'DomainDate':
        return w.DomainDate(p.date);
      default: {
        const _exhaustive: never = p;
        return _exhaustive;
      }
    }
  });
  return w.line(parts.length === 0 ? (lang === 'vi' ? 'toàn bộ' : 'in full') : parts.join(', '));
};
