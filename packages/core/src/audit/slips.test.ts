import { describe, expect, it } from 'vitest';
import { partCountedTwice, slipsOf } from './slips';

const values = (printed: number, kind: 'count' | 'percent', slip: string, decimals = 0) =>
  slipsOf(printed, kind, decimals)
    .filter((s) => s.slip === slip)
    .map((s) => s.value);

describe('slipsOf: what a printed number could have been after one slip', () => {
  it('transposes each pair of adjacent digits that differ, never to a leading zero', () => {
    expect(values(8641, 'percent', 'transposed-digits')).toEqual([6841, 8461, 8614]);
    expect(values(36, 'count', 'transposed-digits')).toEqual([63]);
    expect(values(105, 'count', 'transposed-digits')).toEqual([150]);
  });

  it('changes one digit only in numbers of three digits or more, where that is a misprint and not a near value', () => {
    expect(values(36, 'count', 'one-digit-wrong')).toEqual([]);
    const wrong = values(942, 'percent', 'one-digit-wrong');
    expect(wrong).toContain(940);
    expect(wrong).toContain(142);
    expect(wrong).not.toContain(42);
    expect(wrong).toHaveLength(9 + 9 + 8);
  });

  it('moves a separator by three places for a count, one to three for a percentage that stays at most 100%', () => {
    expect(values(2, 'count', 'decimal-separator')).toEqual([2000]);
    expect(values(2000, 'count', 'decimal-separator')).toEqual([2000000, 2]);
    // "9,42%" as 94,2%: 9.420 at two decimals; 94.200 would be 942%.
    expect(values(942, 'percent', 'decimal-separator', 2)).toEqual([9420]);
    expect(values(80, 'percent', 'decimal-separator', 0)).toEqual([8]);
  });
});

describe('partCountedTwice', () => {
  const ref = { id: 'figure:total', slot: 'value' } as const;
  const part = (id: string, value: number) => ({ ref: { id, slot: 'fact' } as const, value });

  it('a total one part above the sum counts that part twice', () => {
    expect(partCountedTwice({ ref, value: 37 }, [part('f:a', 2), part('f:b', 33)]).map((d) => d.line.en)).toEqual([
      'hypothesis: the total 37 counts the part 2 twice (35 + 2); possibly a part counted twice',
    ]);
  });

  it('a total one part below the sum: that part is already inside the others', () => {
    expect(partCountedTwice({ ref, value: 35 }, [part('f:a', 2), part('f:b', 33), part('f:c', 2)]).map((d) => d.line.en)).toEqual([
      'hypothesis: the part 2 is already inside the others (37 − 2 = 35); possibly a part counted twice',
    ]);
  });

  it('nothing when no part is the gap', () => {
    expect(partCountedTwice({ ref, value: 40 }, [part('f:a', 2), part('f:b', 33)])).toEqual([]);
  });
});
