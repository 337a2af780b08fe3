import { describe, expect, it } from 'vitest';
import { factsFrom, organisation, withHierarchy } from '../../test/envelopes';
import { ancestorsOf, blocOf, isStrictlyWithin, isWithin, kindOf } from './organisationTree';

describe('organisationTree', () => {
  const facts = withHierarchy();

  it('walks the parent chain nearest first', () => {
    expect(ancestorsOf(facts, 'org:cell-a1')).toEqual(['org:commune-a1', 'org:district-a', 'org:province']);
    expect(ancestorsOf(facts, 'org:province')).toEqual([]);
  });

  it('tells within from strictly within', () => {
    expect(isWithin(facts, 'org:cell-a1', 'org:province')).toBe(true);
    expect(isWithin(facts, 'org:district-a', 'org:district-a')).toBe(true);
    expect(isStrictlyWithin(facts, 'org:district-a', 'org:district-a')).toBe(false);
    expect(isWithin(facts, 'org:commune-b1', 'org:district-a')).toBe(false);
  });

  it('takes the bloc of the nearest ancestor that has one', () => {
    expect(blocOf(facts, 'org:cell-a1')).toBe('rural');
    expect(blocOf(facts, 'org:office-a')).toBe('agencies');
    expect(blocOf(facts, 'org:district-a')).toBeUndefined();
    expect(kindOf(facts, 'org:cell-a1')).toBe('party-cell');
  });

  it('stops at a cycle instead of looping', () => {
    const cyclic = factsFrom(organisation('org:x', 'other', { parentId: 'org:y' }), organisation('org:y', 'other', { parentId: 'org:x' }));
    expect(ancestorsOf(cyclic, 'org:x')).toEqual(['org:y']);
    expect(isWithin(cyclic, 'org:x', 'org:z')).toBe(false);
  });
});
