import { campaignEventTypes, type CampaignEvent, type CampaignEventType, type EventDataOf } from '../events/campaignEvent';
import { specOf } from '../events/campaignEventSpecs';
import { type CorrectableEvent, type CorrectableEventType, correctableEventTypes } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import type { EventEnvelope } from '../store/eventEnvelope';
import { correctedFactKey, inPlaceOfCorrected, withCorrection } from './factCorrections';
import { withoutRetracted } from './factRetractions';
import { emptyList, listInOrder, prepend, type PersistentList } from './persistentList';
import { oncePerFacts } from './oncePerFacts';
import { PersistentMap } from './persistentMap';
import type { Projection } from './projection';

export { factIdOf } from '../events/factIdOf';
export type { CampaignEventOf, EventDataOf } from '../events/campaignEvent';

/**
 * Where a fact came from: its envelope's place in the store, its domain date, the fact's own id
 * inside its event, and the sentence it was read from, so a figure can be traced to its words.
 */
export interface FactRef {
  readonly eventId: string;
  readonly globalPosition: number;
  readonly recordedAt: string;
  readonly domainDate: string | null;
  readonly eventType: CampaignEventType;
  /** The fact's own id (classId, factId, awardId, ...) or, for events without one, a key built from what names it. */
  readonly factId: string;
  readonly quote?: string;
  /**
   * Set on a fact as corrected (its envelope is the FactCorrected's, its type and id the corrected
   * fact's): every earlier version it replaces, oldest first: the fact as first recorded, then
   * each earlier correction.
   */
  readonly supersedes?: ReadonlyArray<SupersededVersion>;
  /** Set on a fact as corrected: the correction that gave it and why. */
  readonly correction?: CorrectionNote;
  /** Set on a fact as retracted (kept in `CampaignFacts.retractions`): the retraction that withdrew it and why. */
  readonly retraction?: RetractionNote;
}

/** Which correction gave a fact its current version, and the reason it states. */
export interface CorrectionNote {
  readonly correctionId: string;
  readonly reason: string;
}

/** Which retraction withdrew a fact, and the reason it states. */
export interface RetractionNote {
  readonly retractionId: string;
  readonly reason: string;
}

/** An earlier version of a corrected fact: where it was recorded and what it said. */
export interface SupersededVersion {
  /** The version's own reference, without a `supersedes` chain of its own. */
  readonly ref: FactRef;
  readonly event: CorrectableEvent;
}

/**
 * One recorded fact: the payload of an event of type `K` with a reference to its envelope. A
 * corrected fact is read in its latest version, whose ref says what it supersedes.
 */
export interface Fact<K extends CampaignEventType> {
  readonly ref: FactRef;
  readonly data: EventDataOf<K>;
}

/** The registries of CampaignFacts, in the order a checkpoint writes them: each keeps the facts of one event type by their id. */
export const registryNames = ['terms', 'organisations', 'residentialAreas', 'documents', 'phases', 'topics', 'contests', 'classes'] as const;

/** The name of a registry of CampaignFacts; which event type it keeps is said by that type's spec (`registry`). */
export type RegistryName = (typeof registryNames)[number];

/** Every fact of the campaign, one persistent list per event type, newest first (read them with `factsOf`). */
export type FactLog = { readonly [K in CampaignEventType]: PersistentList<Fact<K>> };

/**
 * The campaign's facts as one fold over its events: the registries (terms, organisations,
 * residential areas, documents, phases, topics, contests, classes) and every fact with its
 * envelope reference.
 * It is the state all figures and views are computed from.
 */
export interface CampaignFacts {
  /**
   * The terms the history defined (TermDefined), by `kind/termId`; with the built-in vocabulary
   * they are the words of its labels and the relations of its terms (`vocabularyOf`).
   */
  readonly terms: ReadonlyMap<string, Fact<'TermDefined'>>;
  /** Organisations by id, with name, kind, parent and bloc; a re-registration replaces the entry. */
  readonly organisations: ReadonlyMap<string, Fact<'OrganisationRegistered'>>;
  readonly residentialAreas: ReadonlyMap<string, Fact<'ResidentialAreaRegistered'>>;
  readonly documents: ReadonlyMap<string, Fact<'DocumentRecorded'>>;
  readonly phases: ReadonlyMap<string, Fact<'PhaseDeclared'>>;
  readonly topics: ReadonlyMap<string, Fact<'StudyTopicSet'>>;
  readonly contests: ReadonlyMap<string, Fact<'ContestLaunched'>>;
  /** Classes by id, from ClassHeld: attendances find their year, organiser and bloc here. */
  readonly classes: ReadonlyMap<string, Fact<'ClassHeld'>>;
  /**
   * Every fact as first recorded, and every FactCorrected and FactRetracted; read through
   * `factsOf`, which applies the corrections and leaves the retracted facts out.
   */
  readonly log: FactLog;
  /**
   * The latest version of every corrected fact, by `correctedFactKey(type, factId)`; `factsOf`
   * and the classes registry return it in place of the fact as first recorded.
   */
  readonly corrections: ReadonlyMap<string, Fact<CorrectableEventType>>;
  /**
   * Every retracted fact, by `correctedFactKey(type, factId)`, as it stood when it was withdrawn
   * (its latest version), its ref carrying the `retraction`; `factsOf` and the registries leave it
   * out, and a figure's lineage lists it as retracted.
   */
  readonly retractions: ReadonlyMap<string, Fact<CorrectableEventType>>;
  /** The global position of the last envelope folded, 0 before any. */
  readonly lastGlobalPosition: number;
}

const emptyLog = (): FactLog =>
  Object.fromEntries(campaignEventTypes.map((type) => [type, emptyList])) as unknown as FactLog;

const refOf = (envelope: EventEnvelope<CampaignEvent>): FactRef => {
  const quote = envelope.event.data.provenance.source.quote;
  return {
    eventId: envelope.eventId,
    globalPosition: envelope.globalPosition,
    recordedAt: envelope.recordedAt,
    domainDate: envelope.domainDate,
    eventType: envelope.event.type,
    factId: factIdOf(envelope.event),
    ...(quote === undefined ? {} : { quote }),
  };
};

// Only the list of the event's own type gets a new cell; the other lists are shared.
const appendToLog = (log: FactLog, type: CampaignEventType, fact: Fact<CampaignEventType>): FactLog =>
  ({ ...log, [type]: prepend(fact, log[type] as PersistentList<Fact<CampaignEventType>>) }) as FactLog;

// Registries are persistent maps: an entry copies one path of the trie, never the whole map, so a
// fold stays linear however many organisations, contests or topics it registers. A map restored
// from a checkpoint becomes persistent at its first change.
const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> => PersistentMap.of(map).set(key, value);

// A registry read without its type: which type each holds is the business of the spec table.
type AnyRegistry = ReadonlyMap<string, Fact<CampaignEventType>>;

const withRegistryEntry = (facts: CampaignFacts, registry: RegistryName, key: string, fact: Fact<CampaignEventType>): CampaignFacts => ({
  ...facts,
  [registry]: withEntry(facts[registry] as AnyRegistry, key, fact),
});

const initialFacts = (): CampaignFacts => ({
  ...(Object.fromEntries(registryNames.map((name) => [name, PersistentMap.empty()])) as unknown as Pick<CampaignFacts, RegistryName>),
  log: emptyLog(),
  corrections: PersistentMap.empty(),
  retractions: PersistentMap.empty(),
  lastGlobalPosition: 0,
});

// A correction keeps the original in the log and records the replacement as the fact's latest
// version; a registry that keeps the corrected fact by its id gets the new version too.
const withFactCorrected = (state: CampaignFacts, next: CampaignFacts, ref: FactRef, correction: EventDataOf<'FactCorrected'>): CampaignFacts => {
  const { replacement, correctedFactId } = correction;
  // A retraction is final: a correction of a withdrawn fact (which the decider refuses) changes nothing.
  if (state.retractions.has(correctedFactKey(replacement.type, correctedFactId))) return next;
  const recorded = listInOrder(state.log[replacement.type] as PersistentList<Fact<CorrectableEventType>>);
  const corrected = withCorrection(state.corrections, recorded, ref, correction);
  if (corrected === undefined) return next;
  const withCorrections = { ...next, corrections: corrected };
  const registry = specOf(replacement.type).registry;
  const id = factIdOf(replacement);
  if (registry === null || !state[registry].has(id)) return withCorrections;
  const current = corrected.get(correctedFactKey(replacement.type, correctedFactId)) as Fact<CampaignEventType>;
  return withRegistryEntry(withCorrections, registry, id, current);
};

// The fact of a type recorded under an id, in its latest version: the correction's, else the first recorded.
const standingFact = (state: CampaignFacts, type: CorrectableEventType, factId: string): Fact<CorrectableEventType> | undefined =>
  state.corrections.get(correctedFactKey(type, factId)) ??
  listInOrder(state.log[type] as PersistentList<Fact<CorrectableEventType>>).find((f) => f.ref.factId === factId);

const withoutRegistryEntry = (facts: CampaignFacts, registry: RegistryName, key: string): CampaignFacts => ({
  ...facts,
  [registry]: PersistentMap.of(facts[registry] as AnyRegistry).delete(key),
});

// A retraction keeps the fact in the log and withdraws every fact still standing under its id
// (the decider lets one through): it is kept, as it stood, among the retractions, and leaves the
// registry that held it. A retraction of a fact the fold never saw changes nothing.
const withFactRetracted = (state: CampaignFacts, next: CampaignFacts, retraction: EventDataOf<'FactRetracted'>): CampaignFacts => {
  const factId = retraction.retractedFactId as string;
  const note = { retractionId: retraction.retractionId, reason: retraction.reason };
  let out = next;
  for (const type of correctableEventTypes) {
    const key = correctedFactKey(type, factId);
    const fact = state.retractions.has(key) ? undefined : standingFact(state, type, factId);
    if (fact === undefined) continue;
    out = { ...out, retractions: withEntry(out.retractions, key, { ...fact, ref: { ...fact.ref, retraction: note } }) };
    const registry = specOf(type).registry;
    if (registry !== null && out[registry].has(factId)) out = withoutRegistryEntry(out, registry, factId);
  }
  return out;
};

const evolveFacts = (state: CampaignFacts, envelope: EventEnvelope<CampaignEvent>): CampaignFacts => {
  const event = envelope.event;
  const ref = refOf(envelope);
  const next: CampaignFacts = {
    ...state,
    log: appendToLog(state.log, event.type, { ref, data: event.data } as Fact<CampaignEventType>),
    lastGlobalPosition: envelope.globalPosition,
  };
  if (event.type === 'FactCorrected') return withFactCorrected(state, next, ref, event.data);
  if (event.type === 'FactRetracted') return withFactRetracted(state, next, event.data);
  // A registry fact is also kept by its id, so that it can be looked up; a re-registration replaces the entry.
  const registry = specOf(event.type).registry;
  return registry === null ? next : withRegistryEntry(next, registry, ref.factId, { ref, data: event.data } as Fact<CampaignEventType>);
};

/**
 * The fold that collects the campaign's facts. `evolve` never mutates its input: each event adds
 * one cell to its type's persistent list and copies a registry map only when it registers
 * something, so every intermediate state stays valid for as-of replay. A FactCorrected keeps the
 * original in the log and records the replacement as the fact's latest version (a correction of
 * a fact the fold never saw changes nothing). A FactRetracted keeps the fact in the log and
 * withdraws it: `factsOf` and the registries leave it out, `retractions` keeps it for lineage.
 *
 * @example
 * const facts = runProjection(campaignFactsProjection, envelopes);
 * const classes2009 = figureOf(facts, { measure: 'classes', period: year(2009) });
 */
export const campaignFactsProjection: Projection<CampaignEvent, CampaignFacts> = {
  init: initialFacts,
  evolve: evolveFacts,
};

/**
 * The facts of one event type in the order they were first recorded, each corrected fact in its
 * latest version at the place of the original (and once, should several facts share its id), and
 * without the facts a retraction withdrew.
 */
export const factsOf = <K extends CampaignEventType>(facts: CampaignFacts, type: K): ReadonlyArray<Fact<K>> => {
  const ofType = factsByType(facts);
  const known = ofType.get(type);
  if (known !== undefined) return known as ReadonlyArray<Fact<K>>;
  const found = withoutRetracted(inPlaceOfCorrected(listInOrder(facts.log[type] as PersistentList<Fact<K>>), type, facts.corrections), type, facts.retractions);
  ofType.set(type, found);
  return found;
};

// A report computes many figures from one facts value, each asking for the same facts of a type:
// they are put in order once per facts value and type (facts never change, so the list stays true).
const factsByType = oncePerFacts((): Map<CampaignEventType, ReadonlyArray<Fact<CampaignEventType>>> => new Map());

/** The figures the report states (FigureReported), in the order they were recorded, to set beside the computed ones. */
export const reportedFigures = (facts: CampaignFacts): ReadonlyArray<Fact<'FigureReported'>> =>
  factsOf(facts, 'FigureReported');
