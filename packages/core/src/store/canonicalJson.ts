/**
 * JSON with object keys sorted at every depth, so that two values with the same content give the
 * same text whatever order their keys were written in.
 */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u) as unknown;
  return proto === Object.prototype || proto === null;
};

const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/**
 * The canonical text of a JSON value that event hashes are computed over: object keys sorted by
 * UTF-16 code units at every depth, no whitespace, numbers as JavaScript writes them, and every
 * string, keys included, in Unicode NFC, so that text typed in composed or decomposed form hashes
 * the same. Keys are sorted after normalisation; two keys of one object that only differ in their
 * normal form both stay, ordered by their raw text, so no value escapes the hash. Properties whose
 * value is undefined are left out, as JSON.stringify does. Throws a RangeError on anything that is
 * not a JSON value (a Date, NaN, undefined in an array, a cycle): stores keep only JSON values, so
 * meeting one is a programmer error.
 */
export const nfcCanonicalJson = (value: unknown): string => {
  const ancestors = new Set<object>();
  const write = (u: unknown, path: string): string => {
    const where = path === '' ? '(root)' : path;
    switch (typeof u) {
      case 'string':
        return JSON.stringify(u.normalize('NFC'));
      case 'boolean':
        return u ? 'true' : 'false';
      case 'number':
        if (!Number.isFinite(u)) throw new RangeError(`nfcCanonicalJson: ${where}: ${String(u)} is not a JSON value`);
        return JSON.stringify(u);
      case 'object': {
        if (u === null) return 'null';
        if (ancestors.has(u)) throw new RangeError(`nfcCanonicalJson: ${where}: the value refers to itself`);
        ancestors.add(u);
        let text: string;
        if (Array.isArray(u)) {
          text = `[${u
            .map((item: unknown, i) => {
              if (item === undefined) throw new RangeError(`nfcCanonicalJson: ${at(path, i)}: undefined is not a JSON value`);
              return write(item, at(path, i));
            })
            .join(',')}]`;
        } else if (isPlainObject(u)) {
          const entries = Object.entries(u)
            .filter(([, item]) => item !== undefined)
            .map(([key, item]) => ({ key, normal: key.normalize('NFC'), item: item as unknown }))
            .sort((a, b) => byCodeUnits(a.normal, b.normal) || byCodeUnits(a.key, b.key));
          text = `{${entries.map((e) => `${JSON.stringify(e.normal)}:${write(e.item, at(path, e.key))}`).join(',')}}`;
        } else {
          throw new RangeError(`nfcCanonicalJson: ${where}: a non-plain object is not a JSON value`);
        }
        ancestors.delete(u);
        return text;
      }
      default:
        throw new RangeError(`nfcCanonicalJson: ${where}: a ${typeof u} is not a JSON value`);
    }
  };
  return write(value, '');
};
