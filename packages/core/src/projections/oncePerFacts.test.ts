import { describe, expect, it } from 'vitest';
import { campaignFactsProjection } from './campaignFacts';
import { oncePerFacts } from './oncePerFacts';

describe('oncePerFacts', () => {
  it('derives once for one facts value and again for another', () => {
    let derivations = 0;
    const derived = oncePerFacts((facts) => {
      derivations++;
      return { positions: facts.lastGlobalPosition };
    });
    const empty = campaignFactsProjection.init();
    const first = derived(empty);
    expect(derived(empty)).toBe(first);
    expect(derivations).toBe(1);
    const other = { ...empty, lastGlobalPosition: 7 };
    expect(derived(other)).toEqual({ positions: 7 });
    expect(derivations).toBe(2);
  });
});
