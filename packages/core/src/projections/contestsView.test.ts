import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { contestsView } from './contestsView';

describe('contestsView', () => {
  it('gives each contest per year with its participation, prizes, ratings and selections', () => {
    const facts = withHierarchy(
      event('ContestLaunched', { contestId: 'contest:writing', kind: 'writing', title: 'Thi viết', organiserId: 'org:district-a', level: 'district', period: { from: 2009, to: 2010 } }),
      event('ContestParticipationReported', { factId: 'f:2009', contestId: 'contest:writing', year: 2009, units: 29, entries: 242 }),
      event('PrizesAwarded', { factId: 'p:1', contestId: 'contest:writing', year: 2009, grade: 'first', count: 1 }),
      event('PrizesAwarded', { factId: 'p:2', contestId: 'contest:writing', year: 2009, grade: 'second', count: 2 }),
      event('ContestParticipationReported', { factId: 'f:2010', contestId: 'contest:writing', year: 2010, units: 33, entries: 166 }),
      event('ContestParticipationReported', { factId: 'f:story', contestId: 'contest:story', year: 2007, contestants: 20 }),
      event('ContestantsRated', { factId: 'r:1', contestId: 'contest:story', year: 2007, rating: 'good', count: 7 }),
      event('SelectionsSent', { factId: 's:1', contestId: 'contest:story', year: 2007, count: 1 }),
    );
    const view = contestsView(facts);
    expect(view.map((c) => [c.contestId, c.title, c.years.map((y) => y.year)])).toEqual([
      ['contest:writing', 'Thi viết', [2009, 2010]],
      ['contest:story', undefined, [2007]],
    ]);
    const writing2009 = view[0]?.years[0];
    expect([writing2009?.units?.value, writing2009?.entries?.value, writing2009?.prizes?.value]).toEqual([29, 242, 3]);
    expect(writing2009?.prizesByGrade.map((g) => [g.grade, g.figure.value])).toEqual([
      ['first', 1],
      ['second', 2],
    ]);
    expect(writing2009).not.toHaveProperty('contestants');
    const story = view[1]?.years[0];
    expect([story?.contestants?.value, story?.ratings?.value, story?.selections?.value]).toEqual([20, 7, 1]);
    expect(story?.ratingsByRating.map((r) => r.rating)).toEqual(['good']);
  });
});
