import { describe, expect, it } from 'vitest';
import { envelopesOf, event, figureFor, hierarchy } from '../../test/envelopes';
import type { CampaignEvent } from '../events/campaignEvent';
import type { CorrectableEvent } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import { campaignFactsProjection } from '../projections/campaignFacts';
import { runProjection } from '../projections/projection';
import type { EventEnvelope } from '../store/eventEnvelope';
import { asOfDomainDate, asOfPosition, asOfRecordedAt, type AsOfPoints } from './asOf';
import { envelopesAsOf, maxPositionAsOf } from './envelopesAsOf';

const corrected = (correctionId: string, replacement: CampaignEvent, reason = 'đọc lại báo cáo'): CampaignEvent =>
  event('FactCorrected', { correctionId, correctedFactId: factIdOf(replacement), replacement: replacement as CorrectableEvent, reason });

const classes = (factId: string, period: number, count: number) =>
  event('ClassesReported', { factId, organisationId: 'org:district-a', period, count });

// Each event recorded at its own instant, as a store with a clock would record it.
const recordedAt = (log: ReadonlyArray<EventEnvelope<CampaignEvent>>, times: ReadonlyArray<string>) =>
  log.map((e, i) => ({ ...e, recordedAt: times[i] ?? e.recordedAt }));

const classesOf = (log: ReadonlyArray<EventEnvelope<CampaignEvent>>, points: AsOfPoints, period: number) =>
  figureFor(runProjection(campaignFactsProjection, envelopesAsOf(log, points)), { measure: 'classes', period, organisationId: 'org:district-a' });

// Hierarchy 1–7 in 2007; 2007's classes (20) recorded in January 2008; their correction (24) in March 2011.
const times = [
  ...hierarchy.map((_, i) => `2007-01-0${i + 1}T08:00:00Z`),
  '2008-01-15T08:00:00Z',
  '2009-01-15T08:00:00Z',
  '2011-03-01T08:00:00Z',
];
const log = recordedAt(envelopesOf([...hierarchy, classes('f:2007', 2007, 20), classes('f:2008', 2008, 30), corrected('c:1', classes('f:2007', 2007, 24))]), times);

describe('envelopesAsOf by knowledge: what we knew then', () => {
  it('applies the correction to the current figure', () => {
    expect(classesOf(log, [], 2007).value).toBe(24);
  });

  it('by position: before the correction the figure is the original', () => {
    expect(classesOf(log, asOfPosition(9), 2007).value).toBe(20);
    expect(classesOf(log, asOfPosition(10), 2007).value).toBe(24);
    expect(classesOf(log, asOfPosition(7), 2007).status).toBe('no-data');
    expect(envelopesAsOf(log, asOfPosition(0))).toEqual([]);
  });

  it('by recorded time: as recorded at the end of 2010 the figure is the original, with no superseded version', () => {
    const then = classesOf(log, asOfRecordedAt('2010-12-31T23:59:59Z'), 2007);
    expect(then.value).toBe(20);
    expect(then.contributions.map((c) => [c.eventId, c.role])).toEqual([['evt-8', 'counted']]);
    expect(classesOf(log, asOfRecordedAt('2011-03-01T08:00:00Z'), 2007).value).toBe(24);
  });

  it('compares instants, not strings: a zone offset is honoured', () => {
    expect(classesOf(log, asOfRecordedAt('2011-03-01T14:59:59+07:00'), 2007).value).toBe(20);
    expect(classesOf(log, asOfRecordedAt('2011-03-01T15:00:00+07:00'), 2007).value).toBe(24);
  });
});

describe('envelopesAsOf by domain date: what had happened by then, as we know it now', () => {
  it('applies a later correction of an earlier fact', () => {
    const by2007 = classesOf(log, asOfDomainDate('2007-12-31'), 2007);
    expect(by2007.value).toBe(24);
    expect(by2007.contributions.map((c) => [c.eventId, c.role, c.value])).toEqual([
      ['evt-8', 'superseded', 20],
      ['evt-10', 'counted', 24],
    ]);
  });

  it('leaves out facts that happened after the date and keeps registry facts, which have no date', () => {
    const kept = envelopesAsOf(log, asOfDomainDate('2007-12-31')).map((e) => e.eventId);
    expect(kept).toEqual(['evt-1', 'evt-2', 'evt-3', 'evt-4', 'evt-5', 'evt-6', 'evt-7', 'evt-8', 'evt-10']);
    expect(classesOf(log, asOfDomainDate('2007-12-31'), 2008).status).toBe('no-data');
    expect(classesOf(log, asOfDomainDate('2008-12-31'), 2008).value).toBe(30);
  });

  it('combined with a recorded time: what had happened by D, as we knew it at T', () => {
    expect(classesOf(log, [asOfRecordedAt('2010-12-31T00:00:00Z'), asOfDomainDate('2007-12-31')], 2007).value).toBe(20);
    expect(classesOf(log, [asOfRecordedAt('2008-06-30T00:00:00Z'), asOfDomainDate('2008-12-31')], 2008).status).toBe('no-data');
  });

  it('of several points of one kind, the earliest holds', () => {
    expect(classesOf(log, [asOfDomainDate('2009-12-31'), asOfDomainDate('2007-12-31')], 2008).status).toBe('no-data');
    expect(classesOf(log, [asOfPosition(10), asOfPosition(9)], 2007).value).toBe(20);
    expect(maxPositionAsOf([asOfPosition(10), asOfDomainDate('2007-12-31'), asOfPosition(9)])).toBe(9);
    expect(maxPositionAsOf(asOfDomainDate('2007-12-31'))).toBeUndefined();
  });

  it('judges a corrected fact by its latest version: a correction can move it out of the period or into it', () => {
    const moved = envelopesOf([...hierarchy, classes('f:x', 2007, 5), corrected('c:1', classes('f:x', 2009, 5)), classes('f:y', 2009, 7), corrected('c:2', classes('f:y', 2007, 7))]);
    const kept = envelopesAsOf(moved, asOfDomainDate('2008-12-31')).map((e) => e.eventId);
    expect(kept.slice(7)).toEqual(['evt-10', 'evt-11']);
    expect(classesOf(moved, asOfDomainDate('2008-12-31'), 2007).value).toBe(7);
  });

  it('prefers the domain date the store sealed, and falls back on the catalog’s when the store has none', () => {
    const sealed = envelopesOf([...hierarchy, classes('f:2007', 2007, 20)]).map((e, i) => (i === 7 ? { ...e, domainDate: '2010-06-01' } : e));
    expect(classesOf(sealed, asOfDomainDate('2009-12-31'), 2007).status).toBe('no-data');
    expect(sealed[7]?.domainDate).toBe('2010-06-01');
  });

  it('dates an attendance by its class, corrected or not', () => {
    const classHeld = (year: number) =>
      event('ClassHeld', { classId: 'class:1', year, organiserId: 'org:commune-a1', organiserLevel: 'unit', startsOn: `${year}-03-01` });
    const attendance = (n: number) => event('AttendanceRecorded', { classId: 'class:1', category: 'party-members', countUnit: 'person', count: n });
    const history = envelopesOf([...hierarchy, classHeld(2009), attendance(40), corrected('c:1', attendance(45))]);
    expect(envelopesAsOf(history, asOfDomainDate('2008-12-31')).map((e) => e.eventId)).toHaveLength(7);
    const participants = (points: AsOfPoints) =>
      figureFor(runProjection(campaignFactsProjection, envelopesAsOf(history, points)), {
        measure: 'participants',
        period: 2009,
        category: 'party-members',
        countUnit: 'person',
      }).value;
    expect(participants(asOfDomainDate('2009-12-31'))).toBe(45);
    const movedClass = envelopesOf([...hierarchy, classHeld(2009), attendance(40), corrected('c:1', classHeld(2008))]);
    expect(envelopesAsOf(movedClass, asOfDomainDate('2008-12-31')).map((e) => e.eventId).slice(7)).toEqual(['evt-8', 'evt-9', 'evt-10']);
  });
});

describe('envelopesAsOf and a retraction', () => {
  // 2007's classes (20) recorded in January 2008, withdrawn in March 2011.
  const withdrawn = recordedAt(
    envelopesOf([...hierarchy, classes('f:2007', 2007, 20), classes('f:2008', 2008, 30), event('FactRetracted', { retractionId: 'r:1', retractedFactId: 'f:2007', reason: 'không có trong báo cáo gốc' })]),
    times,
  );

  it('withdraws the fact from the current figure, which lists it as retracted', () => {
    const now = classesOf(withdrawn, [], 2007);
    expect(now.status).toBe('no-data');
    expect(now.contributions.map((c) => [c.eventId, c.role, c.value])).toEqual([['evt-8', 'retracted', 20]]);
  });

  it('by position and by recorded time: before the retraction the fact counts, and nothing is listed as retracted', () => {
    expect(classesOf(withdrawn, asOfPosition(9), 2007).contributions.map((c) => [c.eventId, c.role, c.value])).toEqual([['evt-8', 'counted', 20]]);
    expect(classesOf(withdrawn, asOfRecordedAt('2010-12-31T23:59:59Z'), 2007).value).toBe(20);
    expect(classesOf(withdrawn, asOfRecordedAt('2011-03-01T08:00:00Z'), 2007).status).toBe('no-data');
  });

  it('by domain date: a retraction has no date of its own and withdraws the fact as we know it now, as of any day', () => {
    expect(envelopesAsOf(withdrawn, asOfDomainDate('2007-12-31')).map((e) => e.eventId).slice(7)).toEqual(['evt-8', 'evt-10']);
    expect(classesOf(withdrawn, asOfDomainDate('2007-12-31'), 2007).status).toBe('no-data');
    expect(classesOf(withdrawn, [asOfRecordedAt('2010-12-31T00:00:00Z'), asOfDomainDate('2007-12-31')], 2007).value).toBe(20);
  });
});
