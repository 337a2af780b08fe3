import { describe, expect, it } from 'vitest';
import { canonicalJson, nfcCanonicalJson } from './canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves strings as they are', () => {
    expect(canonicalJson({ b: 1, a: { d: 'e\u0301', c: [2, 1] } })).toBe('{"a":{"c":[2,1],"d":"e\u0301"},"b":1}');
  });
});

describe('nfcCanonicalJson', () => {
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
