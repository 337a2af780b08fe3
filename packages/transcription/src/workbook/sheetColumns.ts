import type { LocatedProblem } from '../read/located';
import { nearestFirst } from '@campaign-ledger/core';
import { layoutName } from './sheetLayout';
import { type CellPlace, isBlank, type SheetCell, type SheetRow, type SheetTable } from './sheetTable';

/** A row of a sheet with its cells by column name. */
export interface NamedRow {
  readonly row: number;
  /** The text of a column, trimmed; '' when the cell is empty, the column absent, or the cell unreadable (reported once). */
  readonly text: (column: string) => string;
  /** Where a column's cell is. */
  readonly place: (column: string) => CellPlace;
  /** Whether the sheet has the column. */
  readonly has: (column: string) => boolean;
}

/** A sheet's rows by column name, with the problems of its header and cells. */
export interface NamedSheet {
  readonly sheet: string;
  /** The header row's number (1 when the sheet is empty). */
  readonly header: number;
  readonly rows: ReadonlyArray<NamedRow>;
}

const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['number', 'value']);

// A cell as text: a number the spreadsheet stored is taken as written when it is an integer; a
// fraction of one may have lost what the report wrote ("3.573" typed as 3,573 or 3.573), so it is refused.
const cellText = (cell: SheetCell | undefined, column: string): { readonly text: string } | { readonly problem: string } => {
  if (cell === undefined) return { text: '' };
  if (typeof cell === 'string') return { text: cell.trim() };
  if (typeof cell === 'number') {
    if (Number.isSafeInteger(cell)) return { text: String(cell) };
    const what = NUMBER_COLUMNS.has(column) ? 'the number as the report writes it ("3.573", "94,2%")' : 'the value as the report writes it';
    return { problem: `${cell} is stored as a number, which may not be what the report wrote: format the column as text and type ${what}` };
  }
  return { problem: cell.unreadable };
};

/**
 * Reads a sheet's header (its first row that is not blank) against the columns the layout knows,
 * and gives its rows by column name. An unknown, repeated or unnamed column is a problem at the
 * header, naming the nearest known columns; so is a cell that cannot be read, at its own place.
 */
export const namedSheet = (file: string, table: SheetTable, known: ReadonlyArray<string>, problems: LocatedProblem[]): NamedSheet => {
  const { sheet } = table;
  const at = (row: number, heading?: string): LocatedProblem => ({ file, sheet, line: row, path: [], message: '', ...(heading === undefined ? {} : { heading }) });
  const nonBlank = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  const [headerRow, ...dataRows] = nonBlank;
  if (headerRow === undefined) return { sheet, header: 1, rows: [] };
  const columns = new Map<string, number>();
  headerRow.cells.forEach((cell, index) => {
    const written = typeof cell === 'string' ? cell.trim() : cell === undefined ? '' : String(typeof cell === 'number' ? cell : cell.unreadable);
    if (written === '') {
      const holder = dataRows.find((r) => !isBlank(r.cells[index]));
      if (holder !== undefined) problems.push({ ...at(holder.row), message: `column ${index + 1} has no heading in row ${headerRow.row} but holds data; known columns: ${known.join(', ')}` });
      return;
    }
    const name = known.find((k) => layoutName(k) === layoutName(written));
    if (name === undefined) {
      problems.push({ ...at(headerRow.row, written), message: `unknown column "${written}" in sheet ${sheet}; known (nearest first): ${nearestFirst(written, known).slice(0, 5).join(', ')}`, known: nearestFirst(written, known) });
    } else if (columns.has(name)) {
      problems.push({ ...at(headerRow.row, written), message: `the column ${name} is written twice in sheet ${sheet}` });
    } else columns.set(name, index);
  });
  const rows = dataRows.map((r: SheetRow): NamedRow => {
    const reported = new Set<string>();
    return {
      row: r.row,
      place: (column) => ({ sheet, row: r.row, heading: column }),
      has: (column) => columns.has(column),
      text: (column) => {
        const index = columns.get(column);
        if (index === undefined) return '';
        const read = cellText(r.cells[index], column);
        if ('text' in read) return read.text;
        if (!reported.has(column)) problems.push({ ...at(r.row, column), message: read.problem });
        reported.add(column);
        return '';
      },
    };
  });
  return { sheet, header: headerRow.row, rows };
};
