import * as E from 'fp-ts/lib/Either.js';
import type { EntryPath } from '../compile/problem';
import { type NamedValue, parseFieldList } from './fieldList';
import type { NamedRow } from './sheetColumns';
import type { CellPlace } from './sheetTable';

/** An entry a row gives (a statement or a fact), with the cell of each of its paths, relative to the entry. */
export interface RowEntry {
  readonly entry: Readonly<Record<string, unknown>>;
  readonly cells: ReadonlyArray<readonly [EntryPath, CellPlace]>;
}

/** Reports a problem at a cell, with the known names nearest to what was written. */
export type ReportProblem = (place: CellPlace, message: string, known?: ReadonlyArray<string>) => void;

/** The `name=value` pairs of a cell; a cell that does not read as pairs is reported and gives none. */
export const pairsOfCell = (row: NamedRow, column: string, report: ReportProblem): ReadonlyArray<NamedValue> => {
  const text = row.text(column);
  if (text === '') return [];
  const pairs = parseFieldList(text);
  if (E.isLeft(pairs)) {
    report(row.place(column), pairs.left);
    return [];
  }
  return pairs.right;
};
