import type { CampaignFacts } from './campaignFacts';

/**
 * A function of the facts that derives its result once per facts value. Facts are persistent
 * values that never change, so what was derived from one stays true of it; a report asks the same
 * things of one facts value for each figure it computes, and each would otherwise derive them
 * again over every event. Results go when their facts go (a WeakMap).
 */
export const oncePerFacts = <A>(derive: (facts: CampaignFacts) => A): ((facts: CampaignFacts) => A) => {
  const derived = new WeakMap<CampaignFacts, A>();
  return (facts) => {
    if (derived.has(facts)) return derived.get(facts) as A;
    const result = derive(facts);
    derived.set(facts, result);
    return result;
  };
};
