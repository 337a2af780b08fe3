import * as E from 'fp-ts/lib/Either.js';

const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u) as unknown;
  return proto === Object.prototype || proto === null;
};

const kindOf = (u: unknown): string => {
  if (typeof u === 'number') return `the number ${String(u)}`;
  if (typeof u !== 'object' || u === null) return `a ${typeof u}`;
  const name = (Object.getPrototypeOf(u) as { readonly constructor?: { readonly name?: string } } | null)?.constructor?.name;
  return name !== undefined && name !== '' ? `a ${name}` : 'a non-plain object';
};

const at = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`);

/** Why a value is not a JSON value (naming the path of the first offending part), or undefined when it is one. */
const jsonProblem = (value: unknown, path: string, ancestors: Set<object>): string | undefined => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${path}: ${kindOf(value)} is not a JSON value`;
    case 'object': {
      if (value === null) return undefined;
      if (ancestors.has(value)) return `${path}: the value refers to itself`;
      if (!Array.isArray(value) && !isPlainObject(value)) return `${path}: ${kindOf(value)} is not a JSON value`;
      ancestors.add(value);
      const entries: ReadonlyArray<readonly [string | number, unknown]> = Array.isArray(value) ? value.map((v: unknown, i) => [i, v] as const) : Object.entries(value);
      for (const [key, item] of entries) {
        // JSON.stringify drops an undefined property, as the in-memory store does, but not an array slot.
        if (item === undefined && typeof key === 'string') continue;
        const problem = item === undefined ? `${at(path, key)}: undefined is not a JSON value` : jsonProblem(item, at(path, key), ancestors);
        if (problem !== undefined) return problem;
      }
      ancestors.delete(value);
      return undefined;
    }
    default:
      return `${path}: ${kindOf(value)} is not a JSON value`;
  }
};

/** A value that can be stored as JSON text: the text, and the value as it will read back. */
export interface JsonText {
  readonly text: string;
  readonly value: unknown;
}

/**
 * The JSON text of a value, and the value that text reads back as, or why the value is not JSON
 * (dates, maps, NaN, cycles are refused rather than silently mangled by JSON.stringify). The
 * store seals and compares the read-back value, so what it hashes is exactly what it stores.
 */
export const jsonTextOf = (value: unknown, path: string): E.Either<string, JsonText> => {
  const problem = jsonProblem(value, path, new Set());
  if (problem !== undefined) return E.left(problem);
  const text = JSON.stringify(value);
  return E.right({ text, value: JSON.parse(text) as unknown });
};

/** Parses stored JSON text, or says why it does not parse. */
export const parseJsonText = (text: string): E.Either<string, unknown> => {
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (e) {
    return E.left(e instanceof Error ? e.message : String(e));
  }
};
