import { normalizeFields } from '../decider/normalizeFields';
import type { Rule } from '../decider/recordingRules';
import { requireKnown } from '../decider/references';
import { retractionOf, standingTypesOf } from '../decider/retractions';
import { newId } from '../decider/rules';
import { rememberId, withEntry } from '../decider/stateUpdates';
import type { CampaignState } from '../decider/campaignState';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import { correctedFactKey } from '../projections/factCorrections';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of FactRetracted. */
export interface FactRetractedData {
  retractionId: Id;
  retractedFactId: Id;
  reason: NonEmptyText;
  provenance: Provenance;
}
/** The payload of FactRetracted. */
export const FactRetractedData: Codec<FactRetractedData> = declared<FactRetractedData>()(
  fields(
    {
      retractionId: Id,
      retractedFactId: Id,
      reason: NonEmptyText,
      provenance: Provenance,
    },
    {},
    'FactRetractedData',
  ),
);

/**
 * A recorded fact is withdrawn: it should never have been recorded (a statement an analyst
 * removes from a transcription, a class entered twice). `reason` says why and `provenance` where
 * the retraction comes from. The fact stays in the log; current figures leave it out, their
 * lineage lists it as retracted, and a view as recorded before the retraction still counts it.
 */
export interface FactRetracted {
  type: 'FactRetracted';
  data: FactRetractedData;
}
/**
 * A recorded fact is withdrawn: it should never have been recorded. `reason` says why and
 * `provenance` where the retraction comes from.
 */
export const FactRetracted: Codec<FactRetracted> = tagged<FactRetracted>()('FactRetracted', FactRetractedData);

/** Asks to record FactRetracted: a recorded fact is withdrawn as one that should never have been recorded, with the reason and the source of the retraction. */
export interface RetractFact {
  type: 'RetractFact';
  data: FactRetractedData;
}
/** Asks to record FactRetracted. */
export const RetractFact: Codec<RetractFact> = tagged<RetractFact>()('RetractFact', FactRetractedData);

// The facts a correction may replace are those a retraction may withdraw; a registry id is not one.
const requireCorrectableFact: Rule<FactRetractedData> = (d, state) =>
  requireKnown(state.correctableFacts, 'fact', d.retractedFactId, 'retractedFactId');

// One fact still standing under the id: none left is a second retraction, several cannot be told apart.
const requireOneStandingFact: Rule<FactRetractedData> = (d, state) => {
  const recorded = [...(state.correctableFacts.get(d.retractedFactId) ?? [])];
  if (recorded.length === 0) return undefined;
  const standing = standingTypesOf(state, d.retractedFactId);
  const [first] = recorded;
  if (standing.length === 0 && first !== undefined) {
    const retractionId = retractionOf(state, first, d.retractedFactId) as string;
    return { _tag: 'FactAlreadyRetracted', field: 'retractedFactId', factId: d.retractedFactId, retractionId };
  }
  return standing.length > 1 ? { _tag: 'AmbiguousRetraction', retractedFactId: d.retractedFactId, types: standing } : undefined;
};

// A class with attendance standing cannot go first: the attendance is placed by its class, and would count nowhere.
const requireNothingStandsOnIt: Rule<FactRetractedData> = (d, state) => {
  if (!standingTypesOf(state, d.retractedFactId).includes('ClassHeld')) return undefined;
  const attendance = [...(state.classes.get(d.retractedFactId) ?? [])].find((a) => retractionOf(state, 'AttendanceRecorded', a) === undefined);
  return attendance === undefined
    ? undefined
    : { _tag: 'RetractionOfReferencedFact', retractedFactId: d.retractedFactId, referencedBy: attendance, referencingType: 'AttendanceRecorded' };
};

// Every fact still standing under the id is withdrawn; the decider lets only one through, a log from elsewhere may hold more.
const rememberRetracted = (state: CampaignState, d: FactRetractedData): CampaignState => {
  const next = rememberId<FactRetractedData>('retraction', 'retractionId')(state, d);
  const retractedFacts = standingTypesOf(state, d.retractedFactId).reduce(
    (map, type) => withEntry(map, correctedFactKey(type, d.retractedFactId), d.retractionId as string),
    state.retractedFacts,
  );
  return { ...next, retractedFacts };
};

/**
 * How the ledger handles FactRetracted. Its rules: a new retractionId; a correctable fact recorded
 * under `retractedFactId` (the same facts a correction may replace, stated figures included);
 * that fact not retracted already (FactAlreadyRetracted) and the only one standing under the id
 * (AmbiguousRetraction); and no attendance standing on it when it is a class
 * (RetractionOfReferencedFact). A retraction is final: the fact is neither corrected nor retracted
 * again, and its id stays taken, so no new fact is recorded under it. It has no domain date of
 * its own: as of any day, a retracted fact is withdrawn as we know it now. The facts projection
 * folds a retraction in code of its own (`campaignFactsProjection`), since it withdraws a fact
 * rather than adds one.
 */
export const factRetractedSpec: EventSpec<'FactRetracted'> = {
  codec: FactRetracted,
  data: FactRetractedData,
  command: { type: 'RetractFact', codec: RetractFact },
  catalog: {
    grain: 'correction',
    says: 'a recorded fact withdrawn as one that should never have been recorded, with the reason and its source',
  },
  factId: (d) => d.retractionId,
  decide: {
    identity: newId('retraction', 'retractionId'),
    references: [requireCorrectableFact, requireOneStandingFact, requireNothingStandsOnIt],
    record: (d) => normalizeFields(d, ['reason']),
  },
  evolve: rememberRetracted,
  // Withdrawn as we know it now, whatever day a view is taken as of: the fold ignores a retraction of a fact it did not see.
  domainDate: () => null,
  registry: null,
  partNumber: () => undefined,
  correction: null,
};
