import { describe, expect, it } from 'vitest';
import { given } from '@campaign-ledger/testing';
import { history, ids, provenance, recorded, validCommands as v } from '../../test/campaignFixtures';
import type { CorrectFact } from '../events/factCorrected';
import { describeDomainError, isDomainError, type DomainError } from '../errors/domainError';
import type { CampaignEvent } from '../events/campaignEvent';
import type { CorrectableEvent } from '../events/factCorrected';
import { count } from '../model/count';
import { id } from '../model/identifiers';
import { isoDate } from '../model/isoDate';
import type { NonEmptyText } from '../model/nonEmptyText';
import { text } from '../model/nonEmptyText';
import { year } from '../model/year';
import { campaignDecider } from './campaignDecider';

const when = (command: CorrectFact, before: ReadonlyArray<CampaignEvent> = history) => given(campaignDecider, before).when(command);

const correction = (correctionId: string, correctedFactId: string, replacement: CorrectableEvent): CorrectFact => ({
  type: 'CorrectFact',
  data: { correctionId: id(correctionId), correctedFactId: id(correctedFactId), replacement, reason: text('đọc lại báo cáo'), provenance },
});
// The history's rural classes of 2007 (20 reported), restated with another count.
const ruralClasses = (n: number, patch: Partial<Extract<CorrectableEvent, { type: 'ClassesReported' }>['data']> = {}): CorrectableEvent => ({
  type: 'ClassesReported',
  data: { factId: ids.classesFact, organisationId: ids.district, period: year(2007), count: count(n), bloc: 'rural', provenance, ...patch },
});
const attendanceId = `${ids.class}/party-members/person`;

describe('CorrectFact: accepted', () => {
  it('given the rural classes of 2007, when they are corrected to 21, then FactCorrected carries the replacement', () => {
    expect(v.CorrectFact.data.correctedFactId).toBe(ids.classesFact);
    when(v.CorrectFact).then([recorded(v.CorrectFact)]);
  });

  it('given a first correction, when the fact is corrected again under a new id, then it is accepted: the latest wins', () => {
    const again = correction('correction:2007/classes/rural/2', ids.classesFact, ruralClasses(22));
    when(again, [...history, recorded(v.CorrectFact)]).then([recorded(again)]);
  });

  it('given an attendance, when it is corrected under its key classId/category/countUnit, then it is accepted', () => {
    const command = correction('correction:attendance', attendanceId, {
      type: 'AttendanceRecorded',
      data: { classId: ids.class, category: 'party-members', countUnit: 'person', count: count(125), provenance },
    });
    when(command).then([recorded(command)]);
  });

  it('given a stated figure, when the report is re-read, then its correction is accepted', () => {
    const figure = (history.find((e) => e.type === 'FigureReported') as Extract<CampaignEvent, { type: 'FigureReported' }>).data;
    const command = correction('correction:figure', ids.figure, { type: 'FigureReported', data: { ...figure, numerator: count(1796) } });
    when(command).then([recorded(command)]);
  });

  it('normalises the reason and the replacement as the command that records it would, keeping the quote', () => {
    const quote = text('Huyện uỷ  mở\u00a021 lớp');
    const printed = correction('correction:printed', ids.classesFact, ruralClasses(21, { provenance: { ...provenance, source: { ...provenance.source, quote, document: 'Báo cáo  Huyện uỷ' as NonEmptyText } } }));
    const command = { ...printed, data: { ...printed.data, reason: 'báo cáo  Huyện uỷ' as NonEmptyText } };
    when(command).thenSatisfies(([event]) => {
      if (event?.type !== 'FactCorrected') return expect.unreachable('a FactCorrected');
      expect(event.data.reason).toBe('báo cáo Huyện ủy');
      expect(event.data.replacement.data.provenance.source).toStrictEqual({ document: 'Báo cáo Huyện ủy', locator: provenance.source.locator, quote });
    });
  });
});

describe('CorrectFact: refused', () => {
  it('given a correction id already used, when it is used again, then DuplicateId correction', () => {
    const error = when(v.CorrectFact, [...history, recorded(v.CorrectFact)]).thenFails('DuplicateId');
    expect(error).toStrictEqual({ _tag: 'DuplicateId', entity: 'correction', id: 'correction:2007/classes/rural' });
  });

  it('given no fact under the id, when it is corrected, then UnknownReference fact on correctedFactId', () => {
    const error = when(correction('correction:x', 'fact:2007/classes/none', ruralClasses(21, { factId: id('fact:2007/classes/none') }))).thenFails(
      'UnknownReference',
    );
    expect(error).toStrictEqual({ _tag: 'UnknownReference', entity: 'fact', id: 'fact:2007/classes/none', field: 'correctedFactId' });
  });

  it('given a registry fact (an organisation), when it is named as the corrected fact, then UnknownReference: registries are not corrected this way', () => {
    const error = when(correction('correction:x', ids.commune, ruralClasses(21, { factId: ids.commune }))).thenFails('UnknownReference');
    expect(error.id).toBe(ids.commune);
  });

  it('given classes reported, when the replacement is of another type, then CorrectionMismatch naming both types', () => {
    const replacement: CorrectableEvent = {
      type: 'EligiblePopulationDeclared',
      data: { factId: ids.classesFact, organisationId: ids.district, period: year(2007), category: 'party-members', count: count(21), provenance },
    };
    const error = when(correction('correction:x', ids.classesFact, replacement)).thenFails('CorrectionMismatch');
    expect(error).toStrictEqual({
      _tag: 'CorrectionMismatch',
      correctedFactId: ids.classesFact,
      expectedType: 'ClassesReported',
      actualType: 'EligiblePopulationDeclared',
      actualFactId: ids.classesFact,
    });
  });

  it('given classes reported, when the replacement carries another id, then CorrectionMismatch naming that id', () => {
    const error = when(correction('correction:x', ids.classesFact, ruralClasses(21, { factId: id('fact:2007/classes/other') }))).thenFails(
      'CorrectionMismatch',
    );
    expect(error).toStrictEqual({
      _tag: 'CorrectionMismatch',
      correctedFactId: ids.classesFact,
      expectedType: 'ClassesReported',
      actualType: 'ClassesReported',
      actualFactId: 'fact:2007/classes/other',
    });
  });

  it('given an attendance, when the replacement names another category, then CorrectionMismatch on its key', () => {
    const command = correction('correction:x', attendanceId, {
      type: 'AttendanceRecorded',
      data: { classId: ids.class, category: 'cadres-civil-servants', countUnit: 'person', count: count(125), provenance },
    });
    expect(when(command).thenFails('CorrectionMismatch').actualFactId).toBe(`${ids.class}/cadres-civil-servants/person`);
  });

  it.each([
    [
      'an unregistered organisation',
      ruralClasses(21, { organisationId: id('org:muong-te/not-registered') }),
      { _tag: 'UnknownOrganisation', organisationId: 'org:muong-te/not-registered', field: 'replacement.data.organisationId' },
    ],
    [
      'a period that ends before it starts',
      ruralClasses(21, { period: { from: year(2010), to: year(2007) } }),
      { _tag: 'InvalidPeriod', field: 'replacement.data.period', from: 2010, to: 2007 },
    ],
    [
      'a start date outside its period',
      ruralClasses(21, { startsOn: isoDate('2008-03-01') }),
      { _tag: 'DateOutsidePeriod', field: 'replacement.data.startsOn', date: '2008-03-01', period: '2007' },
    ],
    [
      'an unknown topic',
      ruralClasses(21, { topicId: id('topic:none') }),
      { _tag: 'UnknownReference', entity: 'topic', id: 'topic:none', field: 'replacement.data.topicId' },
    ],
  ] as ReadonlyArray<readonly [string, CorrectableEvent, DomainError]>)(
    'given classes reported, when the replacement names %s, then the rule of a new fact refuses it',
    (_why, replacement, expected) => {
      const result = when(correction('correction:x', ids.classesFact, replacement)).result;
      expect(result).toStrictEqual({ _tag: 'Left', left: expected });
    },
  );

  it('given a class, when its correction moves it to a day outside its year, then DateOutsidePeriod on the replacement', () => {
    const classHeld = (history.find((e) => e.type === 'ClassHeld') as Extract<CampaignEvent, { type: 'ClassHeld' }>).data;
    const command = correction('correction:x', ids.class, { type: 'ClassHeld', data: { ...classHeld, startsOn: isoDate('2008-01-02') } });
    expect(when(command).thenFails('DateOutsidePeriod').field).toBe('replacement.data.startsOn');
  });

  it('given an attendance correction of a class never held, then UnknownReference before the replacement rules', () => {
    const command = correction('correction:x', 'class:none/party-members/person', {
      type: 'AttendanceRecorded',
      data: { classId: id('class:none'), category: 'party-members', countUnit: 'person', count: count(1), provenance },
    });
    expect(when(command).thenFails('UnknownReference').field).toBe('correctedFactId');
  });
});

describe('CorrectionMismatch', () => {
  it('is a domain error with one line that names what does not match', () => {
    const byType: DomainError = {
      _tag: 'CorrectionMismatch',
      correctedFactId: 'fact:1',
      expectedType: 'ClassesReported',
      actualType: 'AwardGranted',
      actualFactId: 'fact:1',
    };
    const byId: DomainError = { ...byType, actualType: 'ClassesReported', actualFactId: 'fact:2' };
    expect(isDomainError(byType)).toBe(true);
    expect(describeDomainError(byType)).toBe('replacement: fact:1 is a ClassesReported, so its correction cannot be a AwardGranted');
    expect(describeDomainError(byId)).toBe('replacement: it carries the id fact:2, not fact:1, the fact it corrects');
  });
});

describe('campaignDecider state after a correction', () => {
  it('remembers each correctable fact with its type, and each correction id', () => {
    const state = [...history, recorded(v.CorrectFact)].reduce(campaignDecider.evolve, campaignDecider.initialState());
    expect([...(state.correctableFacts.get(ids.classesFact) ?? [])]).toEqual(['ClassesReported']);
    expect([...(state.correctableFacts.get(attendanceId) ?? [])]).toEqual(['AttendanceRecorded']);
    expect(state.correctableFacts.has(ids.commune)).toBe(false);
    expect([...state.corrections]).toEqual(['correction:2007/classes/rural']);
  });

  it('keeps ids of different namespaces apart: a class and a summary fact may share one', () => {
    const sharing: CampaignEvent = { type: 'ClassesReported', data: { ...v.ReportClasses.data, factId: ids.class } };
    const state = [...history, sharing].reduce(campaignDecider.evolve, campaignDecider.initialState());
    expect([...(state.correctableFacts.get(ids.class) ?? [])]).toEqual(['ClassHeld', 'ClassesReported']);
    const replacement = ruralClasses(21, { factId: ids.class });
    when(correction('correction:shared', ids.class, replacement), [...history, sharing]).thenSatisfies(([event]) => {
      expect(event?.type).toBe('FactCorrected');
    });
    const wrong: CorrectableEvent = { type: 'AwardGranted', data: { ...v.GrantAward.data, awardId: ids.class } };
    expect(when(correction('correction:shared', ids.class, wrong), [...history, sharing]).thenFails('CorrectionMismatch').expectedType).toBe(
      'ClassHeld or ClassesReported',
    );
  });
});
