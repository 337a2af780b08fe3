import { describe, expect, it } from 'vitest';
import { event, figureFor, hierarchy, factsFrom, rolesOf, withHierarchy } from '../../test/envelopes';
import type { CampaignEvent } from '../events/campaignEvent';
import type { CorrectableEvent } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import { factsOf, reportedFigures } from './campaignFacts';
import { withRetractionsUndone } from './factRetractions';

// Positions: the hierarchy takes 1–7, so the first event given here is evt-8.
const retracted = (retractionId: string, retractedFactId: string, reason = 'không có trong báo cáo gốc'): CampaignEvent =>
  event('FactRetracted', { retractionId, retractedFactId, reason, quote: 'biên bản rà soát' });

const corrected = (correctionId: string, replacement: CampaignEvent): CampaignEvent =>
  event('FactCorrected', { correctionId, correctedFactId: factIdOf(replacement), replacement: replacement as CorrectableEvent, reason: 'đọc lại báo cáo' });

const classes = (factId: string, count: number, quote: string, extra: { organisationId?: string; period?: number } = {}) =>
  event('ClassesReported', { factId, organisationId: 'org:district-a', period: 2009, count, quote, ...extra });

const classIn = (classId: string, organiserId: string, year: number) =>
  event('ClassHeld', { classId, year, organiserId, organiserLevel: 'unit', startsOn: `${year}-03-01` });

const attendance = (classId: string, count: number) => event('AttendanceRecorded', { classId, category: 'party-members', countUnit: 'person', count });

const key2009 = { measure: 'classes', period: 2009, organisationId: 'org:district-a' } as const;
const note = { retractionId: 'r:1', reason: 'không có trong báo cáo gốc' };

describe('a retracted fact in the campaign facts', () => {
  const facts = withHierarchy(classes('f:classes', 20, 'mở 20 lớp'), retracted('r:1', 'f:classes'));

  it('is left out of factsOf, kept in the log and among the retractions with its note', () => {
    expect(factsOf(facts, 'ClassesReported')).toEqual([]);
    expect(facts.log.ClassesReported?.head.data.count).toBe(20);
    expect(factsOf(facts, 'FactRetracted').map((f) => f.ref.factId)).toEqual(['r:1']);
    expect([...facts.retractions.keys()]).toEqual(['ClassesReported:f:classes']);
    expect(facts.retractions.get('ClassesReported:f:classes')?.ref).toMatchObject({ eventId: 'evt-8', factId: 'f:classes', retraction: note });
  });

  it('no longer counts: the figure has no data, and its lineage lists the fact as retracted with what it would add and why', () => {
    const figure = figureFor(facts, key2009);
    expect(figure.status).toBe('no-data');
    expect(figure.value).toBeNull();
    expect(figure.contributions).toStrictEqual([
      {
        eventId: 'evt-8',
        globalPosition: 8,
        eventType: 'ClassesReported',
        factId: 'f:classes',
        value: 20,
        role: 'retracted',
        quote: 'mở 20 lớp',
        retraction: note,
      },
    ]);
  });

  it('is counted again in the facts as if no retraction had been recorded', () => {
    const asIfStanding = withRetractionsUndone(facts);
    expect(asIfStanding.retractions.size).toBe(0);
    expect(factsOf(asIfStanding, 'ClassesReported').map((f) => f.data.count)).toEqual([20]);
    expect(withRetractionsUndone(facts)).toBe(asIfStanding);
  });
});

describe('retractions and the rules of the two grains', () => {
  it('a retracted summary shadows nothing: the classes it covered count again, and it is listed as retracted', () => {
    const facts = withHierarchy(classIn('class:1', 'org:commune-a1', 2009), classes('f:classes', 20, 'mở 20 lớp'), retracted('r:1', 'f:classes'));
    const figure = figureFor(facts, key2009);
    expect(figure.value).toBe(1);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'counted', 1],
      ['evt-9', 'retracted', 20],
    ]);
  });

  it('a retracted restatement gives the count back to the statement it restated', () => {
    const facts = withHierarchy(classes('f:first', 20, 'năm 2009 mở 20 lớp'), classes('f:restated', 22, 'năm 2009 mở 22 lớp'), retracted('r:1', 'f:restated'));
    expect(rolesOf(figureFor(facts, key2009))).toEqual([
      ['evt-8', 'counted', 20],
      ['evt-9', 'retracted', 22],
    ]);
  });

  it('a corrected fact retracted lists its earlier versions as superseded and its last version as retracted', () => {
    const facts = withHierarchy(classes('f:classes', 20, 'mở 20 lớp'), corrected('c:1', classes('f:classes', 24, 'mở 24 lớp')), retracted('r:1', 'f:classes'));
    const figure = figureFor(facts, key2009);
    expect(figure.status).toBe('no-data');
    expect(figure.contributions.map((c) => [c.eventId, c.role, c.value, c.correction?.correctionId ?? null, c.retraction?.retractionId ?? null])).toEqual([
      ['evt-8', 'superseded', 20, null, null],
      ['evt-9', 'retracted', 24, 'c:1', 'r:1'],
    ]);
  });

  it('a retracted class leaves the classes registry and the classes figure, and is listed there as retracted', () => {
    const facts = withHierarchy(classIn('class:1', 'org:commune-a1', 2009), attendance('class:1', 40), retracted('r:a', 'class:1/party-members/person'), retracted('r:1', 'class:1'));
    expect(facts.classes.has('class:1')).toBe(false);
    expect(withRetractionsUndone(facts).classes.has('class:1')).toBe(true);
    const held = figureFor(facts, key2009);
    expect(held.status).toBe('no-data');
    expect(rolesOf(held)).toEqual([['evt-8', 'retracted', 1]]);
    const participants = figureFor(facts, { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person', organisationId: 'org:district-a' });
    expect(participants.status).toBe('no-data');
    expect(participants.contributions.map((c) => [c.eventId, c.role, c.value, c.retraction?.retractionId])).toEqual([['evt-9', 'retracted', 40, 'r:a']]);
  });

  it('a rate lists a retracted part of its numerator once, in the numerator and in the rate', () => {
    const reported = (factId: string, count: number) =>
      event('ParticipationReported', { factId, organisationId: 'org:commune-a1', period: 2009, category: 'party-members', countUnit: 'person', count });
    const facts = withHierarchy(
      reported('f:p1', 90),
      event('ParticipationReported', { factId: 'f:p2', organisationId: 'org:commune-b1', period: 2009, category: 'party-members', countUnit: 'person', count: 80 }),
      event('EligiblePopulationDeclared', { factId: 'f:e', organisationId: 'org:district-a', period: 2009, category: 'party-members', count: 200 }),
      retracted('r:1', 'f:p2'),
    );
    const figure = figureFor(facts, { measure: 'participation-rate', period: 2009, category: 'party-members' });
    expect(figure.value).toBe(90);
    expect(figure.rate?.percent?.scaled).toBe(4500);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'counted', 90],
      ['evt-9', 'retracted', 80],
      ['evt-10', 'counted', 200],
    ]);
    expect(rolesOf(figure.rate?.numerator ?? figure)).toEqual([
      ['evt-8', 'counted', 90],
      ['evt-9', 'retracted', 80],
    ]);
  });
});

describe('retractions the fold cannot apply, and stated figures', () => {
  it('a retraction of a fact never folded changes nothing', () => {
    const facts = withHierarchy(retracted('r:1', 'f:none'));
    expect(facts.retractions.size).toBe(0);
    expect(figureFor(facts, key2009).contributions).toEqual([]);
  });

  it('a correction after a retraction (a log the decider did not write) changes nothing: the retraction is final', () => {
    const facts = withHierarchy(classes('f:classes', 20, 'mở 20 lớp'), retracted('r:1', 'f:classes'), corrected('c:1', classes('f:classes', 24, 'mở 24 lớp')));
    expect(facts.corrections.size).toBe(0);
    expect(factsOf(facts, 'ClassesReported')).toEqual([]);
    expect(rolesOf(figureFor(facts, key2009))).toEqual([['evt-8', 'retracted', 20]]);
  });

  it('a retracted stated figure is no longer among the reported figures', () => {
    const stated = (figureId: string, value: number) => event('FigureReported', { figureId, figure: { measure: 'classes', period: 2009 }, value });
    const facts = factsFrom(...hierarchy, stated('fig:1', 24), stated('fig:2', 25), retracted('r:1', 'fig:2'));
    expect(reportedFigures(facts).map((f) => f.data.figureId)).toEqual(['fig:1']);
  });
});
