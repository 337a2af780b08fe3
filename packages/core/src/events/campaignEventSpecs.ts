import type { CampaignEventType } from './campaignEvent';
import type { CampaignEventSpecs, EventSpec } from './eventSpec';
import { factCorrectedSpec } from './factCorrected';
import { factEventSpecs } from './factEventSpecs';
import { factRetractedSpec } from './factRetracted';

/**
 * The table that drives every list of event types: one entry per event type, in catalog order,
 * each holding the type's codecs, its command and the rules that command must pass, its fact id,
 * its domain date, how the decider's state and the facts projection take it in, the number it
 * gives a measure and how the catalog describes it (see `EventSpec`). The codec unions
 * (`CampaignEvent`, `CampaignCommand`, `CorrectableEvent`), the decider, `factIdOf`,
 * `campaignDomainDate`, the facts projection, `partNumber`, `versionValue`, the checkpoint codec
 * and docs/events.md all read it. To add an event type, see "Adding an event type" in
 * docs/events.md.
 */
export const campaignEventSpecs: CampaignEventSpecs = { ...factEventSpecs, FactCorrected: factCorrectedSpec, FactRetracted: factRetractedSpec };

/**
 * The spec of an event type. Called with an event's own type and handed that event's data, a
 * handler is typed for the union of all payloads; the pairing keeps it to its own.
 *
 * @example specOf(event.type).factId(event.data)
 */
export const specOf = <T extends CampaignEventType>(type: T): EventSpec<T> => campaignEventSpecs[type];
