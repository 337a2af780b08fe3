import { describe, expect, it } from 'vitest';
import { emptyList, listInOrder, listSize, prepend } from './persistentList';

describe('persistentList', () => {
  it('returns the elements oldest first', () => {
    const list = prepend(3, prepend(2, prepend(1, emptyList)));
    expect(listInOrder(list)).toEqual([1, 2, 3]);
    expect(listSize(list)).toBe(3);
  });

  it('shares the tail: prepending leaves the older list as it was', () => {
    const older = prepend('a', emptyList);
    const newer = prepend('b', older);
    expect(newer?.tail).toBe(older);
    expect(listInOrder(older)).toEqual(['a']);
    expect(listInOrder(newer)).toEqual(['a', 'b']);
  });

  it('has no elements when empty', () => {
    expect(listInOrder(emptyList)).toEqual([]);
    expect(listSize(emptyList)).toBe(0);
  });
});
