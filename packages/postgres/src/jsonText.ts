import * as E from 'fp-ts/lib/Either.js';

const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u) as unknown;
  return proto === Object.prototype || proto === null;
};

const at = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`);

const kindOf = (u: unknown): string => {
  if (typeof u === 'number') return `the number ${String(u)}`;
  if (typeof u !== 'object' || u === null) return `a ${typeof u}`;
  const name = (Object.getPrototypeOf(u) as { constructor?: { name?: string } } | null)?.constructor?.name;
  return name !== undefined && name !== '' ? `a ${name}` : 'a non-plain object';
};

// Why a value is not JSON that reads back as itself, naming the path of the first problem; null when it is.
const problemOf = (value: unknown, path: string): string | null => {
  const ancestors = new Set<object>();
  const check = (u: unknown, where: string): string | null => {
    switch (typeof u) {
      case 'string':
      case 'boolean':
        return null;
      case 'number':
        return Number.isFinite(u) ? null : `${where}: ${kindOf(u)} is not a JSON value`;
      case 'object': {
        if (u === null) return null;
        if (ancestors.has(u)) return `${where}: the value refers to itself`;
        if (!Array.isArray(u) && !isPlainObject(u)) return `${where}: ${kindOf(u)} is not a JSON value`;
        ancestors.add(u);
        const entries: ReadonlyArray<readonly [string | number, unknown]> = Array.isArray(u) ? u.map((item: unknown, i) => [i, item] as const) : Object.entries(u);
        for (const [key, item] of entries) {
          // JSON.stringify drops an undefined property, as every store does, but would turn one in an array into null.
          if (item === undefined) {
            if (typeof key === 'number') return `${at(where, key)}: undefined is not a JSON value`;
            continue;
          }
          const problem = check(item, at(where, key));
          if (problem !== null) return problem;
        }
        ancestors.delete(u);
        return null;
      }
      default:
        return `${where}: ${kindOf(u)} is not a JSON value`;
    }
  };
  return check(value, path);
};

/**
 * The JSON text a value is stored as, or why it cannot be stored (naming the path of the first
 * value JSON cannot carry: a Date, NaN, a Map, undefined in an array, a cycle). The text parses
 * back to a value equal to the given one, which is what makes the stored hash verifiable.
 */
export const jsonText = (value: unknown, path: string): E.Either<string, string> => {
  const problem = problemOf(value, path);
  return problem === null ? E.right(JSON.stringify(value)) : E.left(problem);
};
