/** A path into a transcription: the keys and indices from its root to a value ("sentences", 3, "facts", 0, ...). */
export type EntryPath = ReadonlyArray<string | number>;

/** One thing wrong in a transcription, at its path: what was expected, what was written, and the nearest known names. */
export interface TranscriptionProblem {
  readonly path: EntryPath;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly known?: ReadonlyArray<string>;
}

/** A path as a reader writes it: `sentences[3].facts[0].ReportClasses.count`. */
export const pathText = (path: EntryPath): string =>
  path.reduce<string>((text, step) => (typeof step === 'number' ? `${text}[${step}]` : text === '' ? step : `${text}.${step}`), '');
