import type { CampaignEvent } from '../events/campaignEvent';
import { specOf } from '../events/campaignEventSpecs';

/**
 * The day an event happened in the campaign, as opposed to the day it was recorded: its own date
 * when it has one, else the last day of the year or period it is filed under, else null for
 * registry facts that have no time (an organisation, an area). An attendance has no date of its
 * own; it takes its class's, which a caller finds through the class id. A correction takes the
 * date of its replacement; a retraction has none, so a view as of any day withdraws the fact as we
 * know it now. Each event type's spec says which (`EventSpec.domainDate`).
 *
 * @example campaignDomainDate({ type: 'ParticipationReported', data: { period: 2007, ... } }) === '2007-12-31'
 */
export const campaignDomainDate = (event: CampaignEvent): string | null => specOf(event.type).domainDate(event.data);
