import { campaignFactsProjection, type CampaignEvent, type CampaignFacts, type EventEnvelope } from '@campaign-ledger/core';

/** A replay in progress: envelopes go in one at a time, in the order the subject reads them. */
export interface ReplayFold {
  readonly add: (envelope: EventEnvelope<CampaignEvent>) => void;
  /** The campaign's facts so far. */
  readonly facts: () => CampaignFacts;
  /** How many envelopes were folded. */
  readonly count: () => number;
}

/**
 * Folds envelopes into the campaign's facts with campaignFactsProjection, the one fold every
 * subject's replay ends in, so that subjects differ only in how they store and read events.
 */
export const makeReplayFold = (): ReplayFold => {
  let facts = campaignFactsProjection.init();
  let count = 0;
  return {
    add: (envelope) => {
      facts = campaignFactsProjection.evolve(facts, envelope);
      count++;
    },
    facts: () => facts,
    count: () => count,
  };
};
