import { describe, expect, it } from 'vitest';
import { apiListings } from '../scripts/apiListing';

// The core's entry points are its promise to users: a change to them is reviewed, then recorded
// with `npm run api:update` in etc/core.api.md, etc/core-adapter.api.md, etc/core-versions.api.md
// and etc/core-merkle.api.md.
describe('the API listings of @campaign-ledger/core, /adapter, /versions and /merkle', () => {
  it('match the exports of every entry point', { timeout: 120_000 }, () => {
    const outcomes = apiListings(false);
    expect(outcomes.map((o) => o.listing)).toEqual(['core.api.md', 'core-adapter.api.md', 'core-versions.api.md', 'core-merkle.api.md']);
    for (const o of outcomes) {
      expect(o.errors, `api-extractor found errors in ${o.listing}`).toBe(0);
      expect(o.changed, `${o.listing} no longer matches the exports: review the change, then run \`npm run api:update\``).toBe(false);
    }
  });
});
