import { describe, expect, it } from 'vitest';
import { event, figureFor, figureKey, withHierarchy } from '../../test/envelopes';
import { explain } from './explain';
import { formatExplanation } from './explanationText';

const QUOTE = 'Trong năm 2007 đã mở 24 lớp (khối cơ quan 3 lớp, khối nông thôn 20 lớp, khối LLVT 1 lớp).';

const classesReported = (factId: string, count: number, bloc: 'agencies' | 'rural' | 'armed-forces') =>
  event('ClassesReported', { factId, organisationId: 'org:district-a', period: 2007, count, bloc, quote: QUOTE });

const byBloc = [classesReported('f:agencies', 3, 'agencies'), classesReported('f:rural', 20, 'rural'), classesReported('f:armed', 1, 'armed-forces')];

describe('explain', () => {
  it('lists exactly the events that made a total, with position, type, fact, quote and value', () => {
    const facts = withHierarchy(...byBloc);
    const explanation = explain(facts, figureKey({ measure: 'classes', period: 2007, organisationId: 'org:district-a' }));
    expect(explanation.value).toBe(24);
    expect(explanation.entries).toEqual([
      { eventId: 'evt-8', globalPosition: 8, eventType: 'ClassesReported', factId: 'f:agencies', value: 3, effect: 'added', quote: QUOTE },
      { eventId: 'evt-9', globalPosition: 9, eventType: 'ClassesReported', factId: 'f:rural', value: 20, effect: 'added', quote: QUOTE },
      { eventId: 'evt-10', globalPosition: 10, eventType: 'ClassesReported', factId: 'f:armed', value: 1, effect: 'added', quote: QUOTE },
    ]);
  });

  it('keeps only the events of the cell: a bloc figure lists its own summary', () => {
    const facts = withHierarchy(...byBloc);
    const rural = explain(facts, figureKey({ measure: 'classes', period: 2007, bloc: 'rural' }));
    expect(rural.entries.map((e) => [e.factId, e.value, e.effect])).toEqual([['f:rural', 20, 'added']]);
  });

  it('lists an operational fact under a covering summary as shadowed, adding nothing', () => {
    const facts = withHierarchy(
      event('ClassHeld', { classId: 'class:1', year: 2009, organiserId: 'org:commune-a1', organiserLevel: 'unit', startsOn: '2009-03-01' }),
      event('ClassesReported', { factId: 'f:2009', organisationId: 'org:district-a', period: 2009, count: 28 }),
    );
    const explanation = explain(facts, figureKey({ measure: 'classes', period: 2009 }));
    expect(explanation.value).toBe(28);
    expect(explanation.entries.map((e) => [e.eventType, e.factId, e.value, e.effect])).toEqual([
      ['ClassHeld', 'class:1', 1, 'shadowed'],
      ['ClassesReported', 'f:2009', 28, 'added'],
    ]);
  });

  it('lists both the numerator and the denominator events of a rate', () => {
    const facts = withHierarchy(
      event('EligiblePopulationDeclared', { factId: 'f:eligible', organisationId: 'org:district-a', period: 2009, category: 'party-members', count: 2321 }),
      event('ParticipationReported', { factId: 'f:pm', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'person', count: 2181 }),
    );
    const explanation = explain(facts, figureKey({ measure: 'participation-rate', period: 2009, category: 'party-members' }));
    expect(explanation.percent).toEqual({ numerator: 2181, denominator: 2321, scaled: 9397, decimals: 2 });
    expect(explanation.fraction).toEqual({ numerator: 2181, denominator: 2321 });
    expect(explanation.entries.map((e) => [e.side, e.factId, e.value, e.effect, e.countUnit])).toEqual([
      ['numerator', 'f:pm', 2181, 'added', 'person'],
      ['denominator', 'f:eligible', 2321, 'added', 'person'],
    ]);
  });

  it('lists the original of a corrected fact as superseded, and the correction as added', () => {
    const facts = withHierarchy(
      classesReported('f:rural', 20, 'rural'),
      event('FactCorrected', {
        correctionId: 'correction:1',
        correctedFactId: 'f:rural',
        replacement: {
          type: 'ClassesReported',
          data: { factId: 'f:rural', organisationId: 'org:district-a', period: 2007, count: 21, bloc: 'rural', provenance: { recordedBy: 'test', source: { document: 'errata', quote: '21 lớp' } } },
        },
        reason: 'the unit recounted its classes',
      }),
    );
    const explanation = explain(facts, figureKey({ measure: 'classes', period: 2007 }));
    expect(explanation.value).toBe(21);
    expect(explanation.entries).toEqual([
      { eventId: 'evt-8', globalPosition: 8, eventType: 'ClassesReported', factId: 'f:rural', value: 20, effect: 'superseded', quote: QUOTE, supersededBy: 'evt-9' },
      {
        eventId: 'evt-9',
        globalPosition: 9,
        eventType: 'ClassesReported',
        factId: 'f:rural',
        value: 21,
        effect: 'added',
        quote: '21 lớp',
        correction: { correctionId: 'correction:1', reason: 'the unit recounted its classes' },
      },
    ]);
    expect(formatExplanation(explanation, 'en', { quoteWidth: 10 })).toEqual([
      'Classes — 2007: 21',
      '× 20  ClassesReported f:rural @8 «Trong năm…» (superseded by a correction)',
      '+ 21  ClassesReported f:rural @9 «21 lớp» (corrected by correction:1: the unit recounted its classes)',
    ]);
  });

  it('lists a retracted fact as retracted, adding nothing, with the retraction and its reason, in both languages', () => {
    const facts = withHierarchy(
      ...byBloc,
      event('FactRetracted', { retractionId: 'retraction:1', retractedFactId: 'f:armed', reason: 'the report names no such class', quote: 'rà soát' }),
    );
    const explanation = explain(facts, figureKey({ measure: 'classes', period: 2007 }));
    expect(explanation.value).toBe(23);
    expect(explanation.entries.map((e) => [e.eventId, e.factId, e.value, e.effect])).toEqual([
      ['evt-8', 'f:agencies', 3, 'added'],
      ['evt-9', 'f:rural', 20, 'added'],
      ['evt-10', 'f:armed', 1, 'retracted'],
    ]);
    expect(explanation.entries[2]?.retraction).toStrictEqual({ retractionId: 'retraction:1', reason: 'the report names no such class' });
    expect(formatExplanation(explanation, 'en', { quoteWidth: 10 })[3]).toBe(
      '− 1  ClassesReported f:armed @10 «Trong năm…» (retracted, not added) (retracted by retraction:1: the report names no such class)',
    );
    expect(formatExplanation(explanation, 'vi', { quoteWidth: 10 })[3]).toBe(
      '− 1  ClassesReported f:armed @10 «Trong năm…» (đã rút lại, không cộng) (rút lại retraction:1: the report names no such class)',
    );
  });

  it('explains a figure already computed without computing it again', () => {
    const facts = withHierarchy(...byBloc);
    const figure = figureFor(facts, { measure: 'classes', period: 2007 });
    expect(explain(facts, figure).entries.map((e) => e.eventId)).toEqual(['evt-8', 'evt-9', 'evt-10']);
  });

  it('says why a rate without a denominator is not computable and still lists its numerator', () => {
    const facts = withHierarchy(
      event('ParticipationReported', { factId: 'f:pm', organisationId: 'org:district-a', period: 2008, category: 'party-members', countUnit: 'person', count: 1917 }),
    );
    const explanation = explain(facts, figureKey({ measure: 'participation-rate', period: 2008, category: 'party-members' }));
    expect(explanation.status).toBe('not-computable');
    expect(explanation.reason).toBe('no eligible population of party members declared for 2008');
    expect(explanation.fraction).toEqual({ numerator: 1917, denominator: null });
    expect(explanation.entries.map((e) => [e.side, e.factId])).toEqual([['numerator', 'f:pm']]);
  });
});

describe('formatExplanation', () => {
  it('writes a heading and one line per event, in the report’s number format', () => {
    const facts = withHierarchy(...byBloc);
    const explanation = explain(facts, figureKey({ measure: 'classes', period: 2007, organisationId: 'org:district-a' }));
    expect(formatExplanation(explanation, 'vi', { quoteWidth: 20 })).toEqual([
      'Số lớp — 2007, org:district-a: 24',
      '+ 3  ClassesReported f:agencies @8 «Trong năm 2007 đã m…»',
      '+ 20  ClassesReported f:rural @9 «Trong năm 2007 đã m…»',
      '+ 1  ClassesReported f:armed @10 «Trong năm 2007 đã m…»',
    ]);
  });

  it('writes a rate as its fraction with the events of each side, and names what was shadowed', () => {
    const facts = withHierarchy(
      event('ClassHeld', { classId: 'class:1', year: 2009, organiserId: 'org:commune-a1', organiserLevel: 'unit', startsOn: '2009-03-01' }),
      event('AttendanceRecorded', { classId: 'class:1', category: 'party-members', countUnit: 'person', count: 40 }),
      event('ParticipationReported', { factId: 'f:pm', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'person', count: 2181 }),
      event('EligiblePopulationDeclared', { factId: 'f:eligible', organisationId: 'org:district-a', period: 2009, category: 'party-members', count: 2321 }),
    );
    const explanation = explain(facts, figureKey({ measure: 'participation-rate', period: 2009, category: 'party-members' }));
    expect(formatExplanation(explanation, 'en')).toEqual([
      'Participation rate, party members — 2009: 2,181/2,321 = 93.97%',
      '  numerator: 2,181',
      '    · 40  AttendanceRecorded class:1/party-members/person @9 (shadowed by a summary)',
      '    + 2,181  ParticipationReported f:pm @10',
      '  denominator: 2,321',
      '    + 2,321  EligiblePopulationDeclared f:eligible @11',
    ]);
  });

  it('says plainly when a figure has no data', () => {
    const explanation = explain(withHierarchy(), figureKey({ measure: 'classes', period: 2010 }));
    expect(formatExplanation(explanation, 'vi')).toEqual(['Số lớp — 2010: không có số liệu']);
    expect(formatExplanation(explanation, 'en')).toEqual(['Classes — 2010: no data']);
  });
});
