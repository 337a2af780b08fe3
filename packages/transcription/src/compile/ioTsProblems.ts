import { problemsOf } from '@campaign-ledger/core/adapter';
import type * as t from 'io-ts';
import type { EntryPath, TranscriptionProblem } from './problem';

const stepsOf = (path: string): ReadonlyArray<string | number> =>
  path === '(root)' || path === '' ? [] : path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/**
 * io-ts errors as problems of a transcription: each at the path the entry was written at, with
 * what was expected there. `rename` maps a path inside a decoded value (`data.period`) back to the
 * path the analyst wrote (`sentences[3].facts[0].ReportClasses.year`).
 */
export const problemsOfErrors = (
  errors: t.Errors,
  rename: (inner: ReadonlyArray<string | number>) => EntryPath = (inner) => inner,
): ReadonlyArray<TranscriptionProblem> =>
  problemsOf(errors).map((p) => ({ path: rename(stepsOf(p.path)), message: `expected ${p.expected}, got ${p.actual}`, expected: p.expected, actual: p.actual }));
