import { LogDigest } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type CliFailure, EXIT } from '../cliContext';
import { readJsonFile } from './readJsonFile';

// One problem of a digest that does not decode: its field, and what was expected there. io-ts
// puts the members of an intersection in the path as numeric keys: only a key under an array is a step.
const problemOf = (e: t.ValidationError): string => {
  const path = e.context
    .filter((c, i) => i > 0 && c.key !== '' && (!/^\d+$/.test(c.key) || Array.isArray(e.context[i - 1]?.actual)))
    .map((c) => c.key)
    .join('.');
  const got = e.value === undefined ? 'nothing (the field is missing)' : JSON.stringify(e.value);
  const expected = e.message ?? `expected ${e.context[e.context.length - 1]?.type.name ?? 'a value'}`;
  return path === '' ? expected : `${path}: ${expected}, got ${got}`;
};

/** Reads a digest written by `campaign-ledger digest`: a missing file, or one that is not a digest, is bad input naming its problems. */
export const readDigestFile = (cwd: string, path: string): E.Either<CliFailure, LogDigest> => {
  const json = readJsonFile(cwd, path, 'a log digest written by campaign-ledger digest');
  if (E.isLeft(json)) return json;
  const decoded = LogDigest.decode(json.right);
  if (E.isRight(decoded)) return decoded;
  const problems = [...new Set(decoded.left.map(problemOf))];
  return E.left({ exitCode: EXIT.badInput, message: `${path}: not a log digest: ${problems.join('; ')}` });
};
