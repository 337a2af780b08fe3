import type { ReadDirection } from './eventStore';
import type { ExpectedRevision } from './expectedRevision';

// The arguments every store checks the same way: a wrong one is a programmer error, thrown as a
// RangeError when the operation is called, never a StoreError.

const isInteger = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= min;

/** A read's direction, 'forwards' when absent; anything else throws a RangeError naming the operation. */
export const checkReadDirection = (where: string, direction: unknown): ReadDirection => {
  if (direction === undefined) return 'forwards';
  if (direction === 'forwards' || direction === 'backwards') return direction;
  throw new RangeError(`${where}: direction must be 'forwards' or 'backwards', got ${String(direction)}`);
};

/** An optional integer option of an operation, at least `min`; anything else throws a RangeError. */
export const checkOptionalInteger = (where: string, name: string, value: unknown, min: number): number | undefined => {
  if (value === undefined) return undefined;
  if (!isInteger(value, min)) throw new RangeError(`${where}: ${name} must be an integer >= ${min}, got ${String(value)}`);
  return value;
};

/** An append's expected revision, 'any' when absent; anything else throws a RangeError. */
export const checkExpectedRevision = (expected: unknown): ExpectedRevision => {
  if (expected === undefined) return 'any';
  if (expected === 'any' || expected === 'no-stream' || expected === 'stream-exists' || isInteger(expected, -1)) return expected;
  throw new RangeError(`append: expectedRevision must be 'any', 'no-stream', 'stream-exists' or an integer >= -1, got ${String(expected)}`);
};

/**
 * A stream name, which must be a non-empty string (a RangeError otherwise, when the operation is
 * called). Whether every store can keep it is storableStreamName's answer, a value, when the
 * operation runs; a store may add its own programmer errors on top (EventStoreDB: system streams).
 */
export const checkStreamName = (where: string, stream: unknown): string => {
  if (typeof stream === 'string' && stream !== '') return stream;
  throw new RangeError(`${where}: the stream name must be a non-empty string`);
};
