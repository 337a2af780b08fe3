import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { noteVerifier, openCheckpoint, type NoteVerifier, type SignedLogCheckpoint } from '@campaign-ledger/core/merkle';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';
import { readTextFile } from './readTextFile';

const badInput = (message: string): E.Either<CliFailure, never> => E.left({ exitCode: EXIT.badInput, message });

/** A checkpoint read from its file and opened: the checkpoint, the note as written, and the verifier key that opened it. */
export interface CheckpointFile {
  readonly checkpoint: SignedLogCheckpoint;
  readonly note: string;
  readonly verifierKey: string;
}

/** The verifier key named on the command line: a file holding it, or the key itself. */
const readVerifierKey = (cwd: string, given: string): E.Either<CliFailure, { readonly verifier: NoteVerifier; readonly key: string }> => {
  const isFile = existsSync(resolve(cwd, given));
  const text = isFile ? readTextFile(cwd, given, 'a verifier key') : E.right(given);
  if (E.isLeft(text)) return text;
  const key = text.right.trim();
  const verifier = noteVerifier(key);
  if (E.isRight(verifier)) return E.right({ verifier: verifier.right, key });
  return badInput(isFile ? `${given}: not a verifier key: ${verifier.left.message}` : `--log-key ${given}: there is no such file, and it is not a verifier key: ${verifier.left.message}`);
};

/**
 * The signed checkpoint of `--checkpoint <file>`, opened with the verifier key of `--log-key`
 * (both or neither): undefined when neither is given; bad input naming the file when the
 * checkpoint is missing, is no checkpoint, or was not signed by that key.
 */
export const readSignedCheckpoint = (cwd: string, path: string | undefined, logKey: string | undefined): E.Either<CliFailure, CheckpointFile | undefined> => {
  if (path === undefined) return logKey === undefined ? E.right(undefined) : badInput('--log-key names the verifier key of a checkpoint: give the checkpoint with --checkpoint');
  if (logKey === undefined) return badInput("--checkpoint needs --log-key: the verifier key of the log's checkpoints");
  const verifier = readVerifierKey(cwd, logKey);
  if (E.isLeft(verifier)) return verifier;
  const note = readTextFile(cwd, path, 'a signed checkpoint written by campaign-ledger checkpoint');
  if (E.isLeft(note)) return note;
  const opened = openCheckpoint(note.right, [verifier.right.verifier]);
  return E.isRight(opened) ? E.right({ checkpoint: opened.right, note: note.right, verifierKey: verifier.right.key }) : badInput(`${path}: ${opened.left._tag === 'CheckpointMalformed' ? 'not a checkpoint' : 'the checkpoint is refused'}: ${opened.left.message}`);
};
