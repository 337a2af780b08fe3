import { describe, expect, it } from 'vitest';
import { canonicalJson, nfcCanonicalJson } from './canonicalJson';

// The recursive writer event hashes were first computed with, kept to pin the format: the
// iterative one must write exactly the same text for every value.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const reference = (u: unknown): string => {
  if (typeof u === 'string') return JSON.stringify(u.normalize('NFC'));
  if (typeof u !== 'object' || u === null) return JSON.stringify(u);
  if (Array.isArray(u)) return `[${u.map(reference).join(',')}]`;
  const entries = Object.entries(u)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => ({ key, normal: key.normalize('NFC'), item: item as unknown }))
    .sort((a, b) => byCodeUnits(a.normal, b.normal) || byCodeUnits(a.key, b.key));
  return `{${entries.map((e) => `${JSON.stringify(e.normal)}:${reference(e.item)}`).join(',')}}`;
};

// A small deterministic generator of awkward JSON values: keys and strings in both normal forms,
// surrogates, escapes, `__proto__`, numbers JavaScript writes in exponent form.
const values = (seed: number, count: number): ReadonlyArray<unknown> => {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const strings = ['', 'a', 'é', 'e\u0301', 'Hồ', 'Ho\u0302\u0300', '📜', '\ud800', '\u0000', 'line\n"q"', '__proto__', 'constructor', 'prototype', 'Z', 'aa'];
  const numbers = [0, -0, 1, -1.5, 1e21, 1e-7, 9007199254740991, 0.1];
  const value = (depth: number): unknown => {
    const kind = next(depth > 4 ? 4 : 6);
    if (kind === 0) return strings[next(strings.length)];
    if (kind === 1) return numbers[next(numbers.length)];
    if (kind === 2) return [true, false, null][next(3)];
    if (kind === 3) return strings[next(strings.length)];
    if (kind === 4) return Array.from({ length: next(4) }, () => value(depth + 1));
    const record: Record<string, unknown> = {};
    for (let i = next(5); i > 0; i--) Object.defineProperty(record, strings[next(strings.length)] as string, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
    return record;
  };
  return Array.from({ length: count }, () => value(0));
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves strings as they are', () => {
    expect(canonicalJson({ b: 1, a: { d: 'e\u0301', c: [2, 1] } })).toBe('{"a":{"c":[2,1],"d":"e\u0301"},"b":1}');
  });

  it('writes any depth without overflowing the call stack, and treats __proto__ as an ordinary key', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 50_000; i++) deep = { a: [deep] };
    expect(canonicalJson(deep)).toBe(`${'{"a":['.repeat(50_000)}"leaf"${']}'.repeat(50_000)}`);
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"z":2,"constructor":3}}'))).toBe('{"__proto__":{"constructor":3,"z":2},"b":1}');
  });
});

describe('nfcCanonicalJson', () => {
  it('writes exactly what the recursive writer that sealed the first events wrote', () => {
    for (const value of values(7, 400)) expect(nfcCanonicalJson(value)).toBe(reference(value));
  });

  it('writes the same text on either side of the depth where the direct writer hands over', () => {
    for (let depth = 120; depth <= 136; depth++) {
      let value: unknown = { 'k\u0301': 'e\u0301', a: [1, null] };
      for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value, i] : { z: value, y: i };
      expect(nfcCanonicalJson(value)).toBe(reference(value));
    }
  });

  it('writes any depth without overflowing the call stack', () => {
    let deep: unknown = 'e\u0301';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(nfcCanonicalJson(deep)).toBe(`${'['.repeat(50_000)}"é"${']'.repeat(50_000)}`);
  });

  it('sorts keys at every depth, writes no whitespace and keeps array order', () => {
    expect(nfcCanonicalJson({ b: [3, { z: true, y: null }], a: -0.5, c: 'x' })).toBe('{"a":-0.5,"b":[3,{"y":null,"z":true}],"c":"x"}');
  });

  it('writes every string, keys included, in NFC', () => {
    const decomposed = 'Hồ Chí Minh'.normalize('NFD');
    expect(decomposed).not.toBe('Hồ Chí Minh');
    expect(nfcCanonicalJson({ [decomposed]: [decomposed] })).toBe('{"Hồ Chí Minh":["Hồ Chí Minh"]}');
    expect(nfcCanonicalJson({ [decomposed]: 1 })).toBe(nfcCanonicalJson({ 'Hồ Chí Minh': 1 }));
  });

  it('keeps both of two keys that differ only in normal form, so neither value escapes', () => {
    const composed = 'é';
    const decomposed = 'e\u0301';
    const both = nfcCanonicalJson({ [composed]: 1, [decomposed]: 2 });
    // Tied after normalisation, they order by raw text: the decomposed 'e' (U+0065) before 'é' (U+00E9).
    expect(both).toBe('{"é":2,"é":1}');
    expect(nfcCanonicalJson({ [decomposed]: 1, [composed]: 2 })).not.toBe(both);
  });

  it('leaves out undefined properties and escapes what JSON escapes', () => {
    expect(nfcCanonicalJson({ a: undefined, b: 'line\n"quoted"' })).toBe('{"b":"line\\n\\"quoted\\""}');
  });

  it('throws a RangeError, naming the path, on what is not JSON', () => {
    expect(() => nfcCanonicalJson({ a: [1, Number.NaN] })).toThrow(/a\[1\]: NaN is not a JSON value/);
    expect(() => nfcCanonicalJson({ on: new Date(0) })).toThrow(RangeError);
    expect(() => nfcCanonicalJson([undefined])).toThrow(RangeError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => nfcCanonicalJson(cyclic)).toThrow(/refers to itself/);
  });
});
