import { describe, it } from 'vitest';
import { given } from '@campaign-ledger/testing';
import { history, ids, recorded, validCommands as v, withData } from '../../test/campaignFixtures';
import { count } from '../model/count';
import { id } from '../model/identifiers';
import { campaignDecider } from './campaignDecider';

// Real reports contain all of these. The ledger records them as written; the audit flags them.
describe('campaignDecider records what the audit flags later', () => {
  it('accepts more awards decided than proposed', () => {
    // The history proposes 5 collectives for 2007-2010.
    const decided = withData(v.GrantAward, { count: count(8) });
    given(campaignDecider, history).when(decided).then([recorded(decided)]);
  });

  it('accepts parts that do not add up to the stated total', () => {
    // The parts hold 20 classes and one more; the report says 24.
    const stated = withData(v.ReportFigure, { value: count(24), parts: [ids.classesFact, ids.class] });
    given(campaignDecider, history).when(stated).then([recorded(stated)]);
  });

  it('accepts more prizes than entries', () => {
    const participation = withData(v.ReportContestParticipation, { entries: count(3), contestants: count(3) });
    const prizes = withData(v.AwardPrizes, { grade: 'consolation', count: count(10) });
    given(campaignDecider, [...history, recorded(participation)]).when(prizes).then([recorded(prizes)]);
  });

  it('accepts more participants than the eligible population', () => {
    // The history declares 1.923 eligible party members in 2007.
    const participation = withData(v.ReportParticipation, { count: count(2500) });
    given(campaignDecider, history).when(participation).then([recorded(participation)]);
  });

  it('accepts two summary facts with the same scope', () => {
    // The history reports 20 classes for the district in 2007 (rural bloc); a second sentence says 24.
    const again = withData(v.ReportClasses, { factId: id('fact:2007/classes/rural-again'), bloc: 'rural', count: count(24) });
    given(campaignDecider, history).when(again).then([recorded(again)]);
  });

  it('accepts two eligible populations for the same organisation, category and year', () => {
    const again = withData(v.DeclareEligiblePopulation, { category: 'party-members', count: count(1900) });
    given(campaignDecider, history).when(again).then([recorded(again)]);
  });
});
