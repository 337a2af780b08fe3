import type ExcelJS from 'exceljs';

// exceljs is loaded when a workbook is read or written: the other forms, and tools that never touch a workbook, do without its load time.
const loadExcelJs = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
import type { Transcription } from '../format/transcriptionCodec';
import { readmeSheet } from '../workbook/readmeRows';
import type { WrittenSheet } from '../workbook/sheetTable';
import { transcriptionToTables } from '../workbook/transcriptionToTables';

// Long texts (quotes, titles, fields) get a wide column; nothing gets wider than a screen.
const widthOf = (sheet: WrittenSheet, index: number): number =>
  Math.min(80, Math.max(10, (sheet.columns[index] ?? '').length + 2, ...sheet.rows.map((row) => (row[index] ?? '').length + 2)));

// A fixed date, so that the same transcription gives the same workbook.
const EPOCH = new Date(0);

/**
 * A transcription as an XLSX workbook in the layout of SHEETS, opening on a README sheet: every
 * column formatted as text, the header row frozen. Reading it with readTranscriptionWorkbook
 * gives the same transcription.
 */
export const writeTranscriptionWorkbook = async (transcription: Transcription): Promise<Uint8Array> => {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'campaign-ledger';
  workbook.created = EPOCH;
  workbook.modified = EPOCH;
  for (const sheet of [readmeSheet(), ...transcriptionToTables(transcription)]) {
    const worksheet = workbook.addWorksheet(sheet.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((header, i) => ({ header, key: header, width: widthOf(sheet, i), style: { numFmt: '@' } }));
    worksheet.getRow(1).font = { bold: true };
    // An empty value is an empty cell, not a cell holding empty text.
    for (const row of sheet.rows) worksheet.addRow(row.map((text) => (text === '' ? null : text)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
