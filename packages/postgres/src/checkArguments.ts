import type { ExpectedRevision, ReadDirection } from '@campaign-ledger/core';
import { isStorableText } from './prepareEvents';

// The arguments every store checks the same way: a wrong one is a programmer error, thrown as a
// RangeError when the operation is called, never a StoreError.

const isInteger = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= min;

/** A read's direction, 'forwards' by default. */
export const checkDirection = (where: string, direction: unknown): ReadDirection => {
  if (direction === undefined) return 'forwards';
  if (direction === 'forwards' || direction === 'backwards') return direction;
  throw new RangeError(`${where}: direction must be 'forwards' or 'backwards', got ${String(direction)}`);
};

/** An optional integer option with a lower bound. */
export const checkOptional = (where: string, name: string, value: unknown, min: number): number | undefined => {
  if (value === undefined) return undefined;
  if (!isInteger(value, min)) throw new RangeError(`${where}: ${name} must be an integer >= ${min}, got ${String(value)}`);
  return value;
};

/** An append's expected revision, 'any' by default. */
export const checkExpectedRevision = (expected: unknown): ExpectedRevision => {
  if (expected === undefined) return 'any';
  if (expected === 'any' || expected === 'no-stream' || expected === 'stream-exists' || isInteger(expected, -1)) return expected;
  throw new RangeError(`append: expectedRevision must be 'any', 'no-stream', 'stream-exists' or an integer >= -1, got ${String(expected)}`);
};

/** A stream name: non-empty text that a PostgreSQL text column keeps as it is. */
export const checkStream = (where: string, stream: unknown): string => {
  if (typeof stream !== 'string' || stream === '') throw new RangeError(`${where}: the stream name must be a non-empty string`);
  if (!isStorableText(stream)) throw new RangeError(`${where}: the stream name must not hold a NUL character or a lone surrogate`);
  return stream;
};
