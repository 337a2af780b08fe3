import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { AsOfPoints } from '../audit/asOf';
import { builtInRules } from '../audit/builtInRules';
import { explain } from '../audit/explain';
import { foldAsOf } from '../audit/replayAsOf';
import { reconcile } from '../audit/reconcile';
import type { ValidationRule } from '../audit/validationRule';
import { handleCommand } from '../commandHandling/handleCommand';
import { makeStreamStateCache } from '../commandHandling/streamStateCache';
import { CampaignCommand } from '../commands/campaignCommand';
import { campaignDecider } from '../decider/campaignDecider';
import { campaignDomainDate } from '../decider/campaignDomainDate';
import type { CampaignState } from '../decider/campaignState';
import { campaignStreamName } from '../decider/campaignStreamName';
import type { CampaignEvent } from '../events/campaignEvent';
import { exportDigest } from '../integrity/logDigest';
import { verifyLog } from '../integrity/verifyLog';
import { figureKey } from '../model/figureKey';
import { campaignFactsProjection, type CampaignFacts } from '../projections/campaignFacts';
import { figureLookup } from '../projections/figureLookup';
import { type AuditSection, type LogStatus, buildAuditSection } from '../audit/auditSection';
import { buildCampaignReport, withAudit } from '../report/campaignReport';
import { formatReport } from '../report/formatReport';
import type { EventEnvelope } from '../store/eventEnvelope';
import { type StoreError, describeStoreError } from '../store/storeError';
import type { CampaignFigures, CampaignLedger, CampaignLedgerOptions, LedgerReport, LedgerReportOptions, RecordError } from './campaignLedger';

type Envelopes = ReadonlyArray<EventEnvelope<CampaignEvent>>;

const READ_PAGE = 1000;

/**
 * Makes the ledger of one campaign over a store: record commands, read figures and reports as of
 * any moment, audit them, explain a figure, verify the log. Everything goes through the store's
 * port, so the same calls work on every store.
 *
 * @example
 * const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: 'xa-ka-lang' });
 * await ledger.record({ type: 'LaunchCampaign', data: { campaignId: 'xa-ka-lang', title: '…', provenance } })();
 * const report = await ledger.report({ lang: 'en' })();
 * if (E.isRight(report)) console.log(report.right.text);
 */
export const makeCampaignLedger = (options: CampaignLedgerOptions): CampaignLedger => {
  const { store, campaignId } = options;
  const stream = campaignStreamName(campaignId);

  // The campaign's facts, folded a page at a time in global order: a store may hold other
  // campaigns, and a province's log need not fit in memory.
  const factsAsOf = (asOf?: AsOfPoints): TE.TaskEither<StoreError, CampaignFacts> =>
    foldAsOf(store, asOf ?? [], campaignFactsProjection, { pageSize: READ_PAGE, belongs: (e) => e.stream === stream });

  const logStatus = (): TE.TaskEither<never, LogStatus> =>
    pipe(
      exportDigest(store),
      TE.match(
        (failure): LogStatus =>
          failure._tag === 'Broken' ? { _tag: 'Broken', problem: failure.problem } : { _tag: 'NotVerified', reason: describeStoreError(failure) },
        (digest): LogStatus => ({ _tag: 'Intact', digest }),
      ),
      TE.fromTask,
    );

  const audited = (facts: CampaignFacts, rules: ReadonlyArray<ValidationRule>, organisationId: string | undefined) =>
    pipe(
      logStatus(),
      TE.map((log) => {
        // The rows and the audit share figures and reconciliation: one verdict per statement.
        const figures = figureLookup(facts);
        const reconciliations = reconcile(facts, figures);
        const report = buildCampaignReport(facts, { ...(organisationId === undefined ? {} : { organisationId }), figures, reconciliations });
        return withAudit(report, buildAuditSection(facts, rules, log, { figures, reconciliations }));
      }),
    );

  // The campaign's state after the last command this ledger read or recorded: the next command
  // reads only the events after it, so recording a long history stays linear.
  const stateCache = makeStreamStateCache<CampaignState>();

  const record = (command: unknown): TE.TaskEither<RecordError, { events: Envelopes; revision: number }> => {
    const launched = launchedCampaignOf(command);
    if (launched !== undefined && launched !== campaignId) return TE.left({ _tag: 'CampaignMismatch', expected: campaignId, found: launched });
    return pipe(
      handleCommand({
        store,
        decider: campaignDecider,
        stream,
        command,
        commandCodec: CampaignCommand,
        domainDateOf: campaignDomainDate,
        stateCache,
        ...(options.newId === undefined ? {} : { newId: options.newId }),
      }),
      TE.map((handled) => ({ events: handled.events, revision: handled.nextExpectedRevision })),
    );
  };

  const figures = (asOf?: AsOfPoints): TE.TaskEither<StoreError, CampaignFigures> =>
    pipe(
      factsAsOf(asOf),
      TE.map((facts) => {
        const lookup = figureLookup(facts);
        return { facts, figure: (key) => lookup(figureKey(key)) };
      }),
    );

  const report = (reportOptions: LedgerReportOptions = {}): TE.TaskEither<StoreError, LedgerReport> =>
    pipe(
      factsAsOf(reportOptions.asOf),
      TE.chainW((facts) => audited(facts, reportOptions.rules ?? builtInRules, reportOptions.organisationId ?? options.organisationId)),
      TE.map((built) => ({ report: built, text: formatReport(built, reportOptions.lang ?? 'vi') })),
    );

  const audit = (rules: ReadonlyArray<ValidationRule> = builtInRules): TE.TaskEither<StoreError, AuditSection> =>
    pipe(
      factsAsOf(),
      TE.chainW((facts) => pipe(logStatus(), TE.map((log) => buildAuditSection(facts, rules, log)))),
    );

  return {
    record,
    figures,
    report,
    audit,
    explain: (key, asOf) => pipe(factsAsOf(asOf), TE.map((facts) => explain(facts, figureKey(key)))),
    verify: () => verifyLog(store),
    digest: () => exportDigest(store),
  };
};

// The campaign a LaunchCampaign command names, read before decoding: decoding reports bad input.
const launchedCampaignOf = (command: unknown): string | undefined => {
  if (typeof command !== 'object' || command === null) return undefined;
  const { type, data } = command as { readonly type?: unknown; readonly data?: unknown };
  if (type !== 'LaunchCampaign' || typeof data !== 'object' || data === null) return undefined;
  const id = (data as { readonly campaignId?: unknown }).campaignId;
  return typeof id === 'string' ? id : undefined;
};

