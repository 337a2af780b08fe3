import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';

const bad = (message: string): E.Either<CliFailure, never> => E.left({ exitCode: EXIT.badInput, message });

// JSON.parse names an offset in characters; a reader looks for a line and a column.
const placeOf = (text: string, offset: number): string => {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
};

/**
 * Reads a JSON file named on the command line, from the user's directory. A missing file, or one
 * that is not JSON, is one failure naming the file (and the line and column where the JSON breaks).
 */
export const readJsonFile = (cwd: string, path: string, what: string): E.Either<CliFailure, unknown> => {
  const full = resolve(cwd, path);
  if (!existsSync(full)) return bad(`${path}: there is no such file`);
  const text = readFileSync(full, 'utf8');
  if (text.trim() === '') return bad(`${path}: the file is empty; expected ${what}`);
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(reason)?.[1];
    const where = offset === undefined ? '' : `:${placeOf(text, Number(offset))}`;
    return bad(`${path}${where}: not JSON (${reason.replace(/ in JSON at position \d+.*$/, '')}); expected ${what}`);
  }
};
