import { describe, expect, it } from 'vitest';
import { percentOf, roundedToDecimals } from './percent';

describe('percentOf', () => {
  it('computes the seed rates exactly', () => {
    expect(percentOf(2181, 2321, 2)).toEqual({ numerator: 2181, denominator: 2321, scaled: 9397, decimals: 2 });
    expect(percentOf(1795, 1923, 0).scaled).toBe(93);
    expect(percentOf(1795, 1923, 2).scaled).toBe(9334);
    expect(percentOf(1483, 1650, 0).scaled).toBe(90);
  });

  it('rounds a half away from zero at 0 decimals', () => {
    expect(percentOf(1, 8, 0).scaled).toBe(13); // 12,5
    expect(percentOf(1, 200, 0).scaled).toBe(1); // 0,5
    expect(percentOf(-1, 8, 0).scaled).toBe(-13);
    expect(percentOf(1, 3, 0).scaled).toBe(33); // 33,33 rounds down
  });

  it('rounds a half away from zero at 1 decimal', () => {
    expect(percentOf(1, 16, 1).scaled).toBe(63); // 6,25
    expect(percentOf(1, 2000, 1).scaled).toBe(1); // 0,05
    expect(percentOf(1, 6, 1).scaled).toBe(167); // 16,666...
  });

  it('rounds a half away from zero at 2 decimals', () => {
    expect(percentOf(1, 800, 2).scaled).toBe(13); // 0,125
    expect(percentOf(1, 32, 2).scaled).toBe(313); // 3,125
    expect(percentOf(1, 7, 2).scaled).toBe(1429); // 14,2857...
  });

  it('refuses a denominator that is not positive', () => {
    expect(() => percentOf(1, 0, 0)).toThrow(RangeError);
    expect(() => percentOf(1, -3, 0)).toThrow(RangeError);
  });
});

describe('roundedToDecimals', () => {
  it('re-rounds the exact fraction, not the rounded figure', () => {
    const p = percentOf(2181, 2321, 2);
    expect(roundedToDecimals(p, 1)).toEqual({ numerator: 2181, denominator: 2321, scaled: 940, decimals: 1 });
    expect(roundedToDecimals(p, 0).scaled).toBe(94);
    // 0,449% printed at 2 decimals is 0,45; re-rounding that would give 0,5, the exact value gives 0,4.
    const small = percentOf(449, 100000, 2);
    expect(small.scaled).toBe(45);
    expect(roundedToDecimals(small, 1).scaled).toBe(4);
  });
});
