/**
 * A cell as a workbook or a CSV file holds it: text, a number the spreadsheet stored as a number
 * (a CSV cell is always text), or why it cannot be read (a formula error, a time of day, ...).
 */
export type SheetCell = string | number | { readonly unreadable: string };

/** A row of a sheet: its number in the sheet (or its line in a CSV file), and its cells from the first column. */
export interface SheetRow {
  readonly row: number;
  readonly cells: ReadonlyArray<SheetCell | undefined>;
}

/** A sheet as read, before its rows are interpreted: its name and its rows, the header first. */
export interface SheetTable {
  readonly sheet: string;
  readonly rows: ReadonlyArray<SheetRow>;
}

/** A sheet to write: its name, its header and its rows of text. */
export interface WrittenSheet {
  readonly sheet: string;
  readonly columns: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}

/** Where a value was read: a sheet, a row, and the heading of its column. */
export interface CellPlace {
  readonly sheet: string;
  readonly row: number;
  readonly heading?: string;
}

/** Whether a cell holds nothing: empty, or only spaces. */
export const isBlank = (cell: SheetCell | undefined): boolean => cell === undefined || (typeof cell === 'string' && cell.trim() === '');
