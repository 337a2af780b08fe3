import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { frozenJsonCopy } from './frozenJsonCopy';
import { MAX_JSON_DEPTH } from './storeLimits';

const nested = (levels: number): unknown => {
  let value: unknown = 0;
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? { k: value } : [value];
  return value;
};

describe('frozenJsonCopy', () => {
  it('copies a JSON value deeply, freezes every array and object, and leaves out undefined properties', () => {
    const source = { a: [1, { b: 'x', gone: undefined }], c: null };
    const copy = frozenJsonCopy(source);
    expect(copy).toEqual(E.right({ a: [1, { b: 'x' }], c: null }));
    const value = E.isRight(copy) ? (copy.right as { a: [number, object] }) : undefined;
    expect(value).not.toBe(source);
    expect([value, value?.a, value?.a[1]].every((v) => Object.isFrozen(v))).toBe(true);
    expect(frozenJsonCopy('text')).toEqual(E.right('text'));
  });

  it('refuses a hole in an array, as undefined, since JSON would write null where the copy has nothing', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(frozenJsonCopy([1, , 3], 'list')).toEqual(E.left('list[1]: undefined is not a JSON value'));
  });

  it(`refuses nesting past maxDepth (${MAX_JSON_DEPTH} unless told), naming the first container past it`, () => {
    expect(E.isRight(frozenJsonCopy(nested(MAX_JSON_DEPTH)))).toBe(true);
    expect(frozenJsonCopy(nested(MAX_JSON_DEPTH + 1), 'd')).toEqual(
      E.left(`d${'.k[0]'.repeat(MAX_JSON_DEPTH / 2)}: the value nests deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`),
    );
    expect(frozenJsonCopy({ a: { b: {} } }, '', 2)).toEqual(E.left('a.b: the value nests deeper than 2 levels of arrays and objects'));
  });

  it('copies any depth without overflowing the call stack when the depth is unlimited', () => {
    const deep = nested(100_000);
    const copy = frozenJsonCopy(deep, '', Number.POSITIVE_INFINITY);
    expect(E.isRight(copy)).toBe(true);
    let levels = 0;
    for (let v: unknown = E.isRight(copy) ? copy.right : 0; typeof v === 'object' && v !== null; levels++) {
      v = Array.isArray(v) ? v[0] : (v as { k: unknown }).k;
    }
    expect(levels).toBe(100_000);
  });

  it('keeps __proto__, constructor and prototype as own keys of plain objects, and refuses a cycle', () => {
    const source = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"__proto__":"s"}}}') as object;
    const copy = frozenJsonCopy(source);
    if (E.isLeft(copy)) return expect.unreachable(copy.left);
    const value = copy.right as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(value)).toBe('{"__proto__":{"polluted":true},"constructor":{"prototype":{"__proto__":"s"}}}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = [cyclic];
    expect(frozenJsonCopy(cyclic)).toEqual(E.left('self[0]: the value refers to itself'));
  });
});
