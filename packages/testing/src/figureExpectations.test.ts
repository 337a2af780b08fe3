import { CampaignEvent, campaignFactsProjection, figureKey, figureOf } from '@campaign-ledger/core';
import { problemsOf } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { expectFigure, givenFacts, projectFacts } from './figureExpectations';
import { givenEvents } from './givenEvents';

const provenance = { recordedBy: 'test', source: { document: 'test report' } };

// Through the codec, so the helpers are exercised on events the catalog accepts.
const campaignEvent = (type: string, data: Record<string, unknown>): CampaignEvent => {
  const decoded = CampaignEvent.decode({ type, data: { ...data, provenance } });
  if (E.isLeft(decoded)) throw new TypeError(problemsOf(decoded.left).map((p) => `${p.path}: ${p.expected}`).join('; '));
  return decoded.right;
};

const history: ReadonlyArray<CampaignEvent> = [
  campaignEvent('OrganisationRegistered', { organisationId: 'org:district', name: 'Huyện ủy', kind: 'district-committee' }),
  campaignEvent('ParticipationReported', {
    factId: 'f:pm',
    organisationId: 'org:district',
    period: 2009,
    category: 'party-members',
    countUnit: 'person',
    count: 2181,
  }),
  campaignEvent('EligiblePopulationDeclared', { factId: 'f:el', organisationId: 'org:district', period: 2009, category: 'party-members', count: 2321 }),
  campaignEvent('ParticipationReported', {
    factId: 'f:pm-2008',
    organisationId: 'org:district',
    period: 2008,
    category: 'party-members',
    countUnit: 'person',
    count: 1917,
  }),
];

describe('expectFigure', () => {
  const facts = projectFacts(history);

  it('asserts a computed value, its unit and contributions, from facts and a plain key', () => {
    const figure = expectFigure(facts, { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person' })
      .toEqual(2181, { countUnit: 'person', qualifiers: [] });
    expect(figure.contributions.map((c) => c.eventId)).toEqual(['evt-2']);
    expectFigure(figure).toHaveContributions([['evt-2', 'counted', 2181]]);
  });

  it('asserts a rate and its percentage', () => {
    const rate = expectFigure(facts, { measure: 'participation-rate', period: 2009, category: 'party-members' }).toEqual(2181);
    expect(rate.rate?.denominator.value).toBe(2321);
    expectFigure(facts, { measure: 'participation-rate', period: 2009, category: 'party-members' }).toHavePercent({
      numerator: 2181,
      denominator: 2321,
      scaled: 9397,
      decimals: 2,
    });
  });

  it('asserts a figure that is not computable, with its reason, or that has no data', () => {
    expectFigure(facts, { measure: 'participation-rate', period: 2008, category: 'party-members' }).toBeNotComputable(/eligible population/);
    expectFigure(facts, { measure: 'classes', period: 2009 }).toHaveNoData();
  });

  it('fails when the figure is not what is expected, naming the figure', () => {
    const key = { measure: 'participants', period: 2009, category: 'party-members', countUnit: 'person' } as const;
    expect(() => expectFigure(facts, key).toEqual(2180)).toThrow(/participants/);
    expect(() => expectFigure(facts, key).toBeNotComputable()).toThrow(/computed/);
    expect(() => expectFigure(facts, key).toHaveNoData()).toThrow();
    expect(() => expectFigure(facts, key).toHaveContributions([['evt-3', 'counted', 2181]])).toThrow();
    expect(() => expectFigure(facts, { measure: 'participation-rate', period: 2008, category: 'party-members' }).toEqual(1917)).toThrow(
      /not-computable/,
    );
  });

  it('refuses a key the FigureKey codec refuses, as a mistake in the test, naming the path', () => {
    expect(() => givenFacts([]).figure({ measure: 'classes', period: 1066.5 } as never)).toThrow(/period: expected/);
    expect(() => figureKey({ measure: 'classes', period: 1066.5 } as never)).toThrow(/period/);
  });
});

describe('givenFacts', () => {
  it('projects a history and asserts figures by key', () => {
    const given = givenFacts(history);
    given.thenFigure({ measure: 'participants', period: 2008, category: 'party-members', countUnit: 'person' }).toEqual(1917);
    expect(given.figure({ measure: 'eligible', period: 2009, category: 'party-members' }).value).toBe(2321);
    expect(given.envelopes.map((e) => e.globalPosition)).toEqual([1, 2, 3, 4]);
    expect(given.state.lastGlobalPosition).toBe(4);
  });

  it('takes envelopes as they are, for tests about positions', () => {
    const envelopes = givenEvents(campaignFactsProjection, history, { firstPosition: 8 }).envelopes;
    const given = givenFacts(envelopes);
    expect(given.state.lastGlobalPosition).toBe(11);
    expectFigure(
      figureOf(given.state, figureKey({ measure: 'eligible', period: 2009, category: 'party-members' })),
    ).toHaveContributions([['evt-10', 'counted', 2321]]);
  });
});
