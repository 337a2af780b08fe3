import { describe, expect, it } from 'vitest';
import { editDistance, nearestFirst } from './nearestFirst';

describe('editDistance', () => {
  it.each([
    ['organiserLevel', 'organiserLevel', 0],
    ['organizerLevel', 'organiserLevel', 1],
    ['contUnit', 'countUnit', 1],
    ['HoldClas', 'HoldClass', 1],
    ['acb', 'abc', 1],
    ['', 'abc', 3],
    ['Bloc', 'bloc', 0],
  ] as const)('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('nearestFirst', () => {
  it('puts the nearest names first, and keeps the given order between equals', () => {
    expect(nearestFirst('organizerLevel', ['classId', 'organiserId', 'organiserLevel'])).toEqual(['organiserLevel', 'organiserId', 'classId']);
    expect(nearestFirst('zzz', ['b', 'a'])).toEqual(['b', 'a']);
  });
});
