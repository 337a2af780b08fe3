import { parse } from 'csv-parse/sync';
import * as E from 'fp-ts/lib/Either.js';

/** One `name=value` of a cell, in the order written. */
export interface NamedValue {
  readonly name: string;
  readonly value: string;
}

/**
 * Reads a cell of `name=value` pairs: `factId=fact:2009/classes; count=28; organiserLevel=unit`.
 * Pairs are separated by semicolons or line breaks; a pair whose value holds a semicolon is put in
 * double quotes whole (`"title=A; B"`, a double quote inside doubled), as a CSV field is. The
 * value is everything after the first `=`, trimmed.
 */
export const parseFieldList = (text: string): E.Either<string, ReadonlyArray<NamedValue>> => {
  let records: ReadonlyArray<ReadonlyArray<string>>;
  try {
    records = parse(text, { delimiter: ';', relax_quotes: true, relax_column_count: true, ltrim: true, rtrim: true }) as string[][];
  } catch (e) {
    return E.left(`cannot read the name=value pairs: ${e instanceof Error ? e.message : String(e)}`);
  }
  const pairs: NamedValue[] = [];
  for (const item of records.flat()) {
    if (item.trim() === '') continue;
    const at = item.indexOf('=');
    const name = at < 0 ? '' : item.slice(0, at).trim();
    const value = at < 0 ? '' : item.slice(at + 1).trim();
    if (name === '') return E.left(`expected name=value pairs separated by semicolons, got ${JSON.stringify(item)} (a value that holds a semicolon is put in double quotes whole: "title=A; B")`);
    if (value === '') return E.left(`${name} has no value (write ${name}=... or leave it out)`);
    pairs.push({ name, value });
  }
  return E.right(pairs);
};

// A pair is quoted when its value would otherwise be split or lose its quotes.
const needsQuotes = (pair: string): boolean => /[;\r\n]/.test(pair) || pair.startsWith('"');

/** Writes pairs as a cell `parseFieldList` reads back: `name=value; name=value`. */
export const formatFieldList = (pairs: ReadonlyArray<NamedValue>): string =>
  pairs
    .map(({ name, value }) => {
      const pair = `${name}=${value}`;
      return needsQuotes(pair) ? `"${pair.replaceAll('"', '""')}"` : pair;
    })
    .join('; ');

/** Splits a list of ids written in one cell, "fact:a, fact:b", into its items. */
export const splitIds = (text: string): ReadonlyArray<string> =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
