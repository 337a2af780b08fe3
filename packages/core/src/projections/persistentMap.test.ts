import { describe, expect, it } from 'vitest';
import { PersistentMap, hashOf } from './persistentMap';

// A PersistentMap must read exactly as a Map given the same operations, and never change.

// A small seeded generator, so that a failure replays.
const random = (seed: number) => () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const entriesOf = <V>(map: ReadonlyMap<string, V>) => [...map.entries()];

describe('PersistentMap', () => {
  it('reads as a Map after any sequence of sets and deletes, in insertion order', () => {
    const next = random(7);
    let persistent = PersistentMap.empty<number>();
    const model = new Map<string, number>();
    for (let step = 0; step < 20_000; step += 1) {
      const key = `org:${Math.floor(next() * 3_000)}`;
      if (next() < 0.2) {
        persistent = persistent.delete(key);
        model.delete(key);
      } else {
        persistent = persistent.set(key, step);
        model.set(key, step);
      }
      if (step % 997 === 0) expect(entriesOf(persistent)).toEqual(entriesOf(model));
    }
    expect(persistent.size).toBe(model.size);
    expect(entriesOf(persistent)).toEqual(entriesOf(model));
    expect([...persistent.keys()]).toEqual([...model.keys()]);
    expect([...persistent.values()]).toEqual([...model.values()]);
    for (const key of ['org:1', 'org:2999', 'org:none']) {
      expect(persistent.get(key)).toBe(model.get(key));
      expect(persistent.has(key)).toBe(model.has(key));
    }
  });

  it('leaves the map it came from as it was', () => {
    const before = PersistentMap.of([
      ['a', 1],
      ['b', 2],
    ]);
    const after = before.set('c', 3).set('a', 10).delete('b');
    expect(entriesOf(before)).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(entriesOf(after)).toEqual([
      ['a', 10],
      ['c', 3],
    ]);
    expect(before.set('a', 1)).toBe(before);
    expect(before.delete('none')).toBe(before);
  });

  it('keeps keys whose hashes collide in full apart', () => {
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined; i += 1) {
      const key = `fact:${i}`;
      const other = seen.get(hashOf(key));
      if (other !== undefined) pair = [other, key];
      else seen.set(hashOf(key), key);
    }
    const [a, b] = pair;
    const map = PersistentMap.empty<string>().set(a, 'a').set(b, 'b').set('x', 'x');
    expect([map.get(a), map.get(b), map.size]).toEqual(['a', 'b', 3]);
    const without = map.delete(a);
    expect([without.get(a), without.get(b), without.size]).toEqual([undefined, 'b', 2]);
    expect(entriesOf(without.delete(b))).toEqual([['x', 'x']]);
  });

  it('takes a Map, iterates with for-of and forEach, and is itself when given itself', () => {
    const map = PersistentMap.of(new Map([['k', 1]]));
    expect(PersistentMap.of(map)).toBe(map);
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    for (const [key, value] of map) seen.push(`${key}:${value}`);
    expect(seen).toEqual(['k=1', 'k:1']);
  });
});
