import { describe, expect, it } from 'vitest';
import { given } from '@campaign-ledger/testing';
import { history, ids, provenance, recorded, validCommands as v, withData } from '../../test/campaignFixtures';
import type { CampaignCommand } from '../commands/campaignCommand';
import { describeDomainError, isDomainError, type DomainError } from '../errors/domainError';
import type { CampaignEvent } from '../events/campaignEvent';
import type { CorrectableEvent, CorrectFact } from '../events/factCorrected';
import type { RetractFact } from '../events/factRetracted';
import { count } from '../model/count';
import { id } from '../model/identifiers';
import type { NonEmptyText } from '../model/nonEmptyText';
import { text } from '../model/nonEmptyText';
import { year } from '../model/year';
import { campaignDecider } from './campaignDecider';

const when = (command: CampaignCommand, before: ReadonlyArray<CampaignEvent> = history) => given(campaignDecider, before).when(command);

const retraction = (retractionId: string, retractedFactId: string): RetractFact => ({
  type: 'RetractFact',
  data: { retractionId: id(retractionId), retractedFactId: id(retractedFactId), reason: text('không có trong báo cáo gốc'), provenance },
});
const correction = (correctionId: string, correctedFactId: string, replacement: CorrectableEvent): CorrectFact => ({
  type: 'CorrectFact',
  data: { correctionId: id(correctionId), correctedFactId: id(correctedFactId), replacement, reason: text('đọc lại báo cáo'), provenance },
});
// The history's rural classes of 2007 (20 reported), restated with another count.
const ruralClasses = (n: number): CorrectableEvent => ({
  type: 'ClassesReported',
  data: { factId: ids.classesFact, organisationId: ids.district, period: year(2007), count: count(n), bloc: 'rural', provenance },
});
const attendanceId = `${ids.class}/party-members/person`;
const retractedFigure = [...history, recorded(v.RetractFact)];

describe('RetractFact: accepted', () => {
  it('given a stated figure, when the analyst removes the statement, then FactRetracted carries the id, the reason and the source', () => {
    expect(v.RetractFact.data.retractedFactId).toBe(ids.figure);
    when(v.RetractFact).then([recorded(v.RetractFact)]);
  });

  it('given a corrected fact, when it is retracted, then it is accepted: the retraction withdraws its latest version', () => {
    const command = retraction('retraction:classes', ids.classesFact);
    when(command, [...history, recorded(v.CorrectFact)]).then([recorded(command)]);
  });

  it('given a class whose attendance was retracted first, when the class is retracted, then it is accepted', () => {
    const first = retraction('retraction:attendance', attendanceId);
    const then = retraction('retraction:class', ids.class);
    when(first).then([recorded(first)]);
    when(then, [...history, recorded(first)]).then([recorded(then)]);
  });

  it('normalises the reason as a name, and the source as every command does', () => {
    const command = withData(v.RetractFact, { reason: 'báo cáo  Huyện uỷ' as NonEmptyText });
    when(command).thenSatisfies(([event]) => {
      if (event?.type !== 'FactRetracted') return expect.unreachable('a FactRetracted');
      expect(event.data.reason).toBe('báo cáo Huyện ủy');
      expect(event.data.retractedFactId).toBe(ids.figure);
    });
  });
});

describe('RetractFact: refused', () => {
  it('given a retraction id already used, when it is used again, then DuplicateId retraction', () => {
    const again = withData(v.RetractFact, { retractedFactId: ids.classesFact });
    expect(when(again, retractedFigure).thenFails('DuplicateId')).toStrictEqual({
      _tag: 'DuplicateId',
      entity: 'retraction',
      id: 'retraction:2007/participants/party-members',
    });
  });

  it('given no fact under the id, when it is retracted, then UnknownReference fact on retractedFactId', () => {
    const error = when(retraction('retraction:x', 'fact:2007/classes/none')).thenFails('UnknownReference');
    expect(error).toStrictEqual({ _tag: 'UnknownReference', entity: 'fact', id: 'fact:2007/classes/none', field: 'retractedFactId' });
  });

  it('given a registry fact (an organisation), when it is named, then UnknownReference: registries are not retracted', () => {
    expect(when(retraction('retraction:x', ids.commune)).thenFails('UnknownReference').id).toBe(ids.commune);
  });

  it('given a retracted fact, when it is retracted again under a new id, then FactAlreadyRetracted naming the first retraction', () => {
    const error = when(retraction('retraction:again', ids.figure), retractedFigure).thenFails('FactAlreadyRetracted');
    expect(error).toStrictEqual({
      _tag: 'FactAlreadyRetracted',
      field: 'retractedFactId',
      factId: ids.figure,
      retractionId: v.RetractFact.data.retractionId,
    });
  });

  it('given a retracted fact, when it is corrected afterwards, then FactAlreadyRetracted on correctedFactId: a retraction is final', () => {
    const retracted = [...history, recorded(retraction('retraction:classes', ids.classesFact))];
    const error = when(correction('correction:late', ids.classesFact, ruralClasses(21)), retracted).thenFails('FactAlreadyRetracted');
    expect(error).toStrictEqual({ _tag: 'FactAlreadyRetracted', field: 'correctedFactId', factId: ids.classesFact, retractionId: 'retraction:classes' });
  });

  it('given a summary fact retracted, when a new one takes its id, then DuplicateId fact: ids stay unique in the log', () => {
    const retracted = [...history, recorded(retraction('retraction:classes', ids.classesFact))];
    const error = when(withData(v.ReportClasses, { factId: ids.classesFact }), retracted).thenFails('DuplicateId');
    expect(error).toStrictEqual({ _tag: 'DuplicateId', entity: 'fact', id: ids.classesFact });
  });

  it('given a stated figure retracted, when a new statement takes its id, then DuplicateId figure', () => {
    const error = when(withData(v.ReportFigure, { figureId: ids.figure }), retractedFigure).thenFails('DuplicateId');
    expect(error).toStrictEqual({ _tag: 'DuplicateId', entity: 'figure', id: ids.figure });
  });

  it('given a class with attendance standing, when the class is retracted, then RetractionOfReferencedFact naming the attendance', () => {
    const error = when(retraction('retraction:class', ids.class)).thenFails('RetractionOfReferencedFact');
    expect(error).toStrictEqual({
      _tag: 'RetractionOfReferencedFact',
      retractedFactId: ids.class,
      referencedBy: attendanceId,
      referencingType: 'AttendanceRecorded',
    });
  });

  it('given a retracted class, when attendance of it is recorded, then FactAlreadyRetracted on classId; the same attendance again is AttendanceAlreadyRecorded', () => {
    const withdrawn = [...history, recorded(retraction('retraction:attendance', attendanceId)), recorded(retraction('retraction:class', ids.class))];
    const other = withData(v.RecordAttendance, { category: 'cadres-civil-servants' });
    expect(when(other, withdrawn).thenFails('FactAlreadyRetracted')).toStrictEqual({
      _tag: 'FactAlreadyRetracted',
      field: 'classId',
      factId: ids.class,
      retractionId: 'retraction:class',
    });
    const same = withData(v.RecordAttendance, { category: 'party-members', countUnit: 'person' });
    expect(when(same, withdrawn).thenFails('AttendanceAlreadyRecorded').classId).toBe(ids.class);
    expect(when(withData(v.HoldClass, { classId: ids.class }), withdrawn).thenFails('DuplicateId')).toStrictEqual({ _tag: 'DuplicateId', entity: 'class', id: ids.class });
  });

  it('given a class and a summary fact that share an id, when the id is retracted, then AmbiguousRetraction naming both types', () => {
    const sharing: CampaignEvent = { type: 'ClassesReported', data: { ...v.ReportClasses.data, factId: ids.class } };
    const withoutAttendance = [...history, sharing, recorded(retraction('retraction:attendance', attendanceId))];
    const error = when(retraction('retraction:shared', ids.class), withoutAttendance).thenFails('AmbiguousRetraction');
    expect(error).toStrictEqual({ _tag: 'AmbiguousRetraction', retractedFactId: ids.class, types: ['ClassHeld', 'ClassesReported'] });
  });
});

describe('the retraction errors', () => {
  const errors: ReadonlyArray<readonly [DomainError, string]> = [
    [
      { _tag: 'FactAlreadyRetracted', field: 'retractedFactId', factId: 'figure:1', retractionId: 'retraction:1' },
      'retractedFactId: figure:1 was retracted by retraction:1; a fact is retracted once',
    ],
    [
      { _tag: 'FactAlreadyRetracted', field: 'correctedFactId', factId: 'fact:1', retractionId: 'retraction:1' },
      'correctedFactId: fact:1 was retracted by retraction:1; a retracted fact is not corrected',
    ],
    [
      { _tag: 'FactAlreadyRetracted', field: 'classId', factId: 'class:1', retractionId: 'retraction:1' },
      'classId: class:1 was retracted by retraction:1; nothing is recorded against a retracted fact',
    ],
    [
      { _tag: 'AmbiguousRetraction', retractedFactId: 'x:1', types: ['ClassHeld', 'ClassesReported'] },
      'retractedFactId: x:1 names facts of several types (ClassHeld, ClassesReported); a retraction withdraws one fact and cannot tell them apart',
    ],
    [
      { _tag: 'RetractionOfReferencedFact', retractedFactId: 'class:1', referencedBy: 'class:1/party-members/person', referencingType: 'AttendanceRecorded' },
      'retractedFactId: class:1/party-members/person (AttendanceRecorded) stands on class:1; retract it first',
    ],
  ];
  it.each(errors)('%o is a domain error with one line naming what is wrong', (error, line) => {
    expect(isDomainError(error)).toBe(true);
    expect(describeDomainError(error)).toBe(line);
  });
});

describe('campaignDecider state after a retraction', () => {
  it('remembers each retraction id and each withdrawn fact with the retraction that withdrew it; the fact id stays known', () => {
    const state = retractedFigure.reduce(campaignDecider.evolve, campaignDecider.initialState());
    expect([...state.retractions]).toEqual([v.RetractFact.data.retractionId]);
    expect([...state.retractedFacts]).toEqual([[`FigureReported:${ids.figure}`, v.RetractFact.data.retractionId]]);
    expect(state.figures.has(ids.figure)).toBe(true);
    expect([...(state.correctableFacts.get(ids.figure) ?? [])]).toEqual(['FigureReported']);
  });
});
