import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import type { CampaignEvent } from '../events/campaignEvent';
import { builtInRuleInputs, builtInRules } from './builtInRules';
import { evaluateRules } from './evaluateRules';

// One passing and one failing history per built-in rule, on the test hierarchy (province, two
// districts, their communes and cells: 7 registered organisations, 2 of them grassroots Party
// committees). The failing history is the passing one plus what breaks the rule.

const district = 'org:district-a';
const span = { from: 2007, to: 2010 };

const classes = (factId: string, count: number, extra: { readonly bloc?: 'agencies' | 'rural'; readonly organiserLevel?: 'district' | 'unit' } = {}) =>
  event('ClassesReported', { factId, organisationId: district, period: 2009, count, ...extra });
const participants = (
  factId: string,
  category: 'party-members' | 'everyone',
  count: number,
  extra: { readonly organiserLevel?: 'district' | 'unit'; readonly countUnit?: 'person' | 'attendance' } = {},
) => event('ParticipationReported', { factId, organisationId: district, period: 2009, category, countUnit: 'person', count, ...extra });
const contest = event('ContestLaunched', {
  contestId: 'contest:writing',
  kind: 'writing',
  title: 'Cuộc thi viết',
  organiserId: district,
  level: 'district',
  period: 2009,
});
const contestParticipation = (factId: string, counts: { readonly units?: number; readonly entries?: number; readonly contestants?: number }) =>
  event('ContestParticipationReported', { factId, contestId: 'contest:writing', year: 2009, ...counts });
const prizes = (grade: 'first' | 'second', count: number) =>
  event('PrizesAwarded', { factId: `fact:prizes/${grade}`, contestId: 'contest:writing', year: 2009, grade, count });
const award = (
  awardId: string,
  stage: 'proposed-by-unit' | 'decided-by-district' | 'proposed-to-province',
  kind: 'reward' | 'commendation' | 'reward-or-commendation',
  count: number,
) => event('AwardGranted', { awardId, period: span, stage, kind, recipientKind: 'collective', count });

interface Case {
  readonly passing: ReadonlyArray<CampaignEvent>;
  readonly failing: ReadonlyArray<CampaignEvent>;
  /** The failing history's arithmetic, as the violation prints it. */
  readonly arithmetic: string;
}

const cases: { readonly [ruleId: string]: Case } = {
  'classes-by-bloc-within-total': {
    passing: [classes('fact:agencies', 2, { bloc: 'agencies' }), classes('fact:rural', 5, { bloc: 'rural' })],
    // A total of 6 for the district covers its bloc counts: the blocs add up to more.
    failing: [classes('fact:agencies', 2, { bloc: 'agencies' }), classes('fact:rural', 5, { bloc: 'rural' }), classes('fact:total', 6)],
    arithmetic: '2 + 5 = 7 > 6',
  },
  'classes-by-organiser-level-within-total': {
    passing: [classes('fact:district', 1, { organiserLevel: 'district' }), classes('fact:units', 3, { organiserLevel: 'unit' })],
    failing: [classes('fact:district', 1, { organiserLevel: 'district' }), classes('fact:units', 3, { organiserLevel: 'unit' }), classes('fact:total', 3)],
    arithmetic: '1 + 3 = 4 > 3',
  },
  'participants-by-organiser-level-within-category': {
    passing: [
      participants('fact:district', 'party-members', 100, { organiserLevel: 'district' }),
      participants('fact:units', 'party-members', 200, { organiserLevel: 'unit' }),
    ],
    failing: [
      participants('fact:district', 'party-members', 100, { organiserLevel: 'district' }),
      participants('fact:units', 'party-members', 200, { organiserLevel: 'unit' }),
      participants('fact:total', 'party-members', 250),
    ],
    arithmetic: '100 + 200 = 300 > 250',
  },
  'participants-of-category-within-everyone': {
    passing: [participants('fact:party', 'party-members', 100), participants('fact:all', 'everyone', 300)],
    failing: [participants('fact:party', 'party-members', 100), participants('fact:all', 'everyone', 80)],
    arithmetic: '100 > 80',
  },
  'participants-within-eligible': {
    passing: [
      participants('fact:party', 'party-members', 90),
      event('EligiblePopulationDeclared', { factId: 'fact:eligible', organisationId: district, period: 2009, category: 'party-members', count: 100 }),
    ],
    failing: [
      participants('fact:party', 'party-members', 120),
      event('EligiblePopulationDeclared', { factId: 'fact:eligible', organisationId: district, period: 2009, category: 'party-members', count: 100 }),
    ],
    arithmetic: '120 > 100',
  },
  'areas-reached-within-registered': {
    passing: [
      event('OutreachReported', { factId: 'fact:outreach', organisationId: district, period: 2009, areasReached: 117 }),
      event('ResidentialAreasDeclared', { factId: 'fact:areas', organisationId: district, period: 2009, count: 160 }),
    ],
    failing: [
      event('OutreachReported', { factId: 'fact:outreach', organisationId: district, period: 2009, areasReached: 117 }),
      event('ResidentialAreasDeclared', { factId: 'fact:areas', organisationId: district, period: 2009, count: 100 }),
    ],
    arithmetic: '117 > 100',
  },
  'committees-within-organisations-of-kind': {
    passing: [event('SteeringCommitteesReported', { factId: 'fact:committees', organisationId: district, memberKind: 'grassroots-party-committee', committees: 2 })],
    failing: [event('SteeringCommitteesReported', { factId: 'fact:committees', organisationId: district, memberKind: 'grassroots-party-committee', committees: 3 })],
    arithmetic: '3 > 2',
  },
  'committee-members-at-least-committees': {
    passing: [
      event('SteeringCommitteesReported', { factId: 'fact:committees', organisationId: district, memberKind: 'grassroots-party-committee', committees: 1, members: 9 }),
    ],
    failing: [
      event('SteeringCommitteesReported', { factId: 'fact:committees', organisationId: district, memberKind: 'party-cell', committees: 3, members: 2 }),
    ],
    arithmetic: '3 > 2',
  },
  'contest-units-within-organisations': {
    passing: [contest, contestParticipation('fact:units', { units: 5 })],
    failing: [contest, contestParticipation('fact:units', { units: 9 })],
    arithmetic: '9 > 7',
  },
  'prizes-within-entries': {
    passing: [contest, contestParticipation('fact:entries', { entries: 10 }), prizes('first', 1), prizes('second', 2)],
    failing: [contest, contestParticipation('fact:entries', { entries: 2 }), prizes('first', 1), prizes('second', 2)],
    arithmetic: '1 + 2 = 3 > 2',
  },
  'prizes-within-contestants': {
    passing: [contest, contestParticipation('fact:contestants', { contestants: 3 }), prizes('first', 1), prizes('second', 2)],
    failing: [contest, contestParticipation('fact:contestants', { contestants: 2 }), prizes('first', 1), prizes('second', 2)],
    arithmetic: '1 + 2 = 3 > 2',
  },
  'ratings-within-contestants': {
    passing: [
      contest,
      contestParticipation('fact:contestants', { contestants: 20 }),
      event('ContestantsRated', { factId: 'fact:excellent', contestId: 'contest:writing', year: 2009, rating: 'excellent', count: 1 }),
      event('ContestantsRated', { factId: 'fact:good', contestId: 'contest:writing', year: 2009, rating: 'good', count: 7 }),
    ],
    failing: [
      contest,
      contestParticipation('fact:contestants', { contestants: 6 }),
      event('ContestantsRated', { factId: 'fact:excellent', contestId: 'contest:writing', year: 2009, rating: 'excellent', count: 1 }),
      event('ContestantsRated', { factId: 'fact:good', contestId: 'contest:writing', year: 2009, rating: 'good', count: 7 }),
    ],
    arithmetic: '1 + 7 = 8 > 6',
  },
  'selections-within-contestants': {
    passing: [
      contest,
      contestParticipation('fact:contestants', { contestants: 20 }),
      event('SelectionsSent', { factId: 'fact:sent', contestId: 'contest:writing', year: 2009, count: 1 }),
    ],
    failing: [
      contest,
      contestParticipation('fact:contestants', { contestants: 20 }),
      event('SelectionsSent', { factId: 'fact:sent', contestId: 'contest:writing', year: 2009, count: 21 }),
    ],
    arithmetic: '21 > 20',
  },
  'awards-decided-within-proposed': {
    passing: [award('award:proposed', 'proposed-by-unit', 'reward-or-commendation', 44), award('award:reward', 'decided-by-district', 'reward', 15), award('award:commendation', 'decided-by-district', 'commendation', 29)],
    failing: [award('award:proposed', 'proposed-by-unit', 'reward-or-commendation', 43), award('award:reward', 'decided-by-district', 'reward', 15), award('award:commendation', 'decided-by-district', 'commendation', 29)],
    arithmetic: '15 + 29 = 44 > 43',
  },
  'awards-to-province-within-decided': {
    passing: [award('award:decided', 'decided-by-district', 'reward', 15), award('award:province', 'proposed-to-province', 'reward', 1)],
    failing: [award('award:decided', 'decided-by-district', 'reward', 1), award('award:province', 'proposed-to-province', 'reward', 2)],
    arithmetic: '2 > 1',
  },
};

const outcome = (ruleId: string, events: ReadonlyArray<CampaignEvent>) => {
  const rule = builtInRules.find((r) => r.id === ruleId);
  if (rule === undefined) throw new Error(`no built-in rule ${ruleId}`);
  return evaluateRules(withHierarchy(...events), [rule]);
};

describe('the built-in rules', () => {
  it('decode through the codec a user rule goes through, one rule per input, ids distinct', () => {
    expect(builtInRules.map((r) => r.id)).toEqual(builtInRuleInputs.map((r) => r.id));
    expect(new Set(builtInRules.map((r) => r.id)).size).toBe(builtInRules.length);
  });

  it('each have a passing and a failing case below', () => {
    expect(Object.keys(cases).sort()).toEqual(builtInRules.map((r) => r.id).sort());
  });

  describe.each(Object.entries(cases))('%s', (ruleId, c) => {
    it('holds on a consistent history, having compared something', () => {
      const result = outcome(ruleId, c.passing);
      expect(result.violations.map((v) => v.message.en)).toEqual([]);
      expect(result.evaluated).toBeGreaterThan(0);
    });

    it(`is violated when the history is not: ${c.arithmetic}`, () => {
      const result = outcome(ruleId, c.failing);
      expect(result.violations.map((v) => v.arithmetic.en)).toEqual([c.arithmetic]);
      expect(result.violations[0]?.ruleId).toBe(ruleId);
      expect(result.violations[0]?.instruction?.vi).toMatch(/\S/);
    });
  });
});
