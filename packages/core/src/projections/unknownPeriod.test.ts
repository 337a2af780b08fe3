import { describe, expect, it } from 'vitest';
import { given } from '@campaign-ledger/testing';
import { history, recorded, validCommands, withData } from '../../test/campaignFixtures';
import { event, figureFor, withHierarchy } from '../../test/envelopes';
import { campaignDecider } from '../decider/campaignDecider';
import { campaignDomainDate } from '../decider/campaignDomainDate';
import { buildCampaignReport } from '../report/campaignReport';
import { commendationsView } from './commendationsView';
import { participationView } from './participationView';

// A fact whose source gives no period (an article that says what was done, not when) is filed
// under the unknown period: it counts where a key fixes no period or fixes the unknown one, and
// never in a year or a span.

const D = 'org:district-a';

const facts = withHierarchy(
  event('ParticipationReported', { factId: 'p:2009', organisationId: D, period: 2009, category: 'party-members', countUnit: 'person', count: 300 }),
  event('ParticipationReported', { factId: 'p:undated', organisationId: D, period: 'unknown', category: 'party-members', countUnit: 'person', count: 500 }),
  event('AwardGranted', { awardId: 'a:four-years', period: { from: 2007, to: 2010 }, stage: 'decided-by-district', kind: 'reward', recipientKind: 'collective', count: 15 }),
  event('AwardGranted', { awardId: 'a:undated', period: 'unknown', stage: 'decided-by-district', kind: 'reward', recipientKind: 'collective', count: 2 }),
  event('OrganisationsCounted', { factId: 'o:undated', organisationId: D, period: 'unknown', count: 9 }),
);

const participants = { measure: 'participants', organisationId: D, category: 'party-members', countUnit: 'person' } as const;

describe('a fact of unknown period', () => {
  it('counts in no year and no span, only under the unknown period', () => {
    expect(figureFor(facts, { ...participants, period: 2009 }).value).toBe(300);
    expect(figureFor(facts, { ...participants, period: { from: 2007, to: 2010 } }).value).toBe(300);
    expect(figureFor(facts, { ...participants, period: 'unknown' }).value).toBe(500);
    expect(figureFor(facts, { measure: 'awards', period: { from: 2007, to: 2010 } }).value).toBe(15);
    expect(figureFor(facts, { measure: 'awards', period: 'unknown' }).value).toBe(2);
  });

  it('counts in a cell that fixes no period', () => {
    // A count of no known date made at district A stands for the three organisations registered under it.
    expect(figureFor(facts, { measure: 'organisations', organisationId: D }).value).toBe(9);
    expect(figureFor(facts, { measure: 'organisations', organisationId: D, period: 2009 }).value).toBe(3);
  });

  it('has a period of its own in the views, after the known ones, and stays out of the totals of a span', () => {
    expect(participationView(facts).map((p) => p.period)).toEqual([2009, 'unknown']);
    const awards = commendationsView(facts);
    expect(awards.periods.map((p) => p.period)).toEqual([{ from: 2007, to: 2010 }, 'unknown']);
    expect(awards.totals?.cells.map((c) => c.figure.value)).toEqual([15]);
  });

  it('closes the report, under a title that says the period is not stated', () => {
    const report = buildCampaignReport(facts);
    expect(report.groups.map((g) => g.title.vi)).toEqual(['Năm 2009', 'Giai đoạn 2007–2010', 'Không rõ thời gian']);
    expect(report.groups.at(-1)?.title.en).toBe('Period not stated');
  });

  it('is accepted by the decider with any date, and has no domain date of its own', () => {
    const command = withData(validCommands.ReportClasses, { period: 'unknown' });
    const [classes] = given(campaignDecider, history).when(command).then([recorded(command)]);
    expect(classes === undefined ? undefined : campaignDomainDate(classes)).toBe('2007-03-01');
    const undated = withData(validCommands.ReportParticipation, { period: 'unknown' });
    const [participation] = given(campaignDecider, history).when(undated).then([recorded(undated)]);
    expect(participation === undefined ? undefined : campaignDomainDate(participation)).toBeNull();
  });
});
