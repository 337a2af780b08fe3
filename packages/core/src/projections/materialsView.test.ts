import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { id } from '../model/identifiers';
import { materialsView } from './materialsView';

describe('materialsView', () => {
  it('gives copies per period in scope', () => {
    const facts = withHierarchy(
      event('MaterialsDistributed', { distributionId: 'm:1', period: { from: 2007, to: 2010 }, distributorId: 'org:district-a', copies: 1246 }),
      event('MaterialsDistributed', { distributionId: 'm:2', period: 2009, distributorId: 'org:district-b', copies: 40 }),
    );
    // A span's cell takes in the years inside it; spans sort by their first year.
    expect(materialsView(facts).map((p) => [p.period, p.copies.value])).toEqual([
      [{ from: 2007, to: 2010 }, 1286],
      [2009, 40],
    ]);
    expect(materialsView(facts, { organisationId: id('org:district-a') }).map((p) => p.copies.value)).toEqual([1246]);
  });
});
