const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u) as unknown;
  return proto === Object.prototype || proto === null;
};

const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

// One array or object being written: the text of each member so far, and the members still to write.
interface Frame {
  readonly source: object;
  readonly open: string;
  readonly close: string;
  /** Each member: the text written before its value (`"key":` in an object, nothing in an array), its value, its key or index. */
  readonly members: ReadonlyArray<readonly [string, unknown, string | number]>;
  /** Where the container is, for error messages and its members' paths. */
  readonly path: string;
  readonly parts: string[];
  /** What the parent writes before this value. */
  readonly prefix: string;
  next: number;
}

/**
 * Writes a JSON value with object keys sorted at every depth and no whitespace, with `normal`
 * applied to every string (keys included); keys sort by their normal form, then by their raw text,
 * so two keys that only differ in form both stay. Keeps its own stack, so any depth is written
 * without recursion. Throws a RangeError, naming `name` and the path, on what is not JSON.
 */
const writeCanonical = (value: unknown, name: string, normal: (s: string) => string): string => {
  const ancestors = new Set<object>();
  const stack: Frame[] = [];
  const notJson = (path: string, what: string): RangeError => new RangeError(`${name}: ${path === '' ? '(root)' : path}: ${what}`);

  // The text of a scalar, or the frame of a container to write next. A member's path is only
  // written out for an error or a container: hashing every event must not build a string per value.
  const open = (u: unknown, parentPath: string, key: string | number | undefined, prefix: string): string | Frame => {
    const pathOf = (): string => (key === undefined ? parentPath : at(parentPath, key));
    switch (typeof u) {
      case 'string':
        return JSON.stringify(normal(u));
      case 'boolean':
        return u ? 'true' : 'false';
      case 'number':
        if (!Number.isFinite(u)) throw notJson(pathOf(), `${String(u)} is not a JSON value`);
        return JSON.stringify(u);
      case 'object': {
        if (u === null) return 'null';
        const path = pathOf();
        if (ancestors.has(u)) throw notJson(path, 'the value refers to itself');
        if (Array.isArray(u)) {
          const members = Array.from({ length: u.length }, (_, i): readonly [string, unknown, number] => {
            const item: unknown = (u as unknown[])[i];
            if (item === undefined) throw notJson(at(path, i), 'undefined is not a JSON value');
            return ['', item, i];
          });
          return { source: u, open: '[', close: ']', members, path, parts: [], prefix, next: 0 };
        }
        if (!isPlainObject(u)) throw notJson(path, 'a non-plain object is not a JSON value');
        const members = Object.entries(u)
          .filter(([, item]) => item !== undefined)
          .map(([k, item]) => ({ key: k, normalKey: normal(k), item: item as unknown }))
          .sort((a, b) => byCodeUnits(a.normalKey, b.normalKey) || byCodeUnits(a.key, b.key))
          .map((m): readonly [string, unknown, string] => [`${JSON.stringify(m.normalKey)}:`, m.item, m.key]);
        return { source: u, open: '{', close: '}', members, path, parts: [], prefix, next: 0 };
      }
      default:
        throw notJson(pathOf(), `a ${typeof u} is not a JSON value`);
    }
  };

  const first = open(value, '', undefined, '');
  if (typeof first === 'string') return first;
  ancestors.add(first.source);
  stack.push(first);
  for (;;) {
    const frame = stack[stack.length - 1] as Frame;
    const member = frame.members[frame.next];
    if (member === undefined) {
      const text = `${frame.open}${frame.parts.join(',')}${frame.close}`;
      ancestors.delete(frame.source);
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent === undefined) return text;
      parent.parts.push(`${frame.prefix}${text}`);
      continue;
    }
    frame.next += 1;
    const [prefix, item, key] = member;
    const opened = open(item, frame.path, key, prefix);
    if (typeof opened === 'string') {
      frame.parts.push(`${prefix}${opened}`);
    } else {
      ancestors.add(opened.source);
      stack.push(opened);
    }
  }
};

// How deep the recursive writer goes before it hands the value to writeCanonical: the depth of any
// event a store accepts (MAX_JSON_DEPTH is far below), and shallow enough never to overflow the stack.
const DIRECT_DEPTH = 128;

/**
 * The same text as writeCanonical, written directly by recursion (no frames, no member tuples),
 * or undefined for anything it does not write: a value that is not JSON (writeCanonical then
 * names the path) or that nests deeper than DIRECT_DEPTH (a cycle among them). Every event is
 * hashed when it is sealed and again when it is verified, so this is the path they take.
 */
const writeDirect = (u: unknown, normal: (s: string) => string, depth: number): string | undefined => {
  switch (typeof u) {
    case 'string':
      return JSON.stringify(normal(u));
    case 'boolean':
      return u ? 'true' : 'false';
    case 'number':
      return Number.isFinite(u) ? JSON.stringify(u) : undefined;
    case 'object': {
      if (u === null) return 'null';
      if (depth >= DIRECT_DEPTH) return undefined;
      if (Array.isArray(u)) {
        let text = '[';
        for (let i = 0; i < u.length; i += 1) {
          const item: unknown = (u as unknown[])[i];
          if (item === undefined) return undefined;
          const written = writeDirect(item, normal, depth + 1);
          if (written === undefined) return undefined;
          text += i === 0 ? written : `,${written}`;
        }
        return `${text}]`;
      }
      if (!isPlainObject(u)) return undefined;
      const record = u as Record<string, unknown>;
      const keys = Object.keys(record).map((key) => ({ key, normalKey: normal(key) }));
      keys.sort((a, b) => byCodeUnits(a.normalKey, b.normalKey) || byCodeUnits(a.key, b.key));
      let text = '{';
      let first = true;
      for (const { key, normalKey } of keys) {
        const item = record[key];
        if (item === undefined) continue;
        const written = writeDirect(item, normal, depth + 1);
        if (written === undefined) return undefined;
        text += `${first ? '' : ','}${JSON.stringify(normalKey)}:${written}`;
        first = false;
      }
      return `${text}}`;
    }
    default:
      return undefined;
  }
};

const canonicalText = (value: unknown, name: string, normal: (s: string) => string): string =>
  writeDirect(value, normal, 0) ?? writeCanonical(value, name, normal);

const asWritten = (s: string): string => s;
// Text below U+0300 is in NFC already and composes with nothing: keys, ids, dates and numbers skip normalize.
const MAY_CHANGE_IN_NFC = /[^\u0000-\u02ff]/;
const nfc = (s: string): string => (MAY_CHANGE_IN_NFC.test(s) ? s.normalize('NFC') : s);

/**
 * JSON with object keys sorted at every depth, so that two values with the same content give the
 * same text whatever order their keys were written in; strings are left as they are. Throws a
 * RangeError on what is not a JSON value.
 */
export const canonicalJson = (value: unknown): string => canonicalText(value, 'canonicalJson', asWritten);

/**
 * The canonical text of a JSON value that event hashes are computed over: object keys sorted by
 * UTF-16 code units at every depth, no whitespace, numbers as JavaScript writes them, and every
 * string, keys included, in Unicode NFC, so that text typed in composed or decomposed form hashes
 * the same. Keys are sorted after normalisation; two keys of one object that only differ in their
 * normal form both stay, ordered by their raw text, so no value escapes the hash. Every key is an
 * ordinary key (`__proto__` included). Properties whose value is undefined are left out, as
 * JSON.stringify does. Any depth is written, without recursion: verification must hash whatever
 * a store holds. Throws a RangeError on anything that is not a JSON value (a Date, NaN, undefined
 * in an array, a cycle): stores keep only JSON values, so meeting one is a programmer error.
 */
export const nfcCanonicalJson = (value: unknown): string => canonicalText(value, 'nfcCanonicalJson', nfc);
