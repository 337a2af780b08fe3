import type { CampaignEventType } from '../events/campaignEvent';
import { specOf } from '../events/campaignEventSpecs';
import type { CorrectableEventType } from '../events/factCorrected';
import type { CampaignFacts, Fact, FactRef } from './campaignFacts';
import { correctedFactKey } from './factCorrections';
import { PersistentMap } from './persistentMap';

// Keyed by the frozen array of facts, then by the retractions in force, as inPlaceOfCorrected is.
const memo = new WeakMap<ReadonlyArray<unknown>, WeakMap<ReadonlyMap<string, unknown>, ReadonlyArray<unknown>>>();

/** Facts without those a retraction withdrew (every fact of the type recorded under a retracted id). */
export const withoutRetracted = <F extends { readonly ref: FactRef }>(
  facts: ReadonlyArray<F>,
  type: CampaignEventType,
  retractions: ReadonlyMap<string, Fact<CorrectableEventType>>,
): ReadonlyArray<F> => {
  if (retractions.size === 0 || facts.length === 0) return facts;
  const byRetractions = memo.get(facts) ?? new WeakMap<ReadonlyMap<string, unknown>, ReadonlyArray<unknown>>();
  const known = byRetractions.get(retractions);
  if (known !== undefined) return known as ReadonlyArray<F>;
  const out = Object.freeze(facts.filter((f) => !retractions.has(correctedFactKey(type, f.ref.factId))));
  byRetractions.set(retractions, out);
  memo.set(facts, byRetractions);
  return out;
};

const undone = new WeakMap<CampaignFacts, CampaignFacts>();
const noRetractions: ReadonlyMap<string, Fact<CorrectableEventType>> = PersistentMap.empty();

/**
 * The facts as if no retraction had been recorded: every retracted fact stands again, in the
 * version it was withdrawn in, and back in the registry that held it (a class). A figure's lineage
 * computes its cell over these to find what the retractions withdrew from it. Once per facts.
 */
export const withRetractionsUndone = (facts: CampaignFacts): CampaignFacts => {
  if (facts.retractions.size === 0) return facts;
  const known = undone.get(facts);
  if (known !== undefined) return known;
  let out: CampaignFacts = { ...facts, retractions: noRetractions };
  for (const fact of facts.retractions.values()) {
    const registry = specOf(fact.ref.eventType).registry;
    if (registry === null) continue;
    const { retraction: _note, ...ref } = fact.ref;
    const entries = PersistentMap.of(out[registry] as ReadonlyMap<string, Fact<CampaignEventType>>).set(fact.ref.factId, { ...fact, ref });
    out = { ...out, [registry]: entries };
  }
  undone.set(facts, out);
  return out;
};
