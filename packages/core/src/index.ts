// @campaign-ledger/core: what an application embedding the campaign ledger needs. Store authors
// find what a store does that is not I/O in '@campaign-ledger/core/adapter'; nothing else is
// public. docs/api.md lists every export by group. Results are fp-ts values: read them with
// `import * as E from 'fp-ts/lib/Either.js'` (and `TaskEither.js` for tasks).

// The ledger: one campaign over a store, the front door.
export { makeCampaignLedger } from './ledger/makeCampaignLedger';
export { describeRecordError } from './ledger/describeRecordError';
export type {
  CampaignFigures,
  CampaignLedger,
  CampaignLedgerOptions,
  LedgerReport,
  LedgerReportOptions,
  RecordError,
  Recorded,
} from './ledger/campaignLedger';

// Commands and events: what a ledger records.
export { CampaignCommand } from './commands/campaignCommand';
export type { CampaignCommandInput, CampaignCommandType } from './commands/campaignCommand';
export { CampaignEvent, campaignEventTypes } from './events/campaignEvent';
export { factIdOf } from './events/factIdOf';
export { correctableEventTypes } from './events/factCorrected';
export { readCatalog } from './catalog/catalogMarkdown';
export type { CatalogEntry } from './catalog/catalogMarkdown';
export type { CampaignEventType } from './events/campaignEvent';
export type { CampaignEventOf, EventDataOf } from './projections/campaignFacts';
export { builtInVocabulary } from './model/builtInVocabulary';

// Expected failures: tagged values, each with a type guard and a one-line description.
export type { InvalidInput } from './errors/invalidInput';
export { describeDomainError } from './errors/domainError';
export type { DomainError } from './errors/domainError';
export { describeStoreError, isStoreError } from './store/storeError';
export type { StoreError } from './store/storeError';
export { describeHandleCommandError } from './commandHandling/handleCommand';
export type { HandleCommandError } from './commandHandling/handleCommand';

// The store port and the in-memory store; SQLite, PostgreSQL and EventStoreDB are their own packages.
export type {
  AppendOptions,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from './store/eventStore';
export type { EventEnvelope, EventMetadata, NewEvent } from './store/eventEnvelope';
export type { ExpectedRevision } from './store/expectedRevision';
export { makeInMemoryEventStore } from './store/inMemoryEventStore';
export type { InMemoryEventStoreOptions } from './store/inMemoryEventStore';

// Below the ledger: the decider, command handling and the fold, for applications that compose them.
export { campaignDecider } from './decider/campaignDecider';
export type { Decider } from './decider/decider';
export { campaignDomainDate } from './decider/campaignDomainDate';
export { campaignStreamName } from './decider/campaignStreamName';
export { handleCommand } from './commandHandling/handleCommand';
export type { HandleCommandConfig, HandleCommandResult } from './commandHandling/handleCommand';
export { campaignFactsProjection } from './projections/campaignFacts';
export type { CampaignFacts } from './projections/campaignFacts';
export { runProjection } from './projections/projection';
export type { Projection } from './projections/projection';

// Figures: a key names one, the facts compute it, with every event that made it.
export { figureKey, figureKeyShapes } from './model/figureKey';
export type { FigureKey, FigureKeyInput } from './model/figureKey';
export { figureOf } from './projections/figureOf';
export { figureLookup } from './projections/figureLookup';
export type { FigureLookup } from './projections/figureLookup';
export type { ComputedPercent, Contribution, Figure, FigureStatus } from './projections/figure';
export { percentOf } from './projections/percent';

// The report: every computed figure beside what the report stated, with the audit's verdicts.
export { buildCampaignReport, withAudit } from './report/campaignReport';
export type { CampaignReportOptions } from './report/campaignReport';
export { formatReport } from './report/formatReport';
export { REPORT_FORMAT } from './report/reportModel';
export type { CampaignReport, ComputedValue, ReportRow, StatedValue, StatementVerdict } from './report/reportModel';
export { formatCount, formatFraction, formatPercent } from './text/numberFormat';
export type { Language } from './text/language';
export { identityKey, normalizeText } from './text/normalizeText';
export { editDistance, nearestFirst } from './text/nearestFirst';

// The audit: reconciliation, lineage, validation rules.
export { reconcile } from './audit/reconcile';
export type { Arithmetic, Reconciliation, ReconciliationKind } from './audit/reconciliation';
export { formatFindings, formatReconciliations } from './audit/reconciliationText';
export { explain } from './audit/explain';
export type { Explanation, LineageEntry } from './audit/explain';
export { formatExplanation } from './audit/explanationText';
export { builtInRules } from './audit/builtInRules';
export { decodeRuleSet, decodeValidationRule } from './audit/validationRule';
export type { RuleSet, ValidationRule, ValidationRuleInput } from './audit/validationRule';
export { evaluateRules } from './audit/evaluateRules';
export type { RuleEvaluation, RuleViolation } from './audit/rules/ruleViolation';
export { buildAuditSection } from './audit/auditSection';
export type { AuditSection, LogStatus } from './audit/auditSection';

// As of a moment: a position, a recorded time or a domain date.
export { asOfDomainDate, asOfPosition, asOfRecordedAt } from './audit/asOf';
export type { AsOfPoints } from './audit/asOf';
export { replayAsOf } from './audit/replayAsOf';

// The verifiable log: hash chains, verification and digests.
export { verifyLog } from './integrity/verifyLog';
export type { LogBroken, VerificationReport } from './integrity/verificationReport';
export { LogDigest, exportDigest, verifyDigest } from './integrity/logDigest';
export type { DigestVerification } from './integrity/logDigest';

// Projections that resume from checkpoints.
export { runProjectionWithCheckpoints } from './checkpoints/runProjectionWithCheckpoints';
export type { CheckpointedProjection, CheckpointedRunError, CheckpointedRunResult } from './checkpoints/runProjectionWithCheckpoints';
export type { ProjectionCheckpoint, ProjectionCheckpointStore } from './checkpoints/projectionCheckpointStore';
export { makeInMemoryCheckpointStore } from './checkpoints/inMemoryCheckpointStore';
export { decodeCampaignFacts, encodeCampaignFacts } from './checkpoints/campaignFactsJson';
