import { parse } from 'csv-parse/sync';
import * as E from 'fp-ts/lib/Either.js';
import type { TranscriptionError } from '../transcriptionError';
import { isBlank, type SheetRow, type SheetTable } from '../workbook/sheetTable';
import { tablesToTranscription } from '../workbook/tablesToTranscription';
import type { SourcedTranscription } from './sourcedTranscription';

/** A line that begins a sheet in a CSV transcription: its name in brackets, `[statements]`. */
const SECTION = /^\[\s*([^\]]+?)\s*\]$/;

interface ParsedRecord {
  readonly record: ReadonlyArray<string>;
  readonly info: { readonly lines: number };
}

/**
 * Reads a transcription from one CSV file that holds every sheet of the workbook layout, one after
 * the other: each sheet begins with a line holding its name in brackets (`[document]`,
 * `[statements]`, ...), then its header row and its rows, exactly as in the workbook. Rows are
 * numbered by their line in the file, so a problem is reported at its sheet, line and column.
 */
export const readTranscriptionCsv = (file: string, text: string): E.Either<TranscriptionError, SourcedTranscription> => {
  let records: ReadonlyArray<ParsedRecord>;
  try {
    records = parse(text, { bom: true, relax_column_count: true, info: true }) as unknown as ReadonlyArray<ParsedRecord>;
  } catch (e) {
    const line = typeof e === 'object' && e !== null && 'lines' in e && typeof e.lines === 'number' ? e.lines : undefined;
    const message = e instanceof Error ? e.message : String(e);
    return E.left({ _tag: 'TranscriptionUnreadable', file, problems: [{ file, ...(line === undefined ? {} : { line }), path: [], message: `not a CSV file: ${message}` }] });
  }
  const tables: Array<{ sheet: string; rows: SheetRow[] }> = [];
  let line = 1;
  for (const { record, info } of records) {
    // A record may run over several lines (a quoted line break): it is numbered by its first.
    const row: SheetRow = { row: line, cells: record };
    line = info.lines + 1;
    const [first, ...rest] = record;
    const section = first === undefined ? null : SECTION.exec(first.trim());
    if (section !== null && rest.every(isBlank)) tables.push({ sheet: section[1] as string, rows: [] });
    else if (!row.cells.every(isBlank)) {
      const current = tables[tables.length - 1];
      if (current === undefined) {
        const problem = { file, line: row.row, path: [], message: 'a CSV transcription begins each sheet with its name in brackets on a line of its own, such as [document]' };
        return E.left({ _tag: 'TranscriptionUnreadable', file, problems: [problem] });
      }
      current.rows.push(row);
    }
  }
  return tablesToTranscription(file, tables as ReadonlyArray<SheetTable>);
};
