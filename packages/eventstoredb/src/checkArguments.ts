import type { ExpectedRevision, ReadDirection } from '@campaign-ledger/core';

// Programmer errors throw a RangeError when an operation is called, as the in-memory store's do.

const isInteger = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= min;

/** The direction of a read: 'forwards' when absent; anything else is a RangeError. */
export const checkDirection = (where: string, direction: unknown): ReadDirection => {
  if (direction === undefined) return 'forwards';
  if (direction === 'forwards' || direction === 'backwards') return direction;
  throw new RangeError(`${where}: direction must be 'forwards' or 'backwards', got ${String(direction)}`);
};

/** An optional integer option, at least `min`. */
export const checkOptional = (where: string, name: string, value: unknown, min: number): number | undefined => {
  if (value === undefined) return undefined;
  if (!isInteger(value, min)) throw new RangeError(`${where}: ${name} must be an integer >= ${min}, got ${String(value)}`);
  return value;
};

/** An append's expected revision, 'any' when absent. */
export const checkExpectedRevision = (expected: unknown): ExpectedRevision => {
  if (expected === undefined) return 'any';
  if (expected === 'any' || expected === 'no-stream' || expected === 'stream-exists' || isInteger(expected, -1)) return expected;
  throw new RangeError(`append: expectedRevision must be 'any', 'no-stream', 'stream-exists' or an integer >= -1, got ${String(expected)}`);
};
