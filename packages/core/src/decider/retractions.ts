import type { CorrectableEventType } from '../events/campaignEvent';
import { correctedFactKey } from '../projections/factCorrections';
import type { CampaignState } from './campaignState';

/** The retraction that withdrew the fact of this type recorded under this id, or undefined while the fact stands. */
export const retractionOf = (state: CampaignState, type: CorrectableEventType, factId: string): string | undefined =>
  state.retractedFacts.get(correctedFactKey(type, factId));

/** The event types of the correctable facts recorded under an id that no retraction withdrew. */
export const standingTypesOf = (state: CampaignState, factId: string): ReadonlyArray<CorrectableEventType> =>
  [...(state.correctableFacts.get(factId) ?? [])].filter((type) => retractionOf(state, type, factId) === undefined);
