import { describe, expect, it } from 'vitest';
import { makePositionIndex } from './positionIndex';

const at = (n: number) => ({ commit: BigInt(n * 100), prepare: BigInt(n * 100) });

describe('the position index', () => {
  it('finds the nearest remembered event strictly before and strictly after a position, whatever order it learnt them in', () => {
    const index = makePositionIndex();
    for (const p of [5, 1, 9, 3]) index.remember(p, at(p));
    expect(index.before(5)).toEqual(at(3));
    expect(index.before(6)).toEqual(at(5));
    expect(index.before(1)).toBeUndefined();
    expect(index.after(5)).toEqual(at(9));
    expect(index.after(0)).toEqual(at(1));
    expect(index.after(9)).toBeUndefined();
    index.remember(5, at(50));
    expect(index.before(6)).toEqual(at(50));
  });
});
