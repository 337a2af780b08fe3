import { describe, expect, it } from 'vitest';
import { envelopesOf, event, factsFrom, figureKey, organisation } from '../../test/envelopes';
import { campaignFactsProjection, factsOf, reportedFigures, type CampaignFacts } from './campaignFacts';
import { figureOf } from './figureOf';
import { runProjection } from './projection';

const history = [
  organisation('org:district', 'district-committee'),
  organisation('org:commune', 'grassroots-party-committee', { parentId: 'org:district', bloc: 'rural' }),
  event('ClassHeld', {
    classId: 'class:1',
    year: 2009,
    organiserId: 'org:commune',
    organiserLevel: 'unit',
    startsOn: '2009-03-01',
    quote: 'một lớp',
  }),
  event('AttendanceRecorded', { classId: 'class:1', category: 'party-members', countUnit: 'person', count: 40 }),
  event('ClassesReported', { factId: 'f:classes', organisationId: 'org:district', period: 2010, count: 36 }),
  event('FigureReported', { figureId: 'fig:1', figure: { measure: 'classes', period: 2010 }, value: 36 }),
  event('FigureReported', { figureId: 'fig:2', figure: { measure: 'classes', period: 2009 }, value: 1 }),
];

// Maps and persistent lists as plain data, so two states can be compared deeply.
const snapshot = (facts: CampaignFacts) => ({
  organisations: [...facts.organisations.entries()],
  classes: [...facts.classes.entries()],
  residentialAreas: [...facts.residentialAreas.entries()],
  log: Object.fromEntries(Object.keys(facts.log).map((k) => [k, factsOf(facts, k as keyof CampaignFacts['log'])])),
  lastGlobalPosition: facts.lastGlobalPosition,
});

describe('campaignFactsProjection', () => {
  it('keeps registries and every fact with its envelope reference', () => {
    const facts = factsFrom(...history);
    expect(facts.organisations.get('org:commune')?.data.bloc).toBe('rural');
    expect(facts.classes.get('class:1')?.data.year).toBe(2009);
    expect(factsOf(facts, 'ClassHeld')[0]?.ref).toEqual({
      eventId: 'evt-3',
      globalPosition: 3,
      recordedAt: '2024-01-01T00:00:03.000Z',
      domainDate: null,
      eventType: 'ClassHeld',
      factId: 'class:1',
      quote: 'một lớp',
    });
    expect(factsOf(facts, 'AttendanceRecorded')[0]?.ref.factId).toBe('class:1/party-members/person');
    expect(facts.lastGlobalPosition).toBe(7);
  });

  it('keeps the reported figures in order with their references', () => {
    const reported = reportedFigures(factsFrom(...history));
    expect(reported.map((f) => [f.data.figureId, f.ref.globalPosition])).toEqual([
      ['fig:1', 6],
      ['fig:2', 7],
    ]);
  });

  it('gives equal figures when the same envelopes are folded twice', () => {
    const envelopes = envelopesOf(history);
    const once = runProjection(campaignFactsProjection, envelopes);
    const twice = runProjection(campaignFactsProjection, envelopes);
    expect(snapshot(twice)).toEqual(snapshot(once));
    for (const key of [
      figureKey({ measure: 'classes', period: 2009 }),
      figureKey({ measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person' }),
    ]) {
      expect(figureOf(once, key).status).toBe('computed');
      expect(figureOf(twice, key)).toEqual(figureOf(once, key));
    }
  });

  it('never mutates the state it evolves, and shares what did not change', () => {
    const envelopes = envelopesOf(history);
    let state = campaignFactsProjection.init();
    for (const envelope of envelopes) {
      const before = snapshot(state);
      const next = campaignFactsProjection.evolve(state, envelope);
      expect(snapshot(state)).toEqual(before);
      expect(next).not.toBe(state);
      if (envelope.event.type === 'OrganisationRegistered') expect(next.organisations).not.toBe(state.organisations);
      else expect(next.organisations).toBe(state.organisations);
      expect(next.log.ClassHeld === state.log.ClassHeld).toBe(envelope.event.type !== 'ClassHeld');
      state = next;
    }
    expect(factsOf(state, 'FigureReported')).toHaveLength(2);
  });

  it('keeps an intermediate state valid for as-of replay', () => {
    const envelopes = envelopesOf(history);
    const asOfFour = runProjection(campaignFactsProjection, envelopes.slice(0, 4));
    const all = runProjection(campaignFactsProjection, envelopes);
    expect(figureOf(asOfFour, figureKey({ measure: 'classes', period: 2010 })).status).toBe('no-data');
    expect(figureOf(all, figureKey({ measure: 'classes', period: 2010 })).value).toBe(36);
    expect(factsOf(asOfFour, 'ClassesReported')).toHaveLength(0);
  });
});
