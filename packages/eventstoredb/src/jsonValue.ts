import * as E from 'fp-ts/lib/Either.js';

// Thrown only inside jsonValue, to leave the recursion at the first problem.
class NotJson extends Error {}

const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u) as unknown;
  return proto === Object.prototype || proto === null;
};

const at = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`);

/**
 * A copy of a JSON value as JSON.stringify writes it and JSON.parse reads it back (properties whose
 * value is undefined dropped), or why the value is not one, naming its path. The client sends data
 * and metadata through JSON.stringify, so the store hashes this copy: what it sealed is what it reads.
 */
export const jsonValue = (value: unknown, path: string): E.Either<string, unknown> => {
  const ancestors = new Set<object>();
  const copy = (u: unknown, where: string): unknown => {
    switch (typeof u) {
      case 'string':
      case 'boolean':
        return u;
      case 'number':
        if (!Number.isFinite(u)) throw new NotJson(`${where}: ${String(u)} is not a JSON value`);
        // JSON has no negative zero: it reads back as 0, so 0 is what is sealed.
        return Object.is(u, -0) ? 0 : u;
      case 'object': {
        if (u === null) return null;
        if (ancestors.has(u)) throw new NotJson(`${where}: the value refers to itself`);
        ancestors.add(u);
        let out: unknown;
        if (Array.isArray(u)) {
          out = u.map((item: unknown, i) => {
            if (item === undefined) throw new NotJson(`${at(where, i)}: undefined is not a JSON value`);
            return copy(item, at(where, i));
          });
        } else if (isPlainObject(u)) {
          const record: Record<string, unknown> = {};
          for (const [key, item] of Object.entries(u)) if (item !== undefined) record[key] = copy(item, at(where, key));
          out = record;
        } else {
          const name = (Object.getPrototypeOf(u) as { constructor?: { name?: string } } | null)?.constructor?.name ?? 'non-plain object';
          throw new NotJson(`${where}: a ${name} is not a JSON value`);
        }
        ancestors.delete(u);
        return out;
      }
      default:
        throw new NotJson(`${where}: a ${typeof u} is not a JSON value`);
    }
  };
  try {
    return E.right(copy(value, path));
  } catch (e) {
    if (e instanceof NotJson) return E.left(e.message);
    throw e;
  }
};
