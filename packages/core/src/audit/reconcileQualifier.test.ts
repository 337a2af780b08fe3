import { describe, expect, it } from 'vitest';
import { qualifierHolds, qualifierRange } from './reconcileQualifier';

describe('qualifierRange', () => {
  it('reads "trên" and "ít nhất" as lower bounds that the stated number itself meets', () => {
    expect(qualifierRange('more-than', 12360)).toEqual({ low: 12360, high: null });
    expect(qualifierRange('at-least', 50)).toEqual({ low: 50, high: null });
    expect(qualifierHolds('more-than', 12360, 12360)).toBe(true);
    expect(qualifierHolds('more-than', 12360, 12359)).toBe(false);
  });

  it('reads "gần X" as 90% of X (rounded up) to X', () => {
    expect(qualifierRange('nearly', 1925)).toEqual({ low: 1733, high: 1925 });
    expect(qualifierHolds('nearly', 1925, 1732)).toBe(false);
    expect(qualifierHolds('nearly', 1925, 1733)).toBe(true);
    expect(qualifierHolds('nearly', 1925, 1926)).toBe(false);
  });

  it('reads "khoảng X" as within 10% of X either way', () => {
    expect(qualifierRange('about', 205)).toEqual({ low: 185, high: 225 });
    expect(qualifierHolds('about', 205, 225)).toBe(true);
    expect(qualifierHolds('about', 205, 226)).toBe(false);
    expect(qualifierHolds('about', 205, 184)).toBe(false);
  });

  it('reads "hàng trăm" and "hàng nghìn" as orders of magnitude, whatever number is written', () => {
    expect(qualifierRange('hundreds-of', 100)).toEqual({ low: 100, high: 999 });
    expect(qualifierRange('thousands-of', 1000)).toEqual({ low: 1000, high: 999_999 });
    expect(qualifierHolds('hundreds-of', 100, 1000)).toBe(false);
    expect(qualifierHolds('thousands-of', 1000, 4500)).toBe(true);
  });
});
