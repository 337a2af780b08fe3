import type { DomainError } from '../errors/domainError';
import type { Check } from '../decider/checks';
import { normalizeFields } from '../decider/normalizeFields';
import { checksOf, firstBroken, type Rule } from '../decider/recordingRules';
import { requireKnown } from '../decider/references';
import { retractionOf } from '../decider/retractions';
import { newId } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import type { CampaignEventOf, CorrectableEventType } from './campaignEvent';
import type { EventSpec } from './eventSpec';
import { factEventSpecOf, factEventSpecs } from './factEventSpecs';
import { tagged } from './tagged';
import { unionOf } from './unionOf';

export type { CorrectableEventType } from './campaignEvent';

/** An event whose fact a correction may replace. */
export type CorrectableEvent = CampaignEventOf<CorrectableEventType>;

/**
 * The type names of the events a correction may replace, in catalog order: those that carry a
 * count a figure adds up, and the figures a report stated (a report may be re-read). Registry
 * facts (organisations, areas, documents, topics, contests) are not corrected this way.
 */
export const correctableEventTypes: ReadonlyArray<CorrectableEventType> = (
  Object.keys(factEventSpecs) as ReadonlyArray<keyof typeof factEventSpecs>
).filter((type): type is CorrectableEventType => factEventSpecs[type].correction !== null);

/** The events whose facts a correction may replace: the codecs of the correctable entries of the spec table. */
export const CorrectableEvent: Codec<CorrectableEvent> = unionOf(
  correctableEventTypes.map((type) => factEventSpecs[type].codec),
  'CorrectableEvent',
) as Codec<CorrectableEvent>;

const correctable: ReadonlySet<string> = new Set(correctableEventTypes);

/** Whether an event is one a correction may replace. */
export const isCorrectableEvent = <E extends { readonly type: string }>(event: E): event is Extract<E, CorrectableEvent> =>
  correctable.has(event.type);

/** The payload of FactCorrected. */
export interface FactCorrectedData {
  correctionId: Id;
  correctedFactId: Id;
  replacement: CorrectableEvent;
  reason: NonEmptyText;
  provenance: Provenance;
}
/** The payload of FactCorrected. */
export const FactCorrectedData: Codec<FactCorrectedData> = declared<FactCorrectedData>()(
  fields(
    {
      correctionId: Id,
      correctedFactId: Id,
      replacement: CorrectableEvent,
      reason: NonEmptyText,
      provenance: Provenance,
    },
    {},
    'FactCorrectedData',
  ),
);

/**
 * A recorded fact is corrected: `replacement` is the whole fact as it should have been recorded
 * (same event type, same id), `reason` says why and `provenance` where the correction comes from.
 * The original stays in the log; current figures use the replacement, and a view as recorded
 * before the correction still shows the original.
 */
export interface FactCorrected {
  type: 'FactCorrected';
  data: FactCorrectedData;
}
/**
 * A recorded fact is corrected: `replacement` is the whole fact as it should have been recorded
 * (same event type, same id), `reason` says why and `provenance` where the correction comes from.
 */
export const FactCorrected: Codec<FactCorrected> = tagged<FactCorrected>()('FactCorrected', FactCorrectedData);

/** Asks to record FactCorrected: a recorded fact is replaced by the fact as it should have been recorded (same type, same id), with the reason and the source of the correction. */
export interface CorrectFact {
  type: 'CorrectFact';
  data: FactCorrectedData;
}
/** Asks to record FactCorrected. */
export const CorrectFact: Codec<CorrectFact> = tagged<CorrectFact>()('CorrectFact', FactCorrectedData);

const requireCorrectableFact: Rule<FactCorrectedData> = (d, state) =>
  requireKnown(state.correctableFacts, 'fact', d.correctedFactId, 'correctedFactId');

const requireSameFact: Rule<FactCorrectedData> = (d, state) => {
  const types = state.correctableFacts.get(d.correctedFactId);
  if (types === undefined) return undefined;
  const actualType = d.replacement.type;
  const actualFactId = factEventSpecOf(actualType).factId(d.replacement.data);
  const mismatch = { _tag: 'CorrectionMismatch', correctedFactId: d.correctedFactId, actualType, actualFactId } as const;
  if (!types.has(actualType)) return { ...mismatch, expectedType: [...types].join(' or ') };
  return actualFactId === d.correctedFactId ? undefined : { ...mismatch, expectedType: actualType };
};

// A retraction is final: the fact it withdrew is not brought back by a correction.
const requireNotRetracted: Rule<FactCorrectedData> = (d, state) => {
  const retractionId = retractionOf(state, d.replacement.type, d.correctedFactId);
  return retractionId === undefined ? undefined : { _tag: 'FactAlreadyRetracted', field: 'correctedFactId', factId: d.correctedFactId, retractionId };
};

// A rule broken inside the replacement names its field from the correction's data.
const withinReplacement = (check: Check): Check =>
  check !== undefined && 'field' in check ? ({ ...check, field: `replacement.data.${check.field}` } as DomainError) : check;

// The replacement passes the rules a new fact of its type passes, except the unique-id rule: it keeps the corrected fact's id.
const requireValidReplacement: Rule<FactCorrectedData> = ({ replacement }, state) =>
  withinReplacement(firstBroken(checksOf(factEventSpecOf(replacement.type).decide), replacement.data, state));

// The replacement is recorded as the command that records its type would record it.
const recordedReplacement = (replacement: CorrectableEvent): CorrectableEvent =>
  ({ type: replacement.type, data: factEventSpecOf(replacement.type).decide.record(replacement.data) }) as CorrectableEvent;

/**
 * How the ledger handles FactCorrected. Its rules are those of the correction itself (a new
 * correctionId, a corrected fact that exists, has the replacement's type and id, and was not
 * retracted: FactAlreadyRetracted) followed by
 * the rules of the replacement's own type, read from the spec table; the replacement is recorded
 * normalised as a new fact of its type would be. A fact may be corrected again: the latest
 * correction is the current value. The facts projection folds a correction in code of its own
 * (`campaignFactsProjection`), since it replaces a fact rather than adds one.
 */
export const factCorrectedSpec: EventSpec<'FactCorrected'> = {
  codec: FactCorrected,
  data: FactCorrectedData,
  command: { type: 'CorrectFact', codec: CorrectFact },
  catalog: {
    grain: 'correction',
    says: 'a recorded fact replaced by the fact as it should have been recorded, with the reason and its source',
  },
  factId: (d) => d.correctionId,
  decide: {
    identity: newId('correction', 'correctionId'),
    references: [requireCorrectableFact, requireSameFact, requireNotRetracted, requireValidReplacement],
    record: (d) => ({ ...normalizeFields(d, ['reason']), replacement: recordedReplacement(d.replacement) }),
  },
  // The replacement carries the corrected fact's id, already taken in its namespace.
  evolve: rememberId('correction', 'correctionId'),
  // A correction says what happened then, so it is filed where its replacement is.
  domainDate: ({ replacement }) => factEventSpecOf(replacement.type).domainDate(replacement.data),
  registry: null,
  partNumber: () => undefined,
  correction: null,
};
