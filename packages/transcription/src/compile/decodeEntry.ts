import { CampaignCommand } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { CompiledEntry } from './compiledTranscription';
import { problemsOfErrors } from './ioTsProblems';
import type { EntryPath, TranscriptionProblem } from './problem';

/** Decodes a command built from an entry; a problem of its decoding is reported where the entry wrote it. */
export const decodeEntry = (
  path: EntryPath,
  input: unknown,
  pathOf: (inner: ReadonlyArray<string | number>) => EntryPath,
): E.Either<ReadonlyArray<TranscriptionProblem>, CompiledEntry> => {
  const decoded = CampaignCommand.decode(input);
  return E.isRight(decoded) ? E.right({ path, command: decoded.right, pathOf }) : E.left(problemsOfErrors(decoded.left, pathOf));
};

