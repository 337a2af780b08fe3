import * as E from 'fp-ts/lib/Either.js';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { EntryPath } from '../compile/problem';
import { problemsOfErrors } from '../compile/ioTsProblems';
import { Transcription } from '../format/transcriptionCodec';
import type { TranscriptionError } from '../transcriptionError';
import { type Locate, locateAll } from './located';
import type { SourcedTranscription } from './sourcedTranscription';

/**
 * Reads a transcription from YAML text. The failsafe schema keeps every scalar as the text the
 * analyst typed ("3.573" is never the float 3.573), and every problem, of the YAML or of the
 * transcription, is reported at its line and column.
 */
export const readTranscriptionYaml = (file: string, text: string): E.Either<TranscriptionError, SourcedTranscription> => {
  if (text.trim() === '') return E.left({ _tag: 'TranscriptionUnreadable', file, problems: [{ file, path: [], message: 'the file is empty' }] });
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const problems = document.errors.map((e) => {
      const at = lineCounter.linePos(e.pos[0]);
      return { file, line: at.line, column: at.col, path: [], message: e.message.split('\n')[0] ?? e.message };
    });
    return E.left({ _tag: 'TranscriptionUnreadable', file, problems });
  }
  const locate: Locate = (path: EntryPath) => {
    for (let n = path.length; n >= 0; n -= 1) {
      const node = document.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range !== undefined && node.range !== null) {
        const at = lineCounter.linePos(node.range[0]);
        return { file, line: at.line, column: at.col };
      }
    }
    return { file };
  };
  const decoded = Transcription.decode(document.toJS());
  if (E.isLeft(decoded)) return E.left({ _tag: 'InvalidTranscription', file, problems: locateAll(problemsOfErrors(decoded.left), locate) });
  return E.right({ file, transcription: decoded.right, locate });
};
