export { normalizeText, identityKey } from './text/normalizeText';
export { Count, count } from './model/count';
export type { CountBrand } from './model/count';
export { Year, year } from './model/year';
export type { YearBrand } from './model/year';
export { IsoDate, isoDate, yearOfDate } from './model/isoDate';
export type { IsoDateBrand } from './model/isoDate';
export { Id, id } from './model/identifiers';
export type { IdBrand } from './model/identifiers';
export { NonEmptyText, text } from './model/nonEmptyText';
export type { NonEmptyTextBrand } from './model/nonEmptyText';
export { Period, YearRange, periodBounds, periodKey, periodContainsYear, periodEnd } from './model/period';
export { fields } from './model/fields';
export { Source, Provenance } from './model/provenance';
export { StatedPercent } from './model/statedPercent';
export { FigureKey } from './model/figureKey';
export type { Measure, FigureKeyInput } from './model/figureKey';
export { figureKey } from './model/figureKey';
export type { Label, Labels } from './model/labels';
export { ParticipantCategory, participantCategoryLabels, participantCategoryPartitions } from './model/participantCategory';
export { CountUnit, countUnitLabels } from './model/countUnit';
export { Bloc, blocLabels } from './model/bloc';
export { OrganiserLevel, organiserLevelLabels } from './model/organiserLevel';
export { OrganisationKind, organisationKindLabels } from './model/organisationKind';
export { Qualifier, qualifierLabels } from './model/qualifier';
export { ContestKind, ContestLevel, PrizeGrade, ContestRating, contestKindLabels, contestLevelLabels, prizeGradeLabels, contestRatingLabels } from './model/contestVocabulary';
export { AwardStage, AwardKind, RecipientKind, AwardInstrument, awardStageLabels, awardKindLabels, recipientKindLabels, awardInstrumentLabels } from './model/awardVocabulary';
export { DocumentKind, DocumentPurpose, documentKindLabels } from './model/documentVocabulary';
export { ResidentialAreaKind, CommitmentKind, residentialAreaKindLabels, commitmentKindLabels } from './model/areaVocabulary';
export { AttendanceRecorded, AttendanceRecordedData, RecordAttendance } from './events/attendanceRecorded';
export { AwardGranted, AwardGrantedData, GrantAward } from './events/awardGranted';
export { CampaignLaunched, CampaignLaunchedData, LaunchCampaign } from './events/campaignLaunched';
export { ClassHeld, ClassHeldData, HoldClass } from './events/classHeld';
export { ClassesReported, ClassesReportedData, ReportClasses } from './events/classesReported';
export { CommitmentsRecorded, CommitmentsRecordedData, RecordCommitments } from './events/commitmentsRecorded';
export { ContestLaunched, ContestLaunchedData, LaunchContest } from './events/contestLaunched';
export { ContestParticipationReported, ContestParticipationReportedData, ReportContestParticipation } from './events/contestParticipationReported';
export { ContestantsRated, ContestantsRatedData, RateContestants } from './events/contestantsRated';
export { DocumentRecorded, DocumentRecordedData, RecordDocument } from './events/documentRecorded';
export { EligiblePopulationDeclared, EligiblePopulationDeclaredData, DeclareEligiblePopulation } from './events/eligiblePopulationDeclared';
export { EntriesSubmitted, EntriesSubmittedData, SubmitEntries } from './events/entriesSubmitted';
export { FigureReported, FigureReportedData, ReportFigure } from './events/figureReported';
export { InspectionConducted, InspectionConductedData, ConductInspection } from './events/inspectionConducted';
export { MaterialsDistributed, MaterialsDistributedData, DistributeMaterials } from './events/materialsDistributed';
export { OrganisationRegistered, OrganisationRegisteredData, RegisterOrganisation } from './events/organisationRegistered';
export { OrganisationsCounted, OrganisationsCountedData, CountOrganisations } from './events/organisationsCounted';
export { OutreachReported, OutreachReportedData, ReportOutreach } from './events/outreachReported';
export { OutreachSessionHeld, OutreachSessionHeldData, HoldOutreachSession } from './events/outreachSessionHeld';
export { ParticipationReported, ParticipationReportedData, ReportParticipation } from './events/participationReported';
export { PhaseDeclared, PhaseDeclaredData, DeclarePhase } from './events/phaseDeclared';
export { PilotUnitDesignated, PilotUnitDesignatedData, DesignatePilotUnit } from './events/pilotUnitDesignated';
export { PrizesAwarded, PrizesAwardedData, AwardPrizes } from './events/prizesAwarded';
export { ResidentialAreaRegistered, ResidentialAreaRegisteredData, RegisterResidentialArea } from './events/residentialAreaRegistered';
export { ResidentialAreasDeclared, ResidentialAreasDeclaredData, DeclareResidentialAreas } from './events/residentialAreasDeclared';
export { SelectionsSent, SelectionsSentData, SendSelections } from './events/selectionsSent';
export { SteeringCommitteeFormed, SteeringCommitteeFormedData, FormSteeringCommittee } from './events/steeringCommitteeFormed';
export { SteeringCommitteesReported, SteeringCommitteesReportedData, ReportSteeringCommittees } from './events/steeringCommitteesReported';
export { StudyTopicSet, StudyTopicSetData, SetStudyTopic } from './events/studyTopicSet';
export { CampaignEvent, campaignEventTypes } from './events/campaignEvent';
export type { CampaignEventType } from './events/campaignEvent';
export * from './commands/campaignCommand';
export { decodeWith, invalidInput, problemsOf } from './errors/invalidInput';
export type { InvalidInput, DecodeProblem } from './errors/invalidInput';
export { isDomainError, describeDomainError } from './errors/domainError';
export type { DomainError, DomainErrorTag, EntityKind } from './errors/domainError';
export type { Decider } from './decider/decider';
export { satisfiesExpectedRevision } from './store/expectedRevision';
export type { ExpectedRevision } from './store/expectedRevision';
export { isStoreError, describeStoreError } from './store/storeError';
export type { StoreError, StoreErrorTag } from './store/storeError';
export type { EventEnvelope, NewEvent, StoredEventShape, EventMetadata } from './store/eventEnvelope';
export type { EventStore, AppendOptions, AppendResult, ReadDirection, ReadStreamOptions, ReadAllOptions, SubscribeOptions, Subscription } from './store/eventStore';
export { runProjection } from './projections/projection';
export type { Projection } from './projections/projection';
export type { Figure, FigureStatus, Contribution, ComputedPercent } from './projections/figure';
export { campaignDecider } from './decider/campaignDecider';
export type { CampaignState } from './decider/campaignState';
export { campaignDomainDate } from './decider/campaignDomainDate';
export { campaignStreamName } from './decider/campaignStreamName';
export { makeInMemoryEventStore } from './store/inMemoryEventStore';
export type { InMemoryEventStoreOptions } from './store/inMemoryEventStore';
export { sameEventContent } from './store/sameEventContent';
export type { EventContent } from './store/sameEventContent';
export { makeCatchUpSubscription } from './store/catchUpSubscription';
export type { CatchUpSubscription, CatchUpSource } from './store/catchUpSubscription';
export { handleCommand, describeHandleCommandError, isHandleCommandError } from './commandHandling/handleCommand';
export type { HandleCommandError, HandleCommandResult, HandleCommandConfig, CommandRejected, RetriesExhausted } from './commandHandling/handleCommand';
export { campaignFactsProjection, factsOf, factIdOf, reportedFigures } from './projections/campaignFacts';
export type { CampaignFacts, Fact, FactRef, FactLog, CampaignEventOf, EventDataOf } from './projections/campaignFacts';
export { emptyList, prepend, listInOrder, listSize } from './projections/persistentList';
export type { PersistentList, ListCell } from './projections/persistentList';
export { ancestorsOf, isWithin, isStrictlyWithin, blocOf, kindOf } from './projections/organisationTree';
export { percentOf, roundedToDecimals } from './projections/percent';
export { figureOf } from './projections/figureOf';
export type { FigureKeyOf } from './projections/figureAssembly';
export { figureLookup, figureKeyId } from './projections/figureLookup';
export type { FigureLookup } from './projections/figureLookup';
export { companionDenominatorKey } from './projections/companionDenominator';
export type { Dimension } from './projections/dimensions';
export type { CategoryComposition } from './projections/figure';
export type { ViewScope } from './projections/viewSupport';
export { participationView } from './projections/participationView';
export type { ParticipationView, ParticipationPeriod, ParticipationCell } from './projections/participationView';
export { classesView } from './projections/classesView';
export type { ClassesView, ClassesPeriod } from './projections/classesView';
export { outreachView } from './projections/outreachView';
export type { OutreachView, OutreachPeriod } from './projections/outreachView';
export { steeringCommitteesView } from './projections/steeringCommitteesView';
export type { SteeringCommitteesView, SteeringCommitteesCell } from './projections/steeringCommitteesView';
export { contestsView } from './projections/contestsView';
export type { ContestsView, ContestSummary, ContestYear } from './projections/contestsView';
export { commendationsView } from './projections/commendationsView';
export type { CommendationsView, CommendationsPeriod, CommendationCell } from './projections/commendationsView';
export { materialsView } from './projections/materialsView';
export type { MaterialsView, MaterialsPeriod } from './projections/materialsView';
export { buildCampaignReport } from './report/campaignReport';
export type { CampaignReportOptions } from './report/campaignReport';
export { REPORT_FORMAT } from './report/reportModel';
export type {
  CampaignReport,
  ComputedValue,
  ReportGroup,
  ReportRow,
  ReportSection,
  SectionId,
  StatedValue,
  StatementVerdict,
} from './report/reportModel';
export { formatReport, formatComputed, formatStated } from './report/formatReport';
export { formatCount, formatPercent, formatFraction } from './text/numberFormat';
export { figureLabel } from './text/figureLabel';
export type { NameLookup } from './text/figureLabel';
export type { Language } from './text/language';
export { makeInMemoryStorage } from './store/inMemoryStorage';
export type { InMemoryStorage } from './store/inMemoryStorage';
export { GENESIS_HASH, isSha256Hex } from './integrity/eventSeal';
export type { SealedContent, ChainLinks, EventSeal, SealInput } from './integrity/eventSeal';
export { canonicalContent } from './integrity/canonicalContent';
export { hashEvent } from './integrity/hashEvent';
export { sealBatch } from './integrity/sealBatch';
export { verifyLog, DEFAULT_VERIFY_PAGE_SIZE } from './integrity/verifyLog';
export type { VerifyOptions } from './integrity/verifyLog';
export type { LogSource } from './integrity/logCursor';
export type { VerificationReport, LogIntact, LogBroken, LogProblem, LogProblemKind } from './integrity/verificationReport';
export { LogDigest, LOG_DIGEST_FORMAT, digestOf, exportDigest, verifyDigest } from './integrity/logDigest';
export type { DigestVerification, DigestHolds, DigestBroken, DigestDiverged } from './integrity/logDigest';
export { explain, lineageEntryOf } from './audit/explain';
export type { Explanation, LineageEntry, LineageEffect, FractionSide } from './audit/explain';
export { formatExplanation, formatLineageEntry, DEFAULT_QUOTE_WIDTH } from './audit/explanationText';
export type { ExplanationTextOptions } from './audit/explanationText';
export { reconcile, agreementOf } from './audit/reconcile';
export { ALARMING_KINDS, reconciliationKindLabels } from './audit/reconciliation';
export type { Agreement, Reconciliation, ReconciliationKind, ReconciliationNote, Arithmetic, Operand, ComparedNumber, StatedNumbers } from './audit/reconciliation';
export { qualifierRange, qualifierHolds } from './audit/reconcileQualifier';
export type { QualifierRange } from './audit/reconcileQualifier';
export { formatReconciliation, formatReconciliations } from './audit/reconciliationText';
export { FactCorrected, FactCorrectedData, CorrectFact, CorrectableEvent, correctableEventTypes, isCorrectableEvent } from './events/factCorrected';
export type { CorrectableEventType } from './events/factCorrected';
export type { SupersededVersion, CorrectionNote } from './projections/campaignFacts';
export { correctedFactKey, firstRecordedPosition } from './projections/factCorrections';
export { versionValue } from './projections/versionValue';
export type { VersionValue } from './projections/versionValue';
export { AsOf, AsOfPoints, RecordedTime, asOfPosition, asOfRecordedAt, asOfDomainDate, asOfList, describeAsOf } from './audit/asOf';
export type { RecordedTimeBrand } from './audit/asOf';
export { envelopesAsOf, maxPositionAsOf } from './audit/envelopesAsOf';
export { replayAsOf } from './audit/replayAsOf';
export type { ReplayAsOfOptions } from './audit/replayAsOf';
export { checkCheckpointName, checkCheckpointSave } from './checkpoints/projectionCheckpointStore';
export type { ProjectionCheckpoint, ProjectionCheckpointStore } from './checkpoints/projectionCheckpointStore';
export { makeInMemoryCheckpointStore } from './checkpoints/inMemoryCheckpointStore';
export { runProjectionWithCheckpoints, DEFAULT_CHECKPOINT_BATCH_SIZE } from './checkpoints/runProjectionWithCheckpoints';
export type { CheckpointedProjection, CheckpointedRunError, CheckpointedRunResult, CorruptCheckpoint } from './checkpoints/runProjectionWithCheckpoints';
export { CampaignFactsFromJson, CAMPAIGN_FACTS_JSON_FORMAT, encodeCampaignFacts, decodeCampaignFacts } from './checkpoints/campaignFactsJson';
export type { CampaignFactsJson, FactJson, FactEntryJson } from './checkpoints/campaignFactsJson';
export {
  ValidationRule,
  RuleSet,
  RuleOperator,
  MissingValueStrategy,
  RuleImportance,
  RuleText,
  RuleOperand,
  FigureOperand,
  ConstantOperand,
  RuleExpression,
  RuleMissingValues,
  RulePeriodType,
  decodeValidationRule,
  decodeRuleSet,
  ruleTextIn,
  ruleLabel,
} from './audit/validationRule';
export type { ValidationRuleInput } from './audit/validationRule';
export { FigureTemplate, RuleMeasure, instantiateTemplate, templateText } from './audit/rules/figureTemplate';
export type { RuleBinding, BoundValue, FigureTemplateInput } from './audit/rules/figureTemplate';
export { expressionText } from './audit/rules/ruleText';
export { evaluateRules, ruleHolds, strategiesOf } from './audit/evaluateRules';
export type {
  RuleEvaluation,
  RuleViolation,
  RuleTally,
  RuleSideResult,
  RuleOperandResult,
  RuleFigureResult,
  RuleConstantResult,
  BoundPlaceholder,
} from './audit/rules/ruleViolation';
export { builtInRules, builtInRuleInputs } from './audit/builtInRules';
export { buildAuditSection } from './audit/auditSection';
export { withAudit } from './report/campaignReport';
export type { AuditInputs, AuditSection, LogStatus } from './audit/auditSection';
export { formatAuditSection } from './report/formatAuditSection';
export { makeCampaignLedger } from './ledger/makeCampaignLedger';
export type {
  CampaignFigures,
  CampaignLedger,
  CampaignLedgerOptions,
  CampaignMismatch,
  LedgerReport,
  LedgerReportOptions,
  RecordError,
  Recorded,
} from './ledger/campaignLedger';
