import { figureKeyShapes, nearestFirst } from '@campaign-ledger/core';
import type { EntryPath } from '../compile/problem';
import { splitIds } from './fieldList';
import { pairsOfCell, type ReportProblem, type RowEntry } from './rowEntry';
import type { NamedRow } from './sheetColumns';
import { STATEMENT_COLUMNS } from './sheetLayout';
import type { CellPlace } from './sheetTable';

const measureDimensions = new Map(figureKeyShapes().map((s) => [s.measure as string, [...s.required, ...s.optional] as ReadonlyArray<string>]));
const everyDimension = [...new Set([...measureDimensions.values()].flat())];
/** Names a statement takes in `dimensions` besides its measure's: its own year and organisation. */
const OWN_FIELDS = ['year', 'organisation'];
/** The names a statement's own columns stand for; a dimension may not take them. */
const COLUMN_OF: Readonly<Record<string, string>> = { figure: 'measure', measure: 'measure', number: 'number', qualifier: 'qualifier', unit: 'unit', id: 'id', parts: 'parts', category: 'category' };

/**
 * The statement a statements row gives, as the format writes it (`figure`, `number`, `unit`, `id`,
 * `parts`, `category` and the dimensions), or nothing when the row only names its sentence. A
 * qualifier typed apart is read before the number; a dimension the figure does not take is
 * reported with the nearest it does.
 */
export const statementOfRow = (row: NamedRow, report: ReportProblem): RowEntry | undefined => {
  if (STATEMENT_COLUMNS.every((c) => row.text(c) === '')) return undefined;
  const entry: Record<string, unknown> = {};
  const cells: Array<readonly [EntryPath, CellPlace]> = [
    [[], row.place('measure')],
    [['figure'], row.place('measure')],
    [['number'], row.place('number')],
  ];
  const put = (name: string, value: unknown, column: string) => {
    entry[name] = value;
    cells.push([[name], row.place(column)]);
  };
  const measure = row.text('measure');
  if (measure !== '') put('figure', measure, 'measure');
  const number = row.text('number');
  const qualifier = row.text('qualifier');
  if (qualifier !== '' && number === '' && row.has('number')) report(row.place('qualifier'), `the qualifier "${qualifier}" is written before a number: fill the number column`);
  if (number !== '') put('number', qualifier === '' ? number : `${qualifier} ${number}`, 'number');
  for (const column of ['unit', 'id', 'category'] as const) if (row.text(column) !== '') put(column, row.text(column), column);
  if (row.text('parts') !== '') put('parts', splitIds(row.text('parts')), 'parts');
  const known = [...(measureDimensions.get(measure) ?? everyDimension), ...OWN_FIELDS];
  for (const { name, value } of pairsOfCell(row, 'dimensions', report)) {
    const column = COLUMN_OF[name];
    if (column !== undefined) report(row.place('dimensions'), `${name} has its own column: write it under ${column}`);
    else if (!known.includes(name)) {
      const whose = measureDimensions.has(measure) ? `the figure ${measure} takes` : 'a figure takes';
      report(row.place('dimensions'), `unknown dimension "${name}"; ${whose} (nearest first): ${nearestFirst(name, known).slice(0, 6).join(', ')}`, nearestFirst(name, known));
    } else if (name in entry) report(row.place('dimensions'), `the dimension ${name} is written twice`);
    else put(name, value, 'dimensions');
  }
  return { entry, cells };
};
