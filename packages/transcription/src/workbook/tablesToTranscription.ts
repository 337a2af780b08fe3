import * as E from 'fp-ts/lib/Either.js';
import { problemsOfErrors } from '../compile/ioTsProblems';
import { nearestFirst } from '@campaign-ledger/core';
import { FORMAT_VERSION } from '../format/scalars';
import { Transcription } from '../format/transcriptionCodec';
import { type LocatedProblem, locateAll } from '../read/located';
import type { SourcedTranscription } from '../read/sourcedTranscription';
import type { TranscriptionError } from '../transcriptionError';
import { type CellMap, makeCellMap } from './cellMap';
import { splitIds } from './fieldList';
import { readSentenceRows } from './readSentenceRows';
import { type NamedSheet, namedSheet } from './sheetColumns';
import { DOCUMENT_FIELDS, layoutName, README_SHEET, SHEETS, type SheetName, TERM_COLUMNS, TERM_LIST_COLUMNS } from './sheetLayout';
import type { SheetTable } from './sheetTable';

type Plain = Record<string, unknown>;

// The document sheet: one row per field, `launch.` fields gathered into the launch.
const readDocument = (file: string, sheet: NamedSheet, cells: CellMap, problems: LocatedProblem[]): Plain => {
  const header = { sheet: sheet.sheet, row: sheet.header, heading: 'field' };
  cells.set(['document'], header);
  cells.set(['transcription'], header);
  const document: Plain = {};
  const launch: Plain = {};
  let version: string | undefined;
  const seen = new Set<string>();
  for (const row of sheet.rows) {
    const written = row.text('field');
    const value = row.text('value');
    const problem = (message: string, known?: ReadonlyArray<string>) =>
      problems.push({ file, sheet: sheet.sheet, line: row.row, heading: 'field', path: [], message, ...(known === undefined ? {} : { known }) });
    if (written === '') {
      problem(`the value "${value}" has no field; known fields: ${DOCUMENT_FIELDS.join(', ')}`, DOCUMENT_FIELDS);
      continue;
    }
    const field = DOCUMENT_FIELDS.find((f) => layoutName(f) === layoutName(written));
    if (field === undefined) {
      const known = nearestFirst(written, DOCUMENT_FIELDS);
      problem(`unknown field "${written}" of the document; known (nearest first): ${known.slice(0, 5).join(', ')}`, known);
      continue;
    }
    if (seen.has(field)) {
      problem(`the field ${field} is written twice`);
      continue;
    }
    seen.add(field);
    const place = { sheet: sheet.sheet, row: row.row, heading: 'value' };
    if (field.startsWith('launch.')) cells.set(['launch'], place);
    if (value === '') continue;
    if (field === 'transcription') {
      version = value;
      cells.set(['transcription'], place);
    } else if (field.startsWith('launch.')) {
      launch[field.slice('launch.'.length)] = value;
      cells.set(['launch', field.slice('launch.'.length)], place);
    } else {
      document[field] = value;
      cells.set(['document', field], place);
    }
  }
  return { transcription: version ?? FORMAT_VERSION, document, ...(Object.keys(launch).length === 0 ? {} : { launch }) };
};

// The terms sheet: one row per term, its label in two columns and its relations as lists of ids.
const readTerms = (sheet: NamedSheet, cells: CellMap): ReadonlyArray<Plain> =>
  sheet.rows.map((row, i) => {
    const term: Plain = {};
    const at = ['terms', i];
    cells.set(at, row.place('termId'));
    const label: Plain = {};
    for (const language of ['vi', 'en']) {
      const text = row.text(`label.${language}`);
      cells.set([...at, 'label', language], row.place(`label.${language}`));
      if (text !== '') label[language] = text;
    }
    cells.set([...at, 'label'], row.place('label.vi'));
    for (const column of TERM_COLUMNS) {
      const text = row.text(column);
      cells.set([...at, column], row.place(column));
      if (text === '' || column.startsWith('label.')) continue;
      if (TERM_LIST_COLUMNS.includes(column)) term[column] = splitIds(text);
      else if (column === 'partitions') term[column] = text.split(';').map(splitIds).filter((group) => group.length > 0);
      else term[column] = text;
    }
    if (Object.keys(label).length > 0) term['label'] = label;
    return term;
  });

// The organisations sheet: one row per organisation, every column as written.
const readOrganisations = (sheet: NamedSheet, cells: CellMap): ReadonlyArray<Plain> =>
  sheet.rows.map((row, i) => {
    const organisation: Plain = {};
    cells.set(['organisations', i], row.place('id'));
    for (const column of SHEETS.find((s) => s.sheet === 'organisations')?.columns ?? []) {
      const text = row.text(column);
      cells.set(['organisations', i, column], row.place(column));
      if (text !== '') organisation[column] = text;
    }
    return organisation;
  });

/**
 * Reads a transcription from its sheets (of a workbook, or the sections of a CSV file): the same
 * plain structure the YAML reader decodes, decoded by the same codec, with every path mapped back
 * to its sheet, row and column. An unknown sheet, column or document field is an error naming the
 * nearest known ones; a sheet named README is never read.
 */
export const tablesToTranscription = (file: string, tables: ReadonlyArray<SheetTable>): E.Either<TranscriptionError, SourcedTranscription> => {
  const problems: LocatedProblem[] = [];
  const cells = makeCellMap();
  const sheets = new Map<SheetName, NamedSheet>();
  const known = SHEETS.map((s) => s.sheet);
  for (const table of tables) {
    if (layoutName(table.sheet) === layoutName(README_SHEET)) continue;
    const layout = SHEETS.find((s) => layoutName(s.sheet) === layoutName(table.sheet));
    if (layout === undefined) {
      const nearest = nearestFirst(table.sheet, [...known, README_SHEET]);
      problems.push({ file, sheet: table.sheet, path: [], message: `unknown sheet "${table.sheet}"; known (nearest first): ${nearest.join(', ')}`, known: nearest });
    } else if (sheets.has(layout.sheet)) {
      problems.push({ file, sheet: table.sheet, path: [], message: `the sheet ${layout.sheet} is there twice` });
    } else sheets.set(layout.sheet, namedSheet(file, table, layout.columns, problems));
  }
  const documentSheet = sheets.get('document');
  if (documentSheet === undefined) {
    problems.push({ file, sheet: 'document', path: ['document'], message: 'the transcription has no sheet document: two columns, field and value, with the id, campaign, title and scope of the report' });
  }
  const header = documentSheet === undefined ? {} : readDocument(file, documentSheet, cells, problems);
  const terms = sheets.get('terms');
  const organisations = sheets.get('organisations');
  const statements = sheets.get('statements');
  if (statements !== undefined) cells.set(['sentences'], { sheet: statements.sheet, row: statements.header });
  const plain = {
    ...header,
    ...(terms === undefined || terms.rows.length === 0 ? {} : { terms: readTerms(terms, cells) }),
    ...(organisations === undefined || organisations.rows.length === 0 ? {} : { organisations: readOrganisations(organisations, cells) }),
    sentences: readSentenceRows(file, { statements, facts: sheets.get('facts') }, cells, problems),
  };
  if (problems.length > 0) return E.left({ _tag: 'InvalidTranscription', file, problems });
  const locate = cells.locate(file);
  const decoded = Transcription.decode(plain);
  if (E.isLeft(decoded)) return E.left({ _tag: 'InvalidTranscription', file, problems: locateAll(problemsOfErrors(decoded.left), locate) });
  return E.right({ file, transcription: decoded.right, locate });
};
