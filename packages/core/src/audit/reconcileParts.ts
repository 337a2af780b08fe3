import type { CampaignEvent } from '../events/campaignEvent';
import { campaignEventTypes } from '../events/campaignEvent';
import { specOf } from '../events/campaignEventSpecs';
import type { Measure } from '../model/figureKey';
import { type CampaignFacts, type FactRef, factsOf } from '../projections/campaignFacts';
import type { PartNumber } from '../projections/factNumbers';

export type { PartNumber } from '../projections/factNumbers';

/** A recorded fact as its event: the reference to its envelope and the typed payload. */
export interface RecordedFact {
  readonly ref: FactRef;
  readonly event: CampaignEvent;
}


/** Every recorded fact by its fact id, the ids a stated figure's `parts` name; of several, the last recorded is last. */
export type PartIndex = ReadonlyMap<string, ReadonlyArray<RecordedFact>>;

/** Indexes the campaign's facts by fact id, once for all the statements of a reconciliation. */
export const partIndexOf = (facts: CampaignFacts): PartIndex => {
  const index = new Map<string, RecordedFact[]>();
  for (const type of campaignEventTypes) {
    for (const f of factsOf(facts, type)) {
      // factsOf is typed per event type; the pair is rebuilt as the event it was folded from.
      const recorded: RecordedFact = { ref: f.ref, event: { type, data: f.data } as CampaignEvent };
      index.set(f.ref.factId, [...(index.get(f.ref.factId) ?? []), recorded]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.ref.globalPosition - b.ref.globalPosition);
  return index;
};

/**
 * The number a fact gives towards a figure of the measure, as the projections count it (a class
 * held is 1 class, a session is 1 area reached and its attendances, a committee formed is 1
 * committee and its members, an outreach report its areas or its attendances). A stated figure
 * named as a part gives its stated value. Undefined when the fact gives no number for the measure.
 * Each event type's spec says which (`EventSpec.partNumber`).
 */
export const partNumber = (event: CampaignEvent, measure: Measure): PartNumber | undefined =>
  specOf(event.type).partNumber(event.data, measure);
