import type { CampaignEvent } from '../events/campaignEvent';
import { type CorrectableEvent, type CorrectableEventType, isCorrectableEvent } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import type { Period } from '../model/period';
import { identityKey } from '../text/normalizeText';

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
  /** Each class held, with the `category|countUnit` keys of the attendance recorded for it. */
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
}

/** The state of a stream with no events: nothing launched, nothing recorded. */
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
});

/** The key under which attendance of one category in one count unit is recorded for a class. */
export const attendanceKey = (category: string, countUnit: string): string => `${category}|${countUnit}`;

// Copies rather than mutates, so that a state handed out earlier never changes under its holder.
const withItem = (set: ReadonlySet<string>, item: string): ReadonlySet<string> => new Set(set).add(item);
const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> =>
  new Map(map).set(key, value);

/**
 * Folds one event into the state without touching the state it was given. Events come from the
 * store and were accepted once, so an event that refers to something unknown (which `decide`
 * would have refused) is folded as far as it can be rather than thrown on.
 */
export const evolveCampaignState = (state: CampaignState, event: CampaignEvent): CampaignState => {
  const next = evolveNamespaces(state, event);
  return isCorrectableEvent(event) ? withCorrectableFact(next, event) : next;
};

// A correction replaces a fact in place: its id stays taken, so only a first recording adds it.
const withCorrectableFact = (state: CampaignState, event: CorrectableEvent): CampaignState => {
  const id = factIdOf(event);
  const types = state.correctableFacts.get(id);
  if (types?.has(event.type)) return state;
  const nextTypes = new Set<CorrectableEventType>(types).add(event.type);
  return { ...state, correctableFacts: withEntry(state.correctableFacts, id, nextTypes) };
};

const evolveNamespaces = (state: CampaignState, event: CampaignEvent): CampaignState => {
  switch (event.type) {
    case 'CampaignLaunched':
      return { ...state, campaignId: event.data.campaignId };
    case 'PhaseDeclared':
      return { ...state, phases: withItem(state.phases, event.data.phaseId) };
    case 'DocumentRecorded':
      return { ...state, documents: withItem(state.documents, event.data.documentId) };
    case 'OrganisationRegistered':
      return {
        ...state,
        organisations: withEntry(state.organisations, event.data.organisationId, {
          parentId: event.data.parentId ?? null,
          nameKey: identityKey(event.data.name),
        }),
      };
    case 'ResidentialAreaRegistered':
      return {
        ...state,
        residentialAreas: withEntry(state.residentialAreas, event.data.areaId, {
          organisationId: event.data.organisationId,
          nameKey: identityKey(event.data.name),
        }),
      };
    case 'ResidentialAreasDeclared':
    case 'OrganisationsCounted':
    case 'SteeringCommitteesReported':
    case 'EligiblePopulationDeclared':
    case 'ClassesReported':
    case 'ParticipationReported':
    case 'OutreachReported':
    case 'CommitmentsRecorded':
    case 'ContestParticipationReported':
    case 'PrizesAwarded':
    case 'ContestantsRated':
    case 'SelectionsSent':
      return { ...state, facts: withItem(state.facts, event.data.factId) };
    case 'SteeringCommitteeFormed':
      return { ...state, steeringCommittees: withItem(state.steeringCommittees, event.data.organisationId) };
    case 'PilotUnitDesignated':
      return { ...state, pilotUnits: withItem(state.pilotUnits, event.data.organisationId) };
    case 'StudyTopicSet':
      return { ...state, topics: withItem(state.topics, event.data.topicId) };
    case 'ClassHeld':
      return { ...state, classes: withEntry(state.classes, event.data.classId, new Set<string>()) };
    case 'AttendanceRecorded': {
      const recorded = state.classes.get(event.data.classId);
      if (recorded === undefined) return state;
      const key = attendanceKey(event.data.category, event.data.countUnit);
      return { ...state, classes: withEntry(state.classes, event.data.classId, withItem(recorded, key)) };
    }
    case 'OutreachSessionHeld':
      return { ...state, outreachSessions: withItem(state.outreachSessions, event.data.sessionId) };
    case 'ContestLaunched':
      return { ...state, contests: withEntry(state.contests, event.data.contestId, event.data.period) };
    case 'EntriesSubmitted':
      // Entries carry no id of their own and no rule depends on them.
      return state;
    case 'AwardGranted':
      return { ...state, awards: withItem(state.awards, event.data.awardId) };
    case 'MaterialsDistributed':
      return { ...state, distributions: withItem(state.distributions, event.data.distributionId) };
    case 'InspectionConducted':
      return { ...state, inspections: withItem(state.inspections, event.data.inspectionId) };
    case 'FigureReported':
      return { ...state, figures: withItem(state.figures, event.data.figureId) };
    case 'FactCorrected':
      // The replacement carries the corrected fact's id, already taken in its namespace.
      return { ...state, corrections: withItem(state.corrections, event.data.correctionId) };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};
