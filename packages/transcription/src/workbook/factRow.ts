import { commandShapes, factCommandTypes } from '../compile/catalogIndex';
import type { EntryPath } from '../compile/problem';
import { splitIds } from './fieldList';
import { pairsOfCell, type ReportProblem, type RowEntry } from './rowEntry';
import type { NamedRow } from './sheetColumns';
import { FACT_COLUMNS } from './sheetLayout';
import type { CellPlace } from './sheetTable';

const isMapping = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u);

// A field of a field, `label.vi=...`: sets the value at its steps, building the mappings on the way; false when a step is taken.
const setPath = (root: Record<string, unknown>, steps: ReadonlyArray<string>, value: string): boolean => {
  let target = root;
  for (const step of steps.slice(0, -1)) {
    const inner = target[step] ?? (target[step] = {});
    if (!isMapping(inner)) return false;
    target = inner;
  }
  const last = steps[steps.length - 1] as string;
  if (last in target) return false;
  target[last] = value;
  return true;
};

/**
 * The fact a facts row gives, as the format writes it (`{ ReportClasses: { factId, count, ... } }`),
 * or nothing when the row only names its sentence. A field the catalog types as a list is a list:
 * its name repeated, or ids separated by commas; `label.vi=...` is a field of a field. Whether the
 * command and its fields are known is left to transcribe, which names the nearest.
 */
export const factOfRow = (row: NamedRow, report: ReportProblem): RowEntry | undefined => {
  if (FACT_COLUMNS.every((c) => row.text(c) === '')) return undefined;
  const command = row.text('command');
  if (command === '') {
    report(row.place('command'), `a fact names its command (such as ReportClasses); known: ${factCommandTypes.join(', ')}`, factCommandTypes);
    return undefined;
  }
  const shape = commandShapes.get(command);
  const fields: Record<string, unknown> = {};
  const cells: Array<readonly [EntryPath, CellPlace]> = [
    [[], row.place('command')],
    [[command], row.place('command')],
  ];
  for (const { name, value } of pairsOfCell(row, 'fields', report)) {
    const [head, ...rest] = name.split('.') as [string, ...string[]];
    cells.push([[command, head], row.place('fields')]);
    const type = shape?.fields.get(head)?.type;
    if (rest.length > 0) {
      if (!setPath(fields, [head, ...rest], value)) report(row.place('fields'), `${name} is written twice, or beside a value of ${head}`);
    } else if (type?.startsWith('Array<') === true) {
      const items = type === 'Array<NonEmptyText>' ? [value] : type === 'Array<TermPartition>' ? [splitIds(value)] : splitIds(value);
      const before = fields[head];
      fields[head] = [...(Array.isArray(before) ? before : []), ...items];
    } else if (head in fields) report(row.place('fields'), `${head} is written twice`);
    else fields[head] = value;
  }
  return { entry: { [command]: fields }, cells };
};
