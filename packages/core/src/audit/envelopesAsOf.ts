import { campaignDomainDate } from '../decider/campaignDomainDate';
import type { CampaignEvent } from '../events/campaignEvent';
import { isCorrectableEvent } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import { correctedFactKey } from '../projections/factCorrections';
import type { EventEnvelope } from '../store/eventEnvelope';
import { asOfList, type AsOfPoints } from './asOf';

type CampaignEnvelope = EventEnvelope<CampaignEvent>;

// The stored domain date, else the catalog's: a store fed without domainDateOf still has a history.
const dateOf = (envelope: CampaignEnvelope): string | null => envelope.domainDate ?? campaignDomainDate(envelope.event);

// A fact is judged by its latest version: a correction can move it into the period or out of it.
const happenedBy = (known: ReadonlyArray<CampaignEnvelope>, date: string): ReadonlyArray<CampaignEnvelope> => {
  const latest = new Map<string, string | null>();
  for (const e of known) {
    if (e.event.type === 'FactCorrected') {
      const d = e.event.data;
      latest.set(correctedFactKey(d.replacement.type, d.correctedFactId), dateOf(e));
    }
  }
  const effective = (type: CampaignEvent['type'], factId: string, own: string | null): string | null => {
    const key = correctedFactKey(type, factId);
    return latest.has(key) ? (latest.get(key) ?? null) : own;
  };
  // An attendance has no date of its own: it happened when its class did.
  const classDates = new Map<string, string | null>();
  for (const e of known) {
    if (e.event.type === 'ClassHeld') classDates.set(e.event.data.classId, effective('ClassHeld', e.event.data.classId, dateOf(e)));
  }
  const attendanceDate = (classId: string, own: string | null): string | null =>
    classDates.has(classId) ? (classDates.get(classId) ?? null) : own;

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
  return known.filter((e) => {
    const d = dateOfFact(e);
    return d === null || d <= date;
  });
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
  let maxPosition = Number.POSITIVE_INFINITY;
  let recordedBy = Number.POSITIVE_INFINITY;
  let date: string | undefined;
  for (const p of asOfList(points)) {
    if (p._tag === 'Position') maxPosition = Math.min(maxPosition, p.position);
    else if (p._tag === 'RecordedAt') recordedBy = Math.min(recordedBy, Date.parse(p.at));
    else if (date === undefined || p.date < date) date = p.date;
  }
  const known = envelopes.filter((e) => e.globalPosition <= maxPosition && Date.parse(e.recordedAt) <= recordedBy);
  return date === undefined ? known : happenedBy(known, date);
};

/** The highest global position the points let through, or undefined when they do not bound it. */
export const maxPositionAsOf = (points: AsOfPoints): number | undefined => {
  const positions = asOfList(points).flatMap((p) => (p._tag === 'Position' ? [p.position] : []));
  return positions.length === 0 ? undefined : Math.min(...positions);
};
