import type { CampaignEventType } from '../events/campaignEvent';
import type { CorrectableEvent, CorrectableEventType, FactCorrectedData } from '../events/factCorrected';
import type { Fact, FactRef, SupersededVersion } from './campaignFacts';
import { PersistentMap } from './persistentMap';

/** The key under which the latest version of a corrected fact is kept: its event type and its own id. */
export const correctedFactKey = (type: CampaignEventType, factId: string): string => `${type}:${factId}`;

// A version in a chain keeps its own reference (and correction note) but not a chain of its own.
const versionOf = (fact: Fact<CorrectableEventType>): SupersededVersion => {
  const { supersedes: _chain, ...ref } = fact.ref;
  return { ref, event: { type: fact.ref.eventType, data: fact.data } as CorrectableEvent };
};

/**
 * The corrections with one more applied: the replacement becomes the fact's latest version, its
 * reference the correction's envelope under the corrected fact's type and id, superseding the
 * earlier versions (every fact recorded under that id, then each earlier correction). Undefined
 * when nothing under that id was folded, so the correction has nothing to replace.
 */
export const withCorrection = (
  corrections: ReadonlyMap<string, Fact<CorrectableEventType>>,
  recorded: ReadonlyArray<Fact<CorrectableEventType>>,
  correctionRef: FactRef,
  correction: FactCorrectedData,
): ReadonlyMap<string, Fact<CorrectableEventType>> | undefined => {
  const { replacement, correctedFactId } = correction;
  const key = correctedFactKey(replacement.type, correctedFactId);
  const previous = corrections.get(key);
  const earlier =
    previous === undefined
      ? recorded.filter((f) => f.ref.factId === correctedFactId).map(versionOf)
      : [...(previous.ref.supersedes ?? []), versionOf(previous)];
  if (earlier.length === 0) return undefined;
  // The replacement's own quote is the evidence of its value; the correction's is the fallback.
  const { quote: correctionQuote, ...envelope } = correctionRef;
  const quote = replacement.data.provenance.source.quote ?? correctionQuote;
  const ref: FactRef = {
    ...envelope,
    eventType: replacement.type,
    factId: correctedFactId,
    ...(quote === undefined ? {} : { quote }),
    supersedes: earlier,
    correction: { correctionId: correction.correctionId, reason: correction.reason },
  };
  return PersistentMap.of(corrections).set(key, { ref, data: replacement.data } as Fact<CorrectableEventType>);
};

// Keyed by the frozen array listInOrder memoises per list cell, then by the corrections in force.
const memo = new WeakMap<ReadonlyArray<unknown>, WeakMap<ReadonlyMap<string, unknown>, ReadonlyArray<unknown>>>();

/**
 * Facts as first recorded, with each corrected one replaced by its latest version at the place of
 * the first fact recorded under its id; later facts under the same id are superseded with it.
 */
export const inPlaceOfCorrected = <F extends { readonly ref: FactRef }>(
  recorded: ReadonlyArray<F>,
  type: CampaignEventType,
  corrections: ReadonlyMap<string, Fact<CorrectableEventType>>,
): ReadonlyArray<F> => {
  if (corrections.size === 0 || recorded.length === 0) return recorded;
  const byCorrections = memo.get(recorded) ?? new WeakMap<ReadonlyMap<string, unknown>, ReadonlyArray<unknown>>();
  const known = byCorrections.get(corrections);
  if (known !== undefined) return known as ReadonlyArray<F>;
  const out: F[] = [];
  const placed = new Set<string>();
  for (const fact of recorded) {
    const key = correctedFactKey(type, fact.ref.factId);
    const current = corrections.get(key);
    if (current === undefined) out.push(fact);
    else if (!placed.has(key)) {
      placed.add(key);
      out.push(current as unknown as F);
    }
  }
  Object.freeze(out);
  byCorrections.set(corrections, out);
  memo.set(recorded, byCorrections);
  return out;
};

/**
 * Where a fact first entered the log: a corrected fact keeps the place of its original, so a
 * correction never changes which of two restatements is the later one.
 */
export const firstRecordedPosition = (ref: FactRef): number => ref.supersedes?.[0]?.ref.globalPosition ?? ref.globalPosition;
