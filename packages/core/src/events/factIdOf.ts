import type { CampaignEvent } from './campaignEvent';
import { specOf } from './campaignEventSpecs';

/**
 * The fact's own id inside its event; events that carry none are named by what identifies them
 * (an attendance by class, category and unit; entries by contest, year and unit). A correction
 * names the fact it corrects by this id, and a FactCorrected's own id is its correctionId. Each
 * event type's spec says which (`EventSpec.factId`).
 */
export const factIdOf = (event: CampaignEvent): string => specOf(event.type).factId(event.data);
