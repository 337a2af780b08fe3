import * as E from 'fp-ts/lib/Either.js';

// Thrown only inside frozenJsonCopy, to leave the recursion at the first problem.
class NotJson extends Error {}

const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u) as unknown;
  return proto === Object.prototype || proto === null;
};

const kindOf = (u: unknown): string => {
  if (typeof u === 'number') return `the number ${String(u)}`;
  if (typeof u !== 'object' || u === null) return `a ${typeof u}`;
  const name = (Object.getPrototypeOf(u) as { constructor?: { name?: string } } | null)?.constructor?.name;
  return name !== undefined && name !== '' ? `a ${name}` : 'a non-plain object';
};

const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/**
 * A deep, frozen copy of a JSON value, or why the value is not one (naming its path). Persistent
 * stores keep events as JSON, so the in-memory store refuses what they could not round-trip
 * (dates, maps, NaN, cycles) and drops properties whose value is undefined, as JSON.stringify does.
 */
export const frozenJsonCopy = (value: unknown, rootPath = ''): E.Either<string, unknown> => {
  const ancestors = new Set<object>();
  const copy = (u: unknown, path: string): unknown => {
    const where = path === '' ? '(root)' : path;
    switch (typeof u) {
      case 'string':
      case 'boolean':
        return u;
      case 'number':
        if (!Number.isFinite(u)) throw new NotJson(`${where}: ${kindOf(u)} is not a JSON value`);
        return u;
      case 'object': {
        if (u === null) return null;
        if (ancestors.has(u)) throw new NotJson(`${where}: the value refers to itself`);
        ancestors.add(u);
        let out: unknown;
        if (Array.isArray(u)) {
          out = u.map((item: unknown, i) => {
            if (item === undefined) throw new NotJson(`${at(path, i)}: undefined is not a JSON value`);
            return copy(item, at(path, i));
          });
        } else if (isPlainObject(u)) {
          const record: Record<string, unknown> = {};
          for (const [key, item] of Object.entries(u)) {
            if (item !== undefined) record[key] = copy(item, at(path, key));
          }
          out = record;
        } else {
          throw new NotJson(`${where}: ${kindOf(u)} is not a JSON value`);
        }
        ancestors.delete(u);
        return Object.freeze(out);
      }
      default:
        throw new NotJson(`${where}: ${kindOf(u)} is not a JSON value`);
    }
  };
  try {
    return E.right(copy(value, rootPath));
  } catch (e) {
    if (e instanceof NotJson) return E.left(e.message);
    throw e;
  }
};
