import type { RecordPosition } from './clientPort';

/**
 * Where the ledger's events were found in $all, by global position: reads remember it, so that the
 * next read from a position starts next to it instead of at the beginning of $all.
 */
export interface PositionIndex {
  readonly remember: (globalPosition: number, at: RecordPosition) => void;
  /** Where the nearest remembered event strictly before a global position is in $all. */
  readonly before: (globalPosition: number) => RecordPosition | undefined;
  /** Where the nearest remembered event strictly after a global position is in $all. */
  readonly after: (globalPosition: number) => RecordPosition | undefined;
}

/** An empty index. It holds one entry per event read, so it grows with the log, as the id index of a writer does. */
export const makePositionIndex = (): PositionIndex => {
  const positions: number[] = [];
  const places = new Map<number, RecordPosition>();
  // The index of the first remembered position >= p.
  const lowerBound = (p: number): number => {
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((positions[middle] as number) < p) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    remember: (globalPosition, at) => {
      if (!places.has(globalPosition)) positions.splice(lowerBound(globalPosition), 0, globalPosition);
      places.set(globalPosition, at);
    },
    before: (globalPosition) => {
      const i = lowerBound(globalPosition) - 1;
      return i < 0 ? undefined : places.get(positions[i] as number);
    },
    after: (globalPosition) => {
      const i = lowerBound(globalPosition + 1);
      return i >= positions.length ? undefined : places.get(positions[i] as number);
    },
  };
};
