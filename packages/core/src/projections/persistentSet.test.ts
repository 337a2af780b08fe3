import { describe, expect, it } from 'vitest';
import { PersistentSet } from './persistentSet';

describe('PersistentSet', () => {
  it('reads as a Set of the same items, in insertion order, and never changes', () => {
    const before = PersistentSet.of(['b', 'a']);
    const after = before.add('c').add('a');
    expect([...before]).toEqual(['b', 'a']);
    expect([...after]).toEqual([...new Set(['b', 'a', 'c', 'a'])]);
    expect([after.size, after.has('c'), before.has('c')]).toEqual([3, true, false]);
    expect(before.add('a')).toBe(before);
    expect(PersistentSet.of(after)).toBe(after);
    expect([...after.entries()]).toEqual([...new Set(['b', 'a', 'c']).entries()]);
    const seen: string[] = [];
    after.forEach((item) => seen.push(item));
    expect(seen).toEqual([...after.keys()]);
  });
});
