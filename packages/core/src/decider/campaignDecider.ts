import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { type CampaignCommand, type CampaignCommandType, type CorrectFact, eventTypeOfCommand } from '../commands/campaignCommand';
import type { DomainError } from '../errors/domainError';
import type { CampaignEvent } from '../events/campaignEvent';
import type { CorrectableEvent, CorrectableEventType, FactCorrectedData } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import type { Period } from '../model/period';
import type { Decider } from './decider';
import { type CampaignState, attendanceKey, evolveCampaignState, initialCampaignState } from './campaignState';
import { type Check, firstFailure } from './checks';
import { normalizeFields, normalizeName } from './normalizeFields';
import { requireDateRange, requireDateWithin, requireOrderedYears, requireValidPeriod, requireYearWithin } from './periods';
import {
  requireContest,
  requireKnown,
  requireNewId,
  requireOrganisation,
  requireOrganisations,
  requireRecordedParts,
  requireUniqueAreaName,
  requireUniqueOrganisationName,
} from './references';

/**
 * What a command would record and the rules it must pass: `identity` refuses an id already taken
 * (or a campaign already launched, an attendance already recorded); `checks` are the rules on
 * what the fact says and refers to. A correction's replacement passes `checks` only, since it
 * takes the id of the fact it corrects.
 */
interface Recording {
  readonly identity: Check;
  readonly checks: ReadonlyArray<Check>;
  readonly event: CampaignEvent;
}

const record = (identity: Check, checks: ReadonlyArray<Check>, event: CampaignEvent): Recording => ({ identity, checks, event });

// Every command but a correction records a fact of its own.
type RecordingCommand = Exclude<CampaignCommand, CorrectFact>;

// Records the event when every check passes; otherwise the first failure, in listed order.
const accept = (checks: ReadonlyArray<Check>, event: CampaignEvent): E.Either<DomainError, CampaignEvent> =>
  pipe(
    firstFailure(checks),
    E.map(() => event),
  );

// Summary facts that name only their fact id, an organisation's scope and a period share one rule set.
const summaryChecks = (
  state: CampaignState,
  d: { readonly organisationId: string; readonly period: Period },
): ReadonlyArray<Check> => [requireValidPeriod(d.period, 'period'), requireOrganisation(state, d.organisationId, 'organisationId')];

// Checks within one command are listed identity first, then well-formedness (periods, ranges),
// then references, then dates against the period the fact is filed under.
const recordingOf = (command: RecordingCommand, state: CampaignState): Recording => {
  switch (command.type) {
    case 'LaunchCampaign': {
      const d = command.data;
      return record(
        state.campaignId === null ? undefined : { _tag: 'CampaignAlreadyLaunched', campaignId: state.campaignId },
        [],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['title', 'directiveNumber']) },
      );
    }
    case 'DeclarePhase': {
      const d = command.data;
      return record(
        requireNewId(state.phases, 'phase', d.phaseId),
        [requireOrderedYears(d.fromYear, d.toYear, 'toYear')],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['directive', 'title']) },
      );
    }
    case 'RecordDocument': {
      const d = command.data;
      return record(
        requireNewId(state.documents, 'document', d.documentId),
        [
          requireOrganisation(state, d.issuerId, 'issuerId'),
          requireKnown(state.phases, 'phase', d.phaseId, 'phaseId'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['number', 'title']) },
      );
    }
    case 'RegisterOrganisation': {
      const d = command.data;
      return record(
        requireNewId(state.organisations, 'organisation', d.organisationId),
        [
          requireOrganisation(state, d.parentId, 'parentId'),
          requireUniqueOrganisationName(state, d.name, d.parentId),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['name']) },
      );
    }
    case 'RegisterResidentialArea': {
      const d = command.data;
      return record(
        requireNewId(state.residentialAreas, 'residential-area', d.areaId),
        [
          requireOrganisation(state, d.organisationId, 'organisationId'),
          requireUniqueAreaName(state, d.name, d.organisationId),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['name']) },
      );
    }
    case 'DeclareResidentialAreas':
      return record(requireNewId(state.facts, 'fact', command.data.factId), summaryChecks(state, command.data), {
        type: eventTypeOfCommand[command.type],
        data: normalizeFields(command.data, []),
      });
    case 'CountOrganisations':
      return record(requireNewId(state.facts, 'fact', command.data.factId), summaryChecks(state, command.data), {
        type: eventTypeOfCommand[command.type],
        data: normalizeFields(command.data, []),
      });
    case 'FormSteeringCommittee': {
      const d = command.data;
      return record(
        requireNewId(state.steeringCommittees, 'steering-committee', d.organisationId),
        [
          requireValidPeriod(d.period, 'period'),
          requireOrganisation(state, d.organisationId, 'organisationId'),
          requireOrganisation(state, d.committeeOrganisationId, 'committeeOrganisationId'),
          requireKnown(state.documents, 'document', d.documentId, 'documentId'),
          requireDateWithin(d.formedOn, d.period, 'formedOn'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'ReportSteeringCommittees': {
      const d = command.data;
      return record(
        requireNewId(state.facts, 'fact', d.factId),
        [
          requireValidPeriod(d.period, 'period'),
          requireOrganisation(state, d.organisationId, 'organisationId'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'DesignatePilotUnit': {
      const d = command.data;
      return record(
        requireNewId(state.pilotUnits, 'pilot-unit', d.organisationId),
        [
          requireValidPeriod(d.period, 'period'),
          requireOrganisation(state, d.organisationId, 'organisationId'),
          requireOrganisation(state, d.designatedById, 'designatedById'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'DeclareEligiblePopulation':
      return record(requireNewId(state.facts, 'fact', command.data.factId), summaryChecks(state, command.data), {
        type: eventTypeOfCommand[command.type],
        data: normalizeFields(command.data, []),
      });
    case 'SetStudyTopic': {
      const d = command.data;
      const { works, ...rest } = d;
      return record(
        requireNewId(state.topics, 'topic', d.topicId),
        [requireKnown(state.documents, 'document', d.documentId, 'documentId')],
        {
          type: eventTypeOfCommand[command.type],
          data: {
            ...normalizeFields(rest, ['title']),
            ...(works === undefined ? {} : { works: works.map(normalizeName) }),
          },
        },
      );
    }
    case 'HoldClass': {
      const d = command.data;
      return record(
        requireNewId(state.classes, 'class', d.classId),
        [
          requireDateRange(d.startsOn, d.endsOn),
          requireOrganisation(state, d.organiserId, 'organiserId'),
          requireKnown(state.topics, 'topic', d.topicId, 'topicId'),
          requireDateWithin(d.startsOn, d.year, 'startsOn'),
          requireDateWithin(d.endsOn, d.year, 'endsOn'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['title']) },
      );
    }
    case 'RecordAttendance': {
      const d = command.data;
      const recorded = state.classes.get(d.classId);
      // An unheld class has no attendance recorded, so the identity check passes and ClassNotHeld is reported.
      return record(
        recorded?.has(attendanceKey(d.category, d.countUnit))
          ? { _tag: 'AttendanceAlreadyRecorded', classId: d.classId, category: d.category, countUnit: d.countUnit }
          : undefined,
        [recorded === undefined ? { _tag: 'ClassNotHeld', classId: d.classId } : undefined],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'ReportClasses': {
      const d = command.data;
      return record(
        requireNewId(state.facts, 'fact', d.factId),
        [
          requireValidPeriod(d.period, 'period'),
          requireDateRange(d.startsOn, d.endsOn),
          requireOrganisation(state, d.organisationId, 'organisationId'),
          requireOrganisation(state, d.organiserId, 'organiserId'),
          requireKnown(state.topics, 'topic', d.topicId, 'topicId'),
          requireDateWithin(d.startsOn, d.period, 'startsOn'),
          requireDateWithin(d.endsOn, d.period, 'endsOn'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'ReportParticipation': {
      const d = command.data;
      return record(
        requireNewId(state.facts, 'fact', d.factId),
        [
          requireValidPeriod(d.period, 'period'),
          requireOrganisation(state, d.organisationId, 'organisationId'),
          requireKnown(state.facts, 'fact', d.classesFactId, 'classesFactId'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'HoldOutreachSession': {
      const d = command.data;
      return record(
        requireNewId(state.outreachSessions, 'outreach-session', d.sessionId),
        [
          requireKnown(state.residentialAreas, 'residential-area', d.areaId, 'areaId'),
          requireKnown(state.topics, 'topic', d.topicId, 'topicId'),
          requireDateWithin(d.heldOn, d.year, 'heldOn'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'ReportOutreach':
      return record(requireNewId(state.facts, 'fact', command.data.factId), summaryChecks(state, command.data), {
        type: eventTypeOfCommand[command.type],
        data: normalizeFields(command.data, []),
      });
    case 'RecordCommitments':
      return record(requireNewId(state.facts, 'fact', command.data.factId), summaryChecks(state, command.data), {
        type: eventTypeOfCommand[command.type],
        data: normalizeFields(command.data, []),
      });
    case 'LaunchContest': {
      const d = command.data;
      // No check on launchedOn: a contest is often announced the year before it runs.
      return record(
        requireNewId(state.contests, 'contest', d.contestId),
        [
          requireValidPeriod(d.period, 'period'),
          requireOrganisation(state, d.organiserId, 'organiserId'),
          requireKnown(state.documents, 'document', d.documentId, 'documentId'),
          requireContest(state, d.feedsContestId, 'feedsContestId'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['title']) },
      );
    }
    case 'SubmitEntries': {
      const d = command.data;
      // Entries carry no id of their own: a unit may submit to one contest year more than once.
      return record(
        undefined,
        [
          requireContest(state, d.contestId, 'contestId'),
          requireOrganisation(state, d.organisationId, 'organisationId'),
          requireYearWithin(d.year, state.contests.get(d.contestId), 'year'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'ReportContestParticipation': {
      const d = command.data;
      return record(
        requireNewId(state.facts, 'fact', d.factId),
        [
          requireContest(state, d.contestId, 'contestId'),
          requireYearWithin(d.year, state.contests.get(d.contestId), 'year'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'AwardPrizes': {
      const d = command.data;
      return record(
        requireNewId(state.facts, 'fact', d.factId),
        [
          requireContest(state, d.contestId, 'contestId'),
          requireOrganisation(state, d.recipientOrganisationId, 'recipientOrganisationId'),
          requireYearWithin(d.year, state.contests.get(d.contestId), 'year'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['recipientName']) },
      );
    }
    case 'RateContestants': {
      const d = command.data;
      return record(
        requireNewId(state.facts, 'fact', d.factId),
        [
          requireContest(state, d.contestId, 'contestId'),
          requireYearWithin(d.year, state.contests.get(d.contestId), 'year'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'SendSelections': {
      const d = command.data;
      return record(
        requireNewId(state.facts, 'fact', d.factId),
        [
          requireContest(state, d.contestId, 'contestId'),
          requireContest(state, d.toContestId, 'toContestId'),
          requireYearWithin(d.year, state.contests.get(d.contestId), 'year'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    case 'GrantAward': {
      const d = command.data;
      return record(
        requireNewId(state.awards, 'award', d.awardId),
        [
          requireValidPeriod(d.period, 'period'),
          requireOrganisation(state, d.recipientOrganisationId, 'recipientOrganisationId'),
          requireOrganisation(state, d.proposerId, 'proposerId'),
          requireOrganisation(state, d.deciderId, 'deciderId'),
          requireKnown(state.documents, 'document', d.documentId, 'documentId'),
          requireDateWithin(d.decidedOn, d.period, 'decidedOn'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['recipientName']) },
      );
    }
    case 'DistributeMaterials': {
      const d = command.data;
      return record(
        requireNewId(state.distributions, 'distribution', d.distributionId),
        [
          requireValidPeriod(d.period, 'period'),
          requireOrganisation(state, d.distributorId, 'distributorId'),
          requireDateWithin(d.distributedOn, d.period, 'distributedOn'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['title']) },
      );
    }
    case 'ConductInspection': {
      const d = command.data;
      return record(
        requireNewId(state.inspections, 'inspection', d.inspectionId),
        [
          requireValidPeriod(d.period, 'period'),
          requireOrganisation(state, d.inspectorId, 'inspectorId'),
          requireOrganisations(state, d.subjectIds, 'subjectIds'),
          requireKnown(state.documents, 'document', d.documentId, 'documentId'),
          requireDateWithin(d.conductedOn, d.period, 'conductedOn'),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, ['findings']) },
      );
    }
    case 'ReportFigure': {
      const d = command.data;
      const key = d.figure;
      return record(
        requireNewId(state.figures, 'figure', d.figureId),
        [
          d.value === undefined && d.percent === undefined && d.numerator === undefined
            ? { _tag: 'EmptyFigure', figureId: d.figureId }
            : undefined,
          requireValidPeriod('period' in key ? key.period : undefined, 'figure.period'),
          requireOrganisation(state, 'organisationId' in key ? key.organisationId : undefined, 'figure.organisationId'),
          requireKnown(state.topics, 'topic', 'topicId' in key ? key.topicId : undefined, 'figure.topicId'),
          requireContest(state, 'contestId' in key ? key.contestId : undefined, 'figure.contestId'),
          requireRecordedParts(state, d.parts),
        ],
        { type: eventTypeOfCommand[command.type], data: normalizeFields(d, []) },
      );
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
};

const commandTypeOfCorrectable = {
  ClassHeld: 'HoldClass',
  AttendanceRecorded: 'RecordAttendance',
  ClassesReported: 'ReportClasses',
  ParticipationReported: 'ReportParticipation',
  EligiblePopulationDeclared: 'DeclareEligiblePopulation',
  OutreachSessionHeld: 'HoldOutreachSession',
  OutreachReported: 'ReportOutreach',
  ResidentialAreasDeclared: 'DeclareResidentialAreas',
  OrganisationsCounted: 'CountOrganisations',
  SteeringCommitteeFormed: 'FormSteeringCommittee',
  SteeringCommitteesReported: 'ReportSteeringCommittees',
  CommitmentsRecorded: 'RecordCommitments',
  EntriesSubmitted: 'SubmitEntries',
  ContestParticipationReported: 'ReportContestParticipation',
  PrizesAwarded: 'AwardPrizes',
  ContestantsRated: 'RateContestants',
  SelectionsSent: 'SendSelections',
  AwardGranted: 'GrantAward',
  MaterialsDistributed: 'DistributeMaterials',
  InspectionConducted: 'ConductInspection',
  FigureReported: 'ReportFigure',
} as const satisfies { readonly [K in CorrectableEventType]: CampaignCommandType };

// The command that would have recorded the replacement as a new fact: its rules are the replacement's.
const commandOfReplacement = (replacement: CorrectableEvent): RecordingCommand =>
  ({ type: commandTypeOfCorrectable[replacement.type], data: replacement.data }) as RecordingCommand;

// A rule broken inside the replacement names its field from the correction's data.
const withinReplacement = (check: Check): Check =>
  check !== undefined && 'field' in check ? { ...check, field: `replacement.data.${check.field}` } : check;

const requireSameFact = (state: CampaignState, d: FactCorrectedData): Check => {
  const types = state.correctableFacts.get(d.correctedFactId);
  if (types === undefined) return undefined;
  const actualType = d.replacement.type;
  const actualFactId = factIdOf(d.replacement);
  const mismatch = { _tag: 'CorrectionMismatch', correctedFactId: d.correctedFactId, actualType, actualFactId } as const;
  if (!types.has(actualType)) return { ...mismatch, expectedType: [...types].join(' or ') };
  return actualFactId === d.correctedFactId ? undefined : { ...mismatch, expectedType: actualType };
};

// A correction is checked as its replacement would be as a new fact, except that it keeps the
// corrected fact's id; the replacement is normalised the same way.
const decideCorrection = (d: FactCorrectedData, state: CampaignState): E.Either<DomainError, CampaignEvent> => {
  const replacement = recordingOf(commandOfReplacement(d.replacement), state);
  return accept(
    [
      requireNewId(state.corrections, 'correction', d.correctionId),
      requireKnown(state.correctableFacts, 'fact', d.correctedFactId, 'correctedFactId'),
      requireSameFact(state, d),
      ...replacement.checks.map(withinReplacement),
    ],
    {
      type: 'FactCorrected',
      data: { ...normalizeFields(d, ['reason']), replacement: replacement.event as CorrectableEvent },
    },
  );
};

const decideOne = (command: CampaignCommand, state: CampaignState): E.Either<DomainError, CampaignEvent> => {
  if (command.type === 'CorrectFact') return decideCorrection(command.data, state);
  const recording = recordingOf(command, state);
  return accept([recording.identity, ...recording.checks], recording.event);
};

/**
 * The decider of one campaign ledger (stream `campaign-<campaignId>`). Every accepted command
 * records exactly one event, `eventTypeOfCommand[command.type]`, whose data is the command's
 * data with names, titles and the provenance normalised (the quoted sentence is kept as
 * written). Only invariant rules are enforced: identities, references, periods and dates. What
 * real reports contain and the audit flags later (more decided than proposed, parts that do not
 * add up, more prizes than entries) is accepted as written.
 *
 * CorrectFact records a FactCorrected: the corrected fact must exist (UnknownReference 'fact'),
 * the replacement must have its event type and id (CorrectionMismatch), and it must pass the
 * rules a new fact of its type passes, except the unique-id rule; a correctionId is unique. A
 * fact may be corrected again: the latest correction is the current value.
 *
 * @example
 * const state = history.reduce(campaignDecider.evolve, campaignDecider.initialState());
 * pipe(campaignDecider.decide(command, state), E.match(describeDomainError, (events) => append(events)));
 */
export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState, DomainError> = {
  decide: (command, state) =>
    command.type !== 'LaunchCampaign' && state.campaignId === null
      ? E.left({ _tag: 'CampaignNotLaunched', commandType: command.type })
      : pipe(
          decideOne(command, state),
          E.map((event): ReadonlyArray<CampaignEvent> => [event]),
        ),
  evolve: evolveCampaignState,
  initialState: initialCampaignState,
};
