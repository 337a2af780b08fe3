import { campaignDomainDate } from '../decider/campaignDomainDate';
import type { CampaignEvent } from '../events/campaignEvent';
import { isCorrectableEvent } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import { correctedFactKey } from '../projections/factCorrections';
import type { EventEnvelope } from '../store/eventEnvelope';
import { asOfList, type AsOfPoints } from './asOf';

type CampaignEnvelope = EventEnvelope<CampaignEvent>;

/** What as-of points ask of the log, read once: the knowledge bounds, and the domain date if any. */
export interface AsOfSelection {
  /** The highest global position kept (Infinity when no `Position` point bounds it). */
  readonly maxPosition: number;
  /** Whether the ledger knew an envelope at the knowledge points (`Position`, `RecordedAt`). */
  readonly isKnown: (envelope: CampaignEnvelope) => boolean;
  /** The earliest `DomainDate` point, if any: it needs the dates of the whole known log. */
  readonly date: string | undefined;
}

/** Reads as-of points into one selection: every point applies. */
export const asOfSelection = (points: AsOfPoints): AsOfSelection => {
  let maxPosition = Number.POSITIVE_INFINITY;
  let recordedBy = Number.POSITIVE_INFINITY;
  let date: string | undefined;
  for (const p of asOfList(points)) {
    if (p._tag === 'Position') maxPosition = Math.min(maxPosition, p.position);
    else if (p._tag === 'RecordedAt') recordedBy = Math.min(recordedBy, Date.parse(p.at));
    else if (date === undefined || p.date < date) date = p.date;
  }
  return {
    maxPosition,
    isKnown: (e) => e.globalPosition <= maxPosition && (recordedBy === Number.POSITIVE_INFINITY || Date.parse(e.recordedAt) <= recordedBy),
    date,
  };
};

// The stored domain date, else the catalog's: a store fed without domainDateOf still has a history.
const dateOf = (envelope: CampaignEnvelope): string | null => envelope.domainDate ?? campaignDomainDate(envelope.event);

/**
 * The dates a `DomainDate` point judges facts by, gathered in one pass over the known log: the
 * latest correction of each fact (a correction can move a fact into the period or out of it),
 * and each class's own date (an attendance happened when its class did). Only dates are kept,
 * never the envelopes, so a streamed replay holds no more than this.
 */
export interface DomainDateIndex {
  readonly latestCorrection: Map<string, string | null>;
  readonly classDate: Map<string, string | null>;
}

/** An index with nothing in it. */
export const emptyDomainDateIndex = (): DomainDateIndex => ({ latestCorrection: new Map(), classDate: new Map() });

/** Adds one known envelope to the index (in place: the index is a pass's private accumulator). */
export const indexDomainDate = (index: DomainDateIndex, e: CampaignEnvelope): DomainDateIndex => {
  const event = e.event;
  if (event.type === 'FactCorrected') index.latestCorrection.set(correctedFactKey(event.data.replacement.type, event.data.correctedFactId), dateOf(e));
  else if (event.type === 'ClassHeld') index.classDate.set(event.data.classId, dateOf(e));
  return index;
};

/** Whether a known envelope's fact had happened by the date, judged with the index of the whole known log. */
export const happenedBy = (index: DomainDateIndex, date: string): ((e: CampaignEnvelope) => boolean) => {
  const { latestCorrection, classDate } = index;
  const effective = (type: CampaignEvent['type'], factId: string, own: string | null): string | null => {
    const key = correctedFactKey(type, factId);
    return latestCorrection.has(key) ? (latestCorrection.get(key) ?? null) : own;
  };
  const attendanceDate = (classId: string, own: string | null): string | null =>
    classDate.has(classId) ? effective('ClassHeld', classId, classDate.get(classId) ?? null) : own;
  const dateOfFact = (e: CampaignEnvelope): string | null => {
    const event = e.event;
    if (event.type === 'FactCorrected') {
      const r = event.data.replacement;
      return r.type === 'AttendanceRecorded' ? attendanceDate(r.data.classId, dateOf(e)) : effective(r.type, event.data.correctedFactId, dateOf(e));
    }
    if (event.type === 'AttendanceRecorded') return attendanceDate(event.data.classId, dateOf(e));
    return isCorrectableEvent(event) ? effective(event.type, factIdOf(event), dateOf(e)) : dateOf(e);
  };
  // YYYY-MM-DD strings sort as the dates they write.
  return (e) => {
    const d = dateOfFact(e);
    return d === null || d <= date;
  };
};

/**
 * The envelopes of a campaign log as of one or more points (see AsOf), in log order. Every point
 * applies. The knowledge points come first: `Position` keeps envelopes at or before the position,
 * `RecordedAt` those recorded at or before the instant, so a correction recorded later is not
 * applied ("what we knew then"). `DomainDate` then keeps, of what is known, the facts that had
 * happened by the date and the facts without a date (registry facts: organisations, areas). A
 * corrected fact is judged by its latest known version and kept or dropped with all its
 * corrections, whenever they were recorded ("what had happened by then, as we know it now"); an
 * attendance is dated by its class. Pure: the same envelopes and points give the same envelopes.
 *
 * @example
 * const facts = runProjection(campaignFactsProjection, envelopesAsOf(log, [asOfRecordedAt('2010-01-31T00:00:00Z'), asOfDomainDate('2008-12-31')]));
 */
export const envelopesAsOf = (
  envelopes: ReadonlyArray<CampaignEnvelope>,
  points: AsOfPoints,
): ReadonlyArray<CampaignEnvelope> => {
  const { isKnown, date } = asOfSelection(points);
  const known = envelopes.filter(isKnown);
  if (date === undefined) return known;
  return known.filter(happenedBy(known.reduce(indexDomainDate, emptyDomainDateIndex()), date));
};

/** The highest global position the points let through, or undefined when they do not bound it. */
export const maxPositionAsOf = (points: AsOfPoints): number | undefined => {
  const { maxPosition } = asOfSelection(points);
  return maxPosition === Number.POSITIVE_INFINITY ? undefined : maxPosition;
};
