import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import {
  type SourcedTranscription,
  describeTranscriptionError,
  readTranscriptionCsv,
  readTranscriptionWorkbook,
  readTranscriptionYaml,
} from '@campaign-ledger/transcription';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';

const FORMS = '.yaml, .yml, .xlsx or .csv';

/** Reads a transcription file by its extension: YAML, a workbook or CSV. A missing or malformed file is one failure with every problem at its place. */
export const readTranscriptionFile = async (cwd: string, path: string): Promise<E.Either<CliFailure, SourcedTranscription>> => {
  const full = resolve(cwd, path);
  const name = basename(full);
  if (!existsSync(full)) return E.left({ exitCode: EXIT.badInput, message: `${path}: there is no such file` });
  const extension = extname(full).toLowerCase();
  const read = await (async () => {
    switch (extension) {
      case '.yaml':
      case '.yml':
        return readTranscriptionYaml(name, readFileSync(full, 'utf8'));
      case '.csv':
        return readTranscriptionCsv(name, readFileSync(full, 'utf8'));
      case '.xlsx':
        return readTranscriptionWorkbook(name, readFileSync(full));
      default:
        return undefined;
    }
  })();
  if (read === undefined) return E.left({ exitCode: EXIT.badInput, message: `${path}: a transcription is a ${FORMS} file` });
  return E.isLeft(read) ? E.left({ exitCode: EXIT.badInput, message: describeTranscriptionError(read.left) }) : read;
};
