import type { CampaignEvent } from '../events/campaignEvent';
import { specOf } from '../events/campaignEventSpecs';
import { type CorrectableEvent, type CorrectableEventType, isCorrectableEvent } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import { initialVocabulary } from '../model/initialVocabulary';
import type { Period } from '../model/period';
import type { Vocabulary } from '../model/vocabulary';
import { withEntry } from './stateUpdates';

/** What the decider remembers of a registered organisation: enough to tell siblings apart by name. */
export interface OrganisationEntry {
  readonly parentId: string | null;
  /** `identityKey` of the name, so that "Huyện uỷ" and "Huyện ủy" are the same name. */
  readonly nameKey: string;
}

/** What the decider remembers of a residential area: its organisation and the identity key of its name. */
export interface ResidentialAreaEntry {
  readonly organisationId: string;
  readonly nameKey: string;
}

/**
 * The state of one campaign ledger, reduced to what the invariant rules need: which ids are
 * taken in each namespace, the names of organisations and areas, the attendance already
 * recorded per class, and the period of each contest. Figures are not kept here; projections
 * compute them.
 */
export interface CampaignState {
  /** The id of the launched campaign, or null before CampaignLaunched. */
  readonly campaignId: string | null;
  readonly phases: ReadonlySet<string>;
  readonly documents: ReadonlySet<string>;
  readonly organisations: ReadonlyMap<string, OrganisationEntry>;
  readonly residentialAreas: ReadonlyMap<string, ResidentialAreaEntry>;
  readonly topics: ReadonlySet<string>;
  /** Each class held, with the fact ids (`classId/category/countUnit`) of the attendance recorded for it. */
  readonly classes: ReadonlyMap<string, ReadonlySet<string>>;
  readonly outreachSessions: ReadonlySet<string>;
  /** Each contest launched, with the period its years must lie in. */
  readonly contests: ReadonlyMap<string, Period>;
  readonly awards: ReadonlySet<string>;
  readonly distributions: ReadonlySet<string>;
  readonly inspections: ReadonlySet<string>;
  readonly figures: ReadonlySet<string>;
  /** One namespace for the factId of every summary fact, so a figure's parts can name any of them. */
  readonly facts: ReadonlySet<string>;
  /** The organisations that formed a steering committee. */
  readonly steeringCommittees: ReadonlySet<string>;
  /** The organisations designated as pilot units. */
  readonly pilotUnits: ReadonlySet<string>;
  /**
   * Every fact a correction may replace, by its factIdOf, with the event types recorded under
   * that id (ids of different namespaces may coincide: a class and a summary fact).
   */
  readonly correctableFacts: ReadonlyMap<string, ReadonlySet<CorrectableEventType>>;
  /** The correctionIds of the FactCorrected recorded. */
  readonly corrections: ReadonlySet<string>;
  /** The retractionIds of the FactRetracted recorded. */
  readonly retractions: ReadonlySet<string>;
  /**
   * Every fact a retraction withdrew, by `correctedFactKey(type, factId)`, with the retractionId
   * that withdrew it. Its id stays taken in its namespace: a retracted fact is never recorded again.
   */
  readonly retractedFacts: ReadonlyMap<string, string>;
  /** The terms a command may use: the built-in vocabulary and every term the history defined (TermDefined). */
  readonly vocabulary: Vocabulary;
}

/** The state of a stream with no events: nothing launched, nothing recorded, the built-in vocabulary. */
export const initialCampaignState = (): CampaignState => ({
  campaignId: null,
  phases: new Set(),
  documents: new Set(),
  organisations: new Map(),
  residentialAreas: new Map(),
  topics: new Set(),
  classes: new Map(),
  outreachSessions: new Set(),
  contests: new Map(),
  awards: new Set(),
  distributions: new Set(),
  inspections: new Set(),
  figures: new Set(),
  facts: new Set(),
  steeringCommittees: new Set(),
  pilotUnits: new Set(),
  correctableFacts: new Map(),
  corrections: new Set(),
  retractions: new Set(),
  retractedFacts: new Map(),
  vocabulary: initialVocabulary,
});

/**
 * Folds one event into the state without touching the state it was given: the event's spec says
 * what its rules need remembered (`EventSpec.evolve`), and a fact a correction may replace is
 * remembered under its fact id. Events come from the store and were accepted once, so an event
 * that refers to something unknown (which `decide` would have refused) is folded as far as it can
 * be rather than thrown on.
 */
export const evolveCampaignState = (state: CampaignState, event: CampaignEvent): CampaignState => {
  const next = specOf(event.type).evolve(state, event.data);
  return isCorrectableEvent(event) ? withCorrectableFact(next, event) : next;
};

// A correction replaces a fact in place: its id stays taken, so only a first recording adds it.
const withCorrectableFact = (state: CampaignState, event: CorrectableEvent): CampaignState => {
  const id = factIdOf(event);
  const types = state.correctableFacts.get(id);
  if (types?.has(event.type)) return state;
  const nextTypes = new Set<CorrectableEventType>(types).add(event.type); // at most a few types per id
  return { ...state, correctableFacts: withEntry(state.correctableFacts, id, nextTypes) };
};
