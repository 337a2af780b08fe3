import { describe, expect, it } from 'vitest';
import type { StatedPercent } from '../model/statedPercent';
import { denominatorRange, fractionAgainst, numeratorRange, percentInterval, statedPercentRange } from './percentInterval';

const p = (scaled: number, decimals: 0 | 1 | 2 | 3): StatedPercent => ({ scaled, decimals }) as StatedPercent;

describe('percentInterval: a printed percentage as the interval it stands for', () => {
  it('"93%" is [92,5; 93,5) and "86,41%" is [86,405; 86,415)', () => {
    expect(percentInterval(p(93, 0))).toEqual({ decimals: 1, low: 925, high: 935 });
    expect(percentInterval(p(8641, 2))).toEqual({ decimals: 3, low: 86405, high: 86415 });
  });

  it('a qualifier shifts it: trên above, gần just below, khoảng around', () => {
    expect(percentInterval(p(80, 0), 'more-than')).toEqual({ decimals: 1, low: 795, high: null });
    expect(percentInterval(p(100, 0), 'nearly')).toEqual({ decimals: 1, low: 895, high: 1005 });
    expect(percentInterval(p(80, 0), 'about')).toEqual({ decimals: 1, low: 715, high: 885 });
  });

  it('sets a fraction against it exactly, the lower end included and the upper excluded', () => {
    expect(fractionAgainst(1795, 1923, percentInterval(p(93, 0)))).toBe('inside');
    expect(fractionAgainst(2181, 2321, percentInterval(p(942, 1)))).toBe('below');
    // 1/8 = 12,5% exactly: it rounds to 13%, never to 12%.
    expect(fractionAgainst(1, 8, percentInterval(p(13, 0)))).toBe('inside');
    expect(fractionAgainst(1, 8, percentInterval(p(12, 0)))).toBe('above');
    expect(fractionAgainst(9, 10, percentInterval(p(80, 0), 'more-than'))).toBe('inside');
    expect(fractionAgainst(7, 10, percentInterval(p(80, 0), 'more-than'))).toBe('below');
  });
});

describe('the whole counts a percentage allows', () => {
  it('numerators of a denominator (GRIM): 73,1% of 160 is 117, 73,2% of 160 is none', () => {
    expect(numeratorRange(160, percentInterval(p(731, 1)))).toEqual({ low: 117, high: 117 });
    const none = numeratorRange(160, percentInterval(p(732, 1)));
    expect(none.low).toBeGreaterThan(none.high ?? Infinity);
    expect(numeratorRange(2321, percentInterval(p(942, 1)))).toEqual({ low: 2186, high: 2187 });
    expect(numeratorRange(10, percentInterval(p(80, 0), 'more-than'))).toEqual({ low: 8, high: null });
  });

  it('denominators of a numerator: 2.181 at 94,2% is 2.315 or 2.316', () => {
    expect(denominatorRange(2181, percentInterval(p(942, 1)))).toEqual({ low: 2315, high: 2316 });
    expect(denominatorRange(1917, percentInterval(p(91, 0)))).toEqual({ low: 2096, high: 2118 });
  });

  it('the printed percentages a fraction allows: the one it rounds to, or a range under a qualifier', () => {
    expect(statedPercentRange(2181, 2321, 1)).toEqual({ low: 940, high: 940 });
    expect(statedPercentRange(1, 8, 0)).toEqual({ low: 13, high: 13 });
    expect(statedPercentRange(9, 10, 0, 'more-than')).toEqual({ low: 0, high: 90 });
    expect(statedPercentRange(95, 100, 0, 'nearly')).toEqual({ low: 95, high: 106 });
  });
});
