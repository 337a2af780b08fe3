import * as E from 'fp-ts/lib/Either.js';
import { MAX_JSON_DEPTH } from './storeLimits';

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

// One array or object being copied: its members still to visit, and the copy being filled.
interface Frame {
  readonly source: object;
  readonly members: ReadonlyArray<readonly [string | number, unknown]>;
  readonly copy: unknown[] | Record<string, unknown>;
  readonly path: string;
  next: number;
}

type Visited = { readonly _tag: 'Scalar'; readonly value: unknown } | { readonly _tag: 'Container'; readonly frame: Frame };

// A key is defined on the copy, never assigned: assigning `__proto__` would set the copy's
// prototype (or be ignored) instead of keeping the key.
const define = (record: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
};

/**
 * A deep, frozen copy of a JSON value, or why the value is not one (naming its path). Persistent
 * stores keep events as JSON, so every store refuses what they could not round-trip (dates, maps,
 * NaN, cycles, holes in arrays) and drops properties whose value is undefined, as JSON.stringify
 * does. Every key is kept as an own property, `__proto__`, `constructor` and `prototype`
 * included. Arrays and objects may nest `maxDepth` levels (MAX_JSON_DEPTH unless told, the
 * outermost at level 1); a deeper one is refused, naming its path. The walk keeps its own stack, so
 * no depth, not even an unlimited one for checking stored data, can overflow the call stack.
 */
export const frozenJsonCopy = (value: unknown, rootPath = '', maxDepth: number = MAX_JSON_DEPTH): E.Either<string, unknown> => {
  const ancestors = new Set<object>();
  const stack: Frame[] = [];

  const visit = (u: unknown, path: string): E.Either<string, Visited> => {
    const where = path === '' ? '(root)' : path;
    switch (typeof u) {
      case 'string':
      case 'boolean':
        return E.right({ _tag: 'Scalar', value: u });
      case 'number':
        return Number.isFinite(u) ? E.right({ _tag: 'Scalar', value: u }) : E.left(`${where}: ${kindOf(u)} is not a JSON value`);
      case 'object': {
        if (u === null) return E.right({ _tag: 'Scalar', value: null });
        if (ancestors.has(u)) return E.left(`${where}: the value refers to itself`);
        if (stack.length >= maxDepth) return E.left(`${where}: the value nests deeper than ${maxDepth} levels of arrays and objects`);
        if (Array.isArray(u)) {
          const members = Array.from({ length: u.length }, (_, i) => [i, (u as unknown[])[i]] as const);
          return E.right({ _tag: 'Container', frame: { source: u, members, copy: [], path, next: 0 } });
        }
        if (isPlainObject(u)) return E.right({ _tag: 'Container', frame: { source: u, members: Object.entries(u), copy: {}, path, next: 0 } });
        return E.left(`${where}: ${kindOf(u)} is not a JSON value`);
      }
      default:
        return E.left(`${where}: ${kindOf(u)} is not a JSON value`);
    }
  };

  const enter = (frame: Frame): void => {
    ancestors.add(frame.source);
    stack.push(frame);
  };

  const root = visit(value, rootPath);
  if (E.isLeft(root)) return root;
  if (root.right._tag === 'Scalar') return E.right(root.right.value);
  const result = root.right.frame.copy;
  enter(root.right.frame);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const member = frame.members[frame.next];
    if (member === undefined) {
      Object.freeze(frame.copy);
      ancestors.delete(frame.source);
      stack.pop();
      continue;
    }
    frame.next += 1;
    const [key, item] = member;
    const path = at(frame.path, key);
    if (item === undefined) {
      if (typeof key === 'number') return E.left(`${path}: undefined is not a JSON value`);
      continue;
    }
    const visited = visit(item, path);
    if (E.isLeft(visited)) return visited;
    const copied = visited.right._tag === 'Scalar' ? visited.right.value : visited.right.frame.copy;
    if (Array.isArray(frame.copy)) frame.copy.push(copied);
    else define(frame.copy, key as string, copied);
    if (visited.right._tag === 'Container') enter(visited.right.frame);
  }
  return E.right(result);
};
