import type ExcelJS from 'exceljs';

// exceljs is loaded when a workbook is read or written: the other forms, and tools that never touch a workbook, do without its load time.
const loadExcelJs = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
import * as E from 'fp-ts/lib/Either.js';
import type { TranscriptionError } from '../transcriptionError';
import type { SheetCell, SheetTable } from '../workbook/sheetTable';
import { tablesToTranscription } from '../workbook/tablesToTranscription';
import type { SourcedTranscription } from './sourcedTranscription';

// A cell as exceljs gives it, as text (or a number, or why it cannot be read): rich text is its
// text, a formula its last result, a date a day (YYYY-MM-DD) when it has no time of day.
const sheetCell = (value: ExcelJS.CellValue): SheetCell | undefined => {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return { unreadable: `${value ? 'TRUE' : 'FALSE'} is stored as a true/false value: format the column as text and type the value` };
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : { unreadable: `${iso} is a date with a time of day: type the day as text, YYYY-MM-DD` };
  }
  if ('error' in value) return { unreadable: `the cell holds the error ${value.error}` };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('result' in value) return value.result === undefined ? { unreadable: 'a formula with no result saved: open the workbook in a spreadsheet and save it, or type the value' } : sheetCell(value.result);
  return { unreadable: 'a formula with no result saved: open the workbook in a spreadsheet and save it, or type the value' };
};

const tableOf = (sheet: ExcelJS.Worksheet): SheetTable => {
  const rows: Array<SheetTable['rows'][number]> = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ReadonlyArray<ExcelJS.CellValue>;
    rows.push({ row: number, cells: Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => sheetCell(values[i + 1])) });
  });
  return { sheet: sheet.name, rows };
};

/**
 * Reads a transcription from an XLSX workbook in the layout of SHEETS (sheets document, terms,
 * organisations, statements and facts; README is not read). Every problem is reported at its
 * sheet, row and column; a workbook that cannot be opened is TranscriptionUnreadable.
 */
export const readTranscriptionWorkbook = async (file: string, data: Uint8Array | ArrayBuffer): Promise<E.Either<TranscriptionError, SourcedTranscription>> => {
  const workbook = new (await loadExcelJs()).Workbook();
  const bytes = data instanceof Uint8Array ? data.slice().buffer : data;
  try {
    await workbook.xlsx.load(bytes);
  } catch (e) {
    return E.left({ _tag: 'TranscriptionUnreadable', file, problems: [{ file, path: [], message: `not an XLSX workbook: ${e instanceof Error ? e.message : String(e)}` }] });
  }
  return tablesToTranscription(file, workbook.worksheets.map(tableOf));
};
