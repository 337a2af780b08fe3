import type { CampaignEvent, CampaignEventType } from '../events/campaignEvent';
import type { EventEnvelope } from '../store/eventEnvelope';
import { emptyList, listInOrder, prepend, type PersistentList } from './persistentList';
import type { Projection } from './projection';

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
}

/** One recorded fact: the payload of an event of type `K` with a reference to its envelope. */
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
  readonly log: FactLog;
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
});

const unknownEvent = (_event: never): string => '';

/** The fact's own id inside its event; events that carry none are named by what identifies them. */
export const factIdOf = (event: CampaignEvent): string => {
  switch (event.type) {
    case 'CampaignLaunched':
      return event.data.campaignId;
    case 'PhaseDeclared':
      return event.data.phaseId;
    case 'DocumentRecorded':
      return event.data.documentId;
    case 'OrganisationRegistered':
      return event.data.organisationId;
    case 'ResidentialAreaRegistered':
      return event.data.areaId;
    case 'SteeringCommitteeFormed':
      return event.data.committeeOrganisationId ?? event.data.organisationId;
    case 'PilotUnitDesignated':
      return event.data.organisationId;
    case 'StudyTopicSet':
      return event.data.topicId;
    case 'ClassHeld':
      return event.data.classId;
    case 'AttendanceRecorded':
      return `${event.data.classId}/${event.data.category}/${event.data.countUnit}`;
    case 'OutreachSessionHeld':
      return event.data.sessionId;
    case 'ContestLaunched':
      return event.data.contestId;
    case 'EntriesSubmitted':
      return `${event.data.contestId}/${event.data.year}/${event.data.organisationId}`;
    case 'AwardGranted':
      return event.data.awardId;
    case 'MaterialsDistributed':
      return event.data.distributionId;
    case 'InspectionConducted':
      return event.data.inspectionId;
    case 'FigureReported':
      return event.data.figureId;
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
      return event.data.factId;
    default:
      return unknownEvent(event);
  }
};

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
    default:
      return next;
  }
};

/**
 * The fold that collects the campaign's facts. `evolve` never mutates its input: each event adds
 * one cell to its type's persistent list and copies a registry map only when it registers
 * something, so every intermediate state stays valid for as-of replay.
 *
 * @example
 * const facts = runProjection(campaignFactsProjection, envelopes);
 * const classes2009 = figureOf(facts, { measure: 'classes', period: year(2009) });
 */
export const campaignFactsProjection: Projection<CampaignEvent, CampaignFacts> = {
  init: initialFacts,
  evolve: evolveFacts,
};

/** The facts of one event type in the order they were folded. */
export const factsOf = <K extends CampaignEventType>(facts: CampaignFacts, type: K): ReadonlyArray<Fact<K>> =>
  listInOrder(facts.log[type] as PersistentList<Fact<K>>);

/** The figures the report states (FigureReported), in the order they were recorded, to set beside the computed ones. */
export const reportedFigures = (facts: CampaignFacts): ReadonlyArray<Fact<'FigureReported'>> =>
  factsOf(facts, 'FigureReported');
