import { LaunchEntry, OrganisationEntry, TermEntry, TranscribedDocument } from '../format/transcriptionCodec';

/** A sheet's name and its columns, in the order the writer writes them. */
export interface SheetLayout {
  readonly sheet: SheetName;
  readonly columns: ReadonlyArray<string>;
}

/** The sheets a transcription workbook may hold, besides README. */
export type SheetName = 'document' | 'terms' | 'organisations' | 'statements' | 'facts';

/** The sheet of explanations, written first and never read. */
export const README_SHEET = 'README';

const keysOf = (codec: { readonly required: object; readonly optional: object }): ReadonlyArray<string> => [
  ...Object.keys(codec.required),
  ...Object.keys(codec.optional),
];

/** The rows of the document sheet: the fields of the document, then the launch's, prefixed `launch.`. */
export const DOCUMENT_FIELDS: ReadonlyArray<string> = ['transcription', ...keysOf(TranscribedDocument), ...keysOf(LaunchEntry).map((k) => `launch.${k}`)];

/** The columns of the terms sheet: the fields of DefineTerm, the label as two columns. */
export const TERM_COLUMNS: ReadonlyArray<string> = keysOf(TermEntry).flatMap((k) => (k === 'label' ? ['label.vi', 'label.en'] : [k]));

/** The term columns that hold term ids separated by commas. */
export const TERM_LIST_COLUMNS: ReadonlyArray<string> = ['broader', 'narrower', 'overlaps', 'disjointWith'];

/** The columns a statements or facts row gives its sentence. */
export const SENTENCE_COLUMNS = ['sentence', 'quote', 'year', 'organisation', 'source'] as const;

/** The columns of a statements row that state a figure: a row with none of them only names its sentence. */
export const STATEMENT_COLUMNS = ['category', 'measure', 'number', 'unit', 'qualifier', 'id', 'parts', 'dimensions'] as const;

/** The columns of a facts row that give a fact. */
export const FACT_COLUMNS = ['command', 'fields'] as const;

/**
 * Every sheet a workbook may hold, in the order the writer writes them, with its columns. This is
 * the layout of a transcription as a workbook: one sheet per part of the YAML format, one row per
 * entry, every value text typed as the report writes it. Sheets and columns are matched by name,
 * in any order and case; a sheet or a column not named here is an error.
 *
 * - `document`: two columns, `field` and `value`, one row per field of the report: `transcription`
 *   (the format version, 1), `id`, `campaign`, `title`, `scope`, `publisher`, `url`, `date`,
 *   `level`, `recordedBy`, and the campaign's launch as `launch.title`, `launch.launchedOn`,
 *   `launch.directiveNumber`, `launch.quote`, `launch.at`, `launch.source`.
 * - `terms`: one row per term (the fields of DefineTerm): `kind`, `termId`, `label.vi`,
 *   `label.en`, `broader`, `narrower`, `overlaps`, `disjointWith` (term ids separated by commas),
 *   `partitions` (groups separated by semicolons, ids by commas), `quote`, `at`, `source`.
 * - `organisations`: one row per organisation: `id`, `name`, `kind`, `parent`, `bloc`, `quote`,
 *   `at`, `source`.
 * - `statements`, the main sheet: one row per stated figure: `sentence` (the place, "9.2"),
 *   `quote`, `year`, `organisation`, `category`, `measure`, `number` (as written), `unit`,
 *   `qualifier` (a word written apart from the number, "trên"), `id`, `parts` (fact ids separated by
 *   commas), `dimensions` (`name=value; name=value`), `record` (`no` keeps the row unrecorded),
 *   `source` (a document the sentence cites). A row with no figure (no measure, number, ...) names
 *   a sentence that states none, so that its facts keep their place in the order of sentences.
 * - `facts`: one row per fact: `sentence`, `quote`, `year`, `organisation`, `command` (such as
 *   ReportClasses), `fields` (`name=value; name=value`, numbers as written), `record`, `source`.
 * - `README`: the explanation of the columns; never read.
 *
 * Rows of statements and facts with the same place, source and quote are one sentence; a row that
 * leaves the quote empty continues the sentence of the nearest row above it at the same place.
 * `year` and `organisation` are the sentence's (what its entries take when they give none): a
 * figure's own go in `dimensions`, a fact's in `fields`. Sentences are in the order they first
 * appear in statements, then in facts.
 */
export const SHEETS: ReadonlyArray<SheetLayout> = [
  { sheet: 'document', columns: ['field', 'value'] },
  { sheet: 'terms', columns: TERM_COLUMNS },
  { sheet: 'organisations', columns: keysOf(OrganisationEntry) },
  { sheet: 'statements', columns: ['sentence', 'quote', 'year', 'organisation', 'category', 'measure', 'number', 'unit', 'qualifier', 'id', 'parts', 'dimensions', 'record', 'source'] },
  { sheet: 'facts', columns: ['sentence', 'quote', 'year', 'organisation', 'command', 'fields', 'record', 'source'] },
];

/** A name as a sheet, a column or a document field is matched: case and surrounding spaces aside. */
export const layoutName = (name: string): string => name.normalize('NFC').trim().toLowerCase();

/** `record`: empty or `yes` records the row; `no` keeps it in the workbook as a note, not recorded. */
export const RECORD_VALUES: ReadonlyArray<string> = ['yes', 'no'];
