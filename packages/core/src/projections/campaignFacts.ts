import type { CampaignEvent, CampaignEventType } from '../events/campaignEvent';
import type { CorrectableEvent, CorrectableEventType } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import type { EventEnvelope } from '../store/eventEnvelope';
import { correctedFactKey, inPlaceOfCorrected, withCorrection } from './factCorrections';
import { emptyList, listInOrder, prepend, type PersistentList } from './persistentList';
import type { Projection } from './projection';

export { factIdOf } from '../events/factIdOf';

/** The campaign event whose type is `K`. */
export type CampaignEventOf<K extends CampaignEventType> = Extract<CampaignEvent, { readonly type: K }>;

/** The payload of the campaign event whose type is `K`. */
export type EventDataOf<K extends CampaignEventType> = CampaignEventOf<K>['data'];

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
}

/** Which correction gave a fact its current version, and the reason it states. */
export interface CorrectionNote {
  readonly correctionId: string;
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

/** Every fact of the campaign, one persistent list per event type, newest first (read them with `factsOf`). */
export type FactLog = { readonly [K in CampaignEventType]: PersistentList<Fact<K>> };

/**
 * The campaign's facts as one fold over its events: the registries (organisations, residential
 * areas, documents, phases, topics, contests, classes) and every fact with its envelope reference.
 * It is the state all figures and views are computed from.
 */
export interface CampaignFacts {
  /** Organisations by id, with name, kind, parent and bloc; a re-registration replaces the entry. */
  readonly organisations: ReadonlyMap<string, Fact<'OrganisationRegistered'>>;
  readonly residentialAreas: ReadonlyMap<string, Fact<'ResidentialAreaRegistered'>>;
  readonly documents: ReadonlyMap<string, Fact<'DocumentRecorded'>>;
  readonly phases: ReadonlyMap<string, Fact<'PhaseDeclared'>>;
  readonly topics: ReadonlyMap<string, Fact<'StudyTopicSet'>>;
  readonly contests: ReadonlyMap<string, Fact<'ContestLaunched'>>;
  /** Classes by id, from ClassHeld: attendances find their year, organiser and bloc here. */
  readonly classes: ReadonlyMap<string, Fact<'ClassHeld'>>;
  /** Every fact as first recorded, and every FactCorrected; read through `factsOf`, which applies the corrections. */
  readonly log: FactLog;
  /**
   * The latest version of every corrected fact, by `correctedFactKey(type, factId)`; `factsOf`
   * and the classes registry return it in place of the fact as first recorded.
   */
  readonly corrections: ReadonlyMap<string, Fact<CorrectableEventType>>;
  /** The global position of the last envelope folded, 0 before any. */
  readonly lastGlobalPosition: number;
}

const emptyLog = (): FactLog => ({
  CampaignLaunched: emptyList,
  PhaseDeclared: emptyList,
  DocumentRecorded: emptyList,
  OrganisationRegistered: emptyList,
  ResidentialAreaRegistered: emptyList,
  ResidentialAreasDeclared: emptyList,
  OrganisationsCounted: emptyList,
  SteeringCommitteeFormed: emptyList,
  SteeringCommitteesReported: emptyList,
  PilotUnitDesignated: emptyList,
  EligiblePopulationDeclared: emptyList,
  StudyTopicSet: emptyList,
  ClassHeld: emptyList,
  AttendanceRecorded: emptyList,
  ClassesReported: emptyList,
  ParticipationReported: emptyList,
  OutreachSessionHeld: emptyList,
  OutreachReported: emptyList,
  CommitmentsRecorded: emptyList,
  ContestLaunched: emptyList,
  EntriesSubmitted: emptyList,
  ContestParticipationReported: emptyList,
  PrizesAwarded: emptyList,
  ContestantsRated: emptyList,
  SelectionsSent: emptyList,
  AwardGranted: emptyList,
  MaterialsDistributed: emptyList,
  InspectionConducted: emptyList,
  FigureReported: emptyList,
  FactCorrected: emptyList,
});

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

// Only the list of the event's own type gets a new cell; the other 28 lists are shared.
const appendToLog = (log: FactLog, type: CampaignEventType, fact: Fact<CampaignEventType>): FactLog =>
  ({ ...log, [type]: prepend(fact, log[type] as PersistentList<Fact<CampaignEventType>>) }) as FactLog;

// Registries are copied only when a registry event arrives, so most events cost one list cell.
const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> =>
  new Map(map).set(key, value);

const initialFacts = (): CampaignFacts => ({
  organisations: new Map(),
  residentialAreas: new Map(),
  documents: new Map(),
  phases: new Map(),
  topics: new Map(),
  contests: new Map(),
  classes: new Map(),
  log: emptyLog(),
  corrections: new Map(),
  lastGlobalPosition: 0,
});

const evolveFacts = (state: CampaignFacts, envelope: EventEnvelope<CampaignEvent>): CampaignFacts => {
  const event = envelope.event;
  const ref = refOf(envelope);
  const next: CampaignFacts = {
    ...state,
    log: appendToLog(state.log, event.type, { ref, data: event.data } as Fact<CampaignEventType>),
    lastGlobalPosition: envelope.globalPosition,
  };
  switch (event.type) {
    case 'OrganisationRegistered':
      return { ...next, organisations: withEntry(state.organisations, event.data.organisationId, { ref, data: event.data }) };
    case 'ResidentialAreaRegistered':
      return { ...next, residentialAreas: withEntry(state.residentialAreas, event.data.areaId, { ref, data: event.data }) };
    case 'DocumentRecorded':
      return { ...next, documents: withEntry(state.documents, event.data.documentId, { ref, data: event.data }) };
    case 'PhaseDeclared':
      return { ...next, phases: withEntry(state.phases, event.data.phaseId, { ref, data: event.data }) };
    case 'StudyTopicSet':
      return { ...next, topics: withEntry(state.topics, event.data.topicId, { ref, data: event.data }) };
    case 'ContestLaunched':
      return { ...next, contests: withEntry(state.contests, event.data.contestId, { ref, data: event.data }) };
    case 'ClassHeld':
      return { ...next, classes: withEntry(state.classes, event.data.classId, { ref, data: event.data }) };
    case 'FactCorrected': {
      const { replacement } = event.data;
      const recorded = listInOrder(state.log[replacement.type] as PersistentList<Fact<CorrectableEventType>>);
      const corrected = withCorrection(state.corrections, recorded, ref, event.data);
      if (corrected === undefined) return next;
      const current = corrected.get(correctedFactKey(replacement.type, event.data.correctedFactId)) as Fact<'ClassHeld'>;
      const classes =
        replacement.type === 'ClassHeld' && state.classes.has(replacement.data.classId)
          ? withEntry(state.classes, replacement.data.classId, current)
          : state.classes;
      return { ...next, corrections: corrected, classes };
    }
    default:
      return next;
  }
};

/**
 * The fold that collects the campaign's facts. `evolve` never mutates its input: each event adds
 * one cell to its type's persistent list and copies a registry map only when it registers
 * something, so every intermediate state stays valid for as-of replay. A FactCorrected keeps the
 * original in the log and records the replacement as the fact's latest version (a correction of
 * a fact the fold never saw changes nothing).
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
 * latest version at the place of the original (and once, should several facts share its id).
 */
export const factsOf = <K extends CampaignEventType>(facts: CampaignFacts, type: K): ReadonlyArray<Fact<K>> =>
  inPlaceOfCorrected(listInOrder(facts.log[type] as PersistentList<Fact<K>>), type, facts.corrections);

/** The figures the report states (FigureReported), in the order they were recorded, to set beside the computed ones. */
export const reportedFigures = (facts: CampaignFacts): ReadonlyArray<Fact<'FigureReported'>> =>
  factsOf(facts, 'FigureReported');
