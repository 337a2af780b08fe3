import type { EntryPath, TranscriptionProblem } from '../compile/problem';

/** A line and column in a file, both from 1. */
export interface FilePosition {
  readonly line: number;
  readonly column: number;
}

/** A problem with the place in its file: a line and column for YAML, a sheet, row and column for a workbook. */
export interface LocatedProblem extends TranscriptionProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** In a workbook: the sheet and the column's heading. */
  readonly sheet?: string;
  readonly heading?: string;
}

/** Where each path of a transcription was written in its file. */
export type Locate = (path: EntryPath) => Omit<LocatedProblem, keyof TranscriptionProblem> ;

/** Problems with their places in the file. */
export const locateAll = (problems: ReadonlyArray<TranscriptionProblem>, locate: Locate): ReadonlyArray<LocatedProblem> =>
  problems.map((p) => ({ ...p, ...locate(p.path) }));
