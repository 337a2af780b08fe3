import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';

/** Reads a text file named on the command line, from the user's directory: a missing or empty file is bad input naming it and what was expected. */
export const readTextFile = (cwd: string, path: string, what: string): E.Either<CliFailure, string> => {
  const full = resolve(cwd, path);
  if (!existsSync(full)) return E.left({ exitCode: EXIT.badInput, message: `${path}: there is no such file; expected ${what}` });
  const text = readFileSync(full, 'utf8');
  return text.trim() === '' ? E.left({ exitCode: EXIT.badInput, message: `${path}: the file is empty; expected ${what}` }) : E.right(text);
};
