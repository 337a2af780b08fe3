import { describe, expect, it } from 'vitest';
import { formatCount, formatFraction, formatPercent } from './numberFormat';

describe('numberFormat', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatCount(3573, 'vi')).toBe('3.573');
    expect(formatCount(3573, 'en')).toBe('3,573');
    expect(formatCount(12360, 'vi')).toBe('12.360');
    expect(formatCount(1234567, 'vi')).toBe('1.234.567');
    expect(formatCount(999, 'vi')).toBe('999');
    expect(formatCount(0, 'en')).toBe('0');
  });

  it('writes decimals with a comma in Vietnamese and a point in English', () => {
    expect(formatPercent({ scaled: 942, decimals: 1 }, 'vi')).toBe('94,2%');
    expect(formatPercent({ scaled: 942, decimals: 1 }, 'en')).toBe('94.2%');
    expect(formatPercent({ scaled: 93, decimals: 0 }, 'vi')).toBe('93%');
    expect(formatPercent({ scaled: 9397, decimals: 2 }, 'vi')).toBe('93,97%');
    expect(formatPercent({ scaled: 5, decimals: 2 }, 'en')).toBe('0.05%');
    expect(formatPercent({ scaled: 100000, decimals: 2 }, 'vi')).toBe('1.000,00%');
  });

  it('writes fractions without spaces around the slash', () => {
    expect(formatFraction(1795, 1923, 'vi')).toBe('1.795/1.923');
    expect(formatFraction(1795, 1923, 'en')).toBe('1,795/1,923');
  });

  it('refuses a fractional count as a programmer error', () => {
    expect(() => formatCount(1.5, 'vi')).toThrow(RangeError);
  });
});
