import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { AsOfPoints } from '../audit/asOf';
import type { Explanation } from '../audit/explain';
import type { ValidationRule } from '../audit/validationRule';
import type { HandleCommandError } from '../commandHandling/handleCommand';
import type { CampaignEvent } from '../events/campaignEvent';
import type { DomainError } from '../errors/domainError';
import type { LogDigest } from '../integrity/logDigest';
import type { LogBroken, VerificationReport } from '../integrity/verificationReport';
import type { FigureKeyInput } from '../model/figureKey';
import type { CampaignFacts } from '../projections/campaignFacts';
import type { Figure } from '../projections/figure';
import type { AuditSection } from '../audit/auditSection';
import type { CampaignReport } from '../report/reportModel';
import type { EventEnvelope } from '../store/eventEnvelope';
import type { EventStore } from '../store/eventStore';
import type { StoreError } from '../store/storeError';
import type { Language } from '../text/language';

/** What `makeCampaignLedger` needs: a store, and the campaign whose ledger it keeps. */
export interface CampaignLedgerOptions {
  /** Where the log lives: `makeInMemoryEventStore`, or the SQLite, PostgreSQL or EventStoreDB store. */
  readonly store: EventStore<CampaignEvent>;
  /** The campaign this ledger records (its `LaunchCampaign` id): its events live in `campaignStreamName(campaignId)`. */
  readonly campaignId: string;
  /** The organisation whose subtree reports roll up by default; the whole ledger when absent. */
  readonly organisationId?: string;
  /** Ids of new events; defaults to UUID v4. Give a deterministic source to make a recording repeat exactly. */
  readonly newId?: () => string;
}

/** A `LaunchCampaign` for another campaign than the ledger's: nothing is recorded. */
export interface CampaignMismatch {
  readonly _tag: 'CampaignMismatch';
  /** The ledger's campaign. */
  readonly expected: string;
  /** The campaign the command launches. */
  readonly found: string;
}

/** Why `record` recorded nothing: bad input, a refused command, the store, contention, or another campaign. */
export type RecordError = HandleCommandError<DomainError> | CampaignMismatch;

/** What one recorded command appended. */
export interface Recorded {
  /** The envelopes appended, in order (empty when the command changed nothing). */
  readonly events: ReadonlyArray<EventEnvelope<CampaignEvent>>;
  /** The campaign stream's revision after the command. */
  readonly revision: number;
}

/** The campaign's figures as of a moment: the folded facts, and any figure by its key. */
export interface CampaignFigures {
  readonly facts: CampaignFacts;
  /** The figure a key names (see docs/projections.md); throws a RangeError on a key that is not one (a programmer error). */
  readonly figure: (key: FigureKeyInput) => Figure;
}

/** How `report` is made: the language of its text, the moment, the scope and the rules of its audit. */
export interface LedgerReportOptions {
  /** `vi` (the report's own number format: 3.573; 94,2%) or `en`; defaults to `vi`. */
  readonly lang?: Language;
  /** Report as of a position, a recorded time or a domain date; defaults to the whole log. */
  readonly asOf?: AsOfPoints;
  /** Roll figures up over this organisation's subtree; defaults to the ledger's `organisationId`. */
  readonly organisationId?: string;
  /** The validation rules of the audit; defaults to `builtInRules`. */
  readonly rules?: ReadonlyArray<ValidationRule>;
}

/** A report with its audit, as data (`campaign-ledger.report/2`, see docs/report-format.md) and as text. */
export interface LedgerReport {
  readonly report: CampaignReport;
  readonly text: string;
}

/**
 * One campaign's ledger over a store: the front door for embedding applications. Every method
 * returns a `TaskEither`: run it (`await ledger.report()()`) and read the `Either`; expected
 * failures are `_tag`ged values, never exceptions.
 */
export interface CampaignLedger {
  /** Decodes a command, decides it against the campaign's state and appends its events, all or nothing. */
  readonly record: (command: unknown) => TE.TaskEither<RecordError, Recorded>;
  /** Folds the campaign's events (as of a moment, if given) into its facts and figures. */
  readonly figures: (asOf?: AsOfPoints) => TE.TaskEither<StoreError, CampaignFigures>;
  /** The campaign report closed by its audit: each statement with the audit's verdict, the rules, the log's verification. */
  readonly report: (options?: LedgerReportOptions) => TE.TaskEither<StoreError, LedgerReport>;
  /** The audit alone: every stated figure reconciled, the rules evaluated (built-in by default), the log verified. */
  readonly audit: (rules?: ReadonlyArray<ValidationRule>) => TE.TaskEither<StoreError, AuditSection>;
  /** The lineage of one figure: every event that counted, was shadowed or superseded, with its quote. */
  readonly explain: (key: FigureKeyInput, asOf?: AsOfPoints) => TE.TaskEither<StoreError, Explanation>;
  /** Walks the whole log and its hash chains; names the first altered, removed, inserted or reordered event. */
  readonly verify: () => TE.TaskEither<StoreError, VerificationReport>;
  /** The digest of an intact log (head position, head hash, event count), to keep and check later with `verifyDigest`. */
  readonly digest: () => TE.TaskEither<StoreError | LogBroken, LogDigest>;
}
