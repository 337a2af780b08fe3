import { campaignDecider, type CampaignEvent, type Decider } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { WorkloadCommand } from './workload';

/** The campaign decider's state: what command-style appends fold each stream into. */
export type CampaignState = ReturnType<typeof campaignDecider.initialState>;

/**
 * A decider whose decisions were made when the workload was generated: it answers each command
 * with the command's events, and folds with the campaign decider's own state and evolve. The
 * bench times the store's part of a command (load, fold, append), not the domain's rules.
 */
export const workloadDecider: Decider<WorkloadCommand, CampaignEvent, CampaignState, never> = {
  decide: (command) => E.right(command.events.map((e) => e.event)),
  evolve: campaignDecider.evolve,
  initialState: campaignDecider.initialState,
};
