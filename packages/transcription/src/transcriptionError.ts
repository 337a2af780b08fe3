import type { DomainError, StoreError } from '@campaign-ledger/core';
import { describeDomainError, describeStoreError } from '@campaign-ledger/core';
import { pathText } from './compile/problem';
import type { LocatedProblem } from './read/located';

/**
 * Why a transcription was not recorded. Nothing of the file is appended in any of these cases:
 * - `TranscriptionUnreadable`: the file is not YAML (or not a workbook) at all;
 * - `InvalidTranscription`: entries that do not match the format or the core's commands, all of them;
 * - `TranscriptionRejected`: the ledger refuses an entry (an unknown term, an organisation not registered, ...);
 * - `NotCorrectable`: an entry changed, or was removed, that a correction cannot replace (a registration);
 * - a store error.
 */
export type TranscriptionError =
  | { readonly _tag: 'TranscriptionUnreadable'; readonly file: string; readonly problems: ReadonlyArray<LocatedProblem> }
  | { readonly _tag: 'InvalidTranscription'; readonly file: string; readonly problems: ReadonlyArray<LocatedProblem> }
  | { readonly _tag: 'TranscriptionRejected'; readonly file: string; readonly problem: LocatedProblem; readonly error: DomainError }
  | { readonly _tag: 'NotCorrectable'; readonly file: string; readonly problem: LocatedProblem }
  | StoreError;

/** Where a problem is: `muong-te.report.yaml:41:9`, or `report.xlsx, sheet statements, row 12, column number`. */
export const placeOfProblem = (p: LocatedProblem): string => {
  if (p.sheet !== undefined) return `${p.file}, sheet ${p.sheet}${p.line === undefined ? '' : `, row ${p.line}`}${p.heading === undefined ? '' : `, column ${p.heading}`}`;
  return `${p.file}${p.line === undefined ? '' : `:${p.line}:${p.column ?? 1}`}`;
};

const problemLine = (p: LocatedProblem): string => `${placeOfProblem(p)}: ${p.path.length === 0 ? '' : `${pathText(p.path)}: `}${p.message}`;

/** The error as lines a reader can act on: one per problem, each with its file, line and column (or sheet, row and column), its path, and what was expected. */
export const describeTranscriptionError = (e: TranscriptionError): string => {
  switch (e._tag) {
    case 'TranscriptionUnreadable':
    case 'InvalidTranscription':
      return e.problems.map(problemLine).join('\n');
    case 'TranscriptionRejected':
      // The path already names the field the ledger's sentence starts with.
      return problemLine({ ...e.problem, message: describeDomainError(e.error).replace(/^[\w.]+: /, '') });
    case 'NotCorrectable':
      return problemLine(e.problem);
    default:
      return describeStoreError(e);
  }
};
