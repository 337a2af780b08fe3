import type { CountUnit } from '../model/countUnit';
import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import type { Period } from '../model/period';
import type { Qualifier } from '../model/qualifier';
import type { StatedPercent } from '../model/statedPercent';
import type { ComputedPercent, FigureStatus } from '../projections/figure';
import type { Agreement, NamedOrganisation, ReconciliationKind } from '../audit/reconciliation';
import type { Severity } from '../audit/finding';
import type { ParticipantCategory } from '../model/participantCategory';
import type { Dimension } from '../projections/dimensions';
import type { AuditSection } from '../audit/auditSection';

/** The version tag of the report's JSON shape; other tools check it before reading. */
export const REPORT_FORMAT = 'campaign-ledger.report/2' as const;

/** The sections of a report, in the order the report prints them. */
export type SectionId = 'direction' | 'classes' | 'participation' | 'outreach' | 'contests' | 'awards' | 'materials';

/** A figure as computed from the events, with the events that made it. */
export interface ComputedValue {
  readonly status: FigureStatus;
  readonly value: number | null;
  readonly countUnit?: CountUnit;
  readonly qualifiers: ReadonlyArray<Qualifier>;
  /** For rates: the fraction and its percentage at 2 decimals, rounded half away from zero. */
  readonly percent?: ComputedPercent;
  readonly denominator?: number;
  readonly reason?: string;
  /** Set when the count only adds slices the report itemised by these dimensions: not a total. */
  readonly itemisedBy?: ReadonlyArray<Dimension>;
  /** Set when the count is the sum of the narrower categories that partition the key's category. */
  readonly fromCategories?: ReadonlyArray<ParticipantCategory>;
  /**
   * Set when an eligible population (or a rate's) was declared by only some of the organisations
   * below the scope: the organisations it leaves out. Such a figure is partial, not the scope's.
   */
  readonly partial?: { readonly missing: ReadonlyArray<NamedOrganisation> };
  /** Ids of the events counted in the figure. */
  readonly countedEventIds: ReadonlyArray<string>;
  /** Ids of the operational events a covering summary shadowed. */
  readonly shadowedEventIds: ReadonlyArray<string>;
}

/**
 * The audit's verdict on one statement, as its report row carries it: the class of its
 * reconciliation, whether it is an alarm, the gravest finding about it, what that means for the
 * statement, and the arithmetic line. It is the audit's own finding (see `reconcile`), never a
 * second opinion.
 */
export interface StatementVerdict {
  readonly kind: ReconciliationKind;
  readonly alarm: boolean;
  /** The gravest finding of the audit about the statement (`none` when it has nothing to say). */
  readonly severity: Severity | 'none';
  readonly agreement: Agreement;
  /** The arithmetic that shows the finding, as a reader checks it by hand. */
  readonly arithmetic: Label;
}

/** A figure as the report stated it, and how it compares with the computed figure. */
export interface StatedValue {
  readonly figureId: string;
  readonly eventId: string;
  readonly value?: number;
  readonly qualifier?: Qualifier;
  readonly countUnit?: CountUnit;
  readonly percent?: StatedPercent;
  /** How the report hedged the percentage: "đạt trên 80%" is `more-than`. */
  readonly percentQualifier?: Qualifier;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly parts?: ReadonlyArray<string>;
  readonly quote?: string;
  /** How the audit reconciled this statement. */
  readonly verdict: StatementVerdict;
}

/** One line of the report: a figure key, its label, the computed figure and what the report stated. */
export interface ReportRow {
  readonly key: FigureKey;
  readonly label: Label;
  /** Each dimension the key fixes beyond measure, period and scope, with its words: `{ name, value, label }`. */
  readonly dimensions: ReadonlyArray<{ readonly name: string; readonly value: string; readonly label: Label }>;
  /** The contest a figure of a contest belongs to: the text report names it once above its rows. */
  readonly contest?: { readonly contestId: string; readonly title: string };
  readonly computed: ComputedValue;
  readonly stated: ReadonlyArray<StatedValue>;
}

/** The rows of one section. */
export interface ReportSection {
  readonly section: SectionId;
  readonly title: Label;
  readonly rows: ReadonlyArray<ReportRow>;
}

/** The sections of one period: a year, a span of years, or the campaign as a whole (period null). */
export interface ReportGroup {
  readonly period: Period | null;
  readonly title: Label;
  readonly sections: ReadonlyArray<ReportSection>;
}

/**
 * A campaign report: every computed figure beside the figures the report stated, grouped by period
 * and section. It is plain JSON; docs/report-format.md documents it for other tools.
 */
export interface CampaignReport {
  readonly format: typeof REPORT_FORMAT;
  readonly campaign: { readonly id: string; readonly title: string } | null;
  readonly scope: { readonly organisationId: string; readonly name: string } | null;
  /** The number of events folded and the position of the last one. */
  readonly eventCount: number;
  readonly lastGlobalPosition: number;
  readonly groups: ReadonlyArray<ReportGroup>;
  /** The audit of the figures and of the log, when the report was built with one (`withAudit`). */
  readonly audit?: AuditSection;
}
