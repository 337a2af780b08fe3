import type { EntryPath } from '../compile/problem';
import type { Locate } from '../read/located';
import type { CellPlace } from './sheetTable';

/** Where each path of a transcription read from sheets was written: the cell of every value, the row of every entry. */
export interface CellMap {
  /** Records that the value at `path` was read from `place`; the first place recorded for a path stays. */
  readonly set: (path: EntryPath, place: CellPlace) => void;
  /** The place of a path, or of the nearest entry holding it: a sheet, a row and a column's heading. */
  readonly locate: (file: string) => Locate;
}

/** An empty map of paths to cells, filled while the sheets are read. */
export const makeCellMap = (): CellMap => {
  const cells = new Map<string, CellPlace>();
  return {
    set: (path, place) => {
      const key = JSON.stringify(path);
      if (!cells.has(key)) cells.set(key, place);
    },
    locate: (file) => (path) => {
      for (let n = path.length; n >= 0; n -= 1) {
        const place = cells.get(JSON.stringify(path.slice(0, n)));
        if (place !== undefined) return { file, sheet: place.sheet, line: place.row, ...(place.heading === undefined ? {} : { heading: place.heading }) };
      }
      return { file };
    },
  };
};
