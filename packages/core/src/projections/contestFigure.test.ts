import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';

const contest = event('ContestLaunched', {
  contestId: 'contest:writing',
  kind: 'writing',
  title: 'Thi viết về những điển hình',
  organiserId: 'org:district-a',
  level: 'district',
  period: { from: 2009, to: 2010 },
});
const entries = (organisationId: string, year: number, count: number) =>
  event('EntriesSubmitted', { contestId: 'contest:writing', year, organisationId, entries: count });

describe('contest participation figures', () => {
  it('counts distinct units and their entries when no report covers them', () => {
    const facts = withHierarchy(contest, entries('org:commune-a1', 2009, 10), entries('org:commune-a1', 2009, 5), entries('org:office-a', 2009, 7));
    const units = figureFor(facts, { measure: 'contest-units', contestId: 'contest:writing', period: 2009 });
    expect(units.value).toBe(2);
    expect(rolesOf(units)).toEqual([
      ['evt-9', 'counted', 1],
      ['evt-10', 'counted', 0],
      ['evt-11', 'counted', 1],
    ]);
    expect(figureFor(facts, { measure: 'contest-entries', contestId: 'contest:writing', period: 2009 }).value).toBe(22);
    expect(figureFor(facts, { measure: 'contest-entries', contestId: 'contest:writing', period: 2010 }).status).toBe('no-data');
  });

  it('shadows entries by a report of the same contest and year that states the number', () => {
    const facts = withHierarchy(
      contest,
      entries('org:commune-a1', 2009, 10),
      event('ContestParticipationReported', { factId: 'f:2009', contestId: 'contest:writing', year: 2009, units: 29, entries: 242 }),
      entries('org:commune-a1', 2010, 4),
      event('ContestParticipationReported', { factId: 'f:2010', contestId: 'contest:writing', year: 2010, units: 33 }),
    );
    const entries2009 = figureFor(facts, { measure: 'contest-entries', contestId: 'contest:writing', period: 2009 });
    expect(entries2009.value).toBe(242);
    expect(rolesOf(entries2009)).toEqual([
      ['evt-9', 'shadowed', 10],
      ['evt-10', 'counted', 242],
    ]);
    // The 2010 report gives units only, so the 2010 entries still count.
    const entriesAll = figureFor(facts, { measure: 'contest-entries', contestId: 'contest:writing' });
    expect(entriesAll.value).toBe(246);
    expect(figureFor(facts, { measure: 'contest-units', contestId: 'contest:writing' }).value).toBe(62);
    expect(figureFor(facts, { measure: 'contest-contestants', contestId: 'contest:writing' }).status).toBe('no-data');
  });

  it('counts contestants of reports and keeps other contests apart', () => {
    const facts = withHierarchy(
      event('ContestParticipationReported', { factId: 'f:story', contestId: 'contest:story', year: 2007, contestants: 20 }),
      event('ContestParticipationReported', { factId: 'f:edu', contestId: 'contest:edu', year: 2008, contestants: 68 }),
    );
    expect(figureFor(facts, { measure: 'contest-contestants', contestId: 'contest:story' }).value).toBe(20);
  });
});

describe('prizes, ratings and selections', () => {
  const facts = withHierarchy(
    event('PrizesAwarded', { factId: 'p:1', contestId: 'contest:writing', year: 2009, grade: 'first', count: 1 }),
    event('PrizesAwarded', { factId: 'p:2', contestId: 'contest:writing', year: 2009, grade: 'consolation', count: 20 }),
    event('PrizesAwarded', { factId: 'p:3', contestId: 'contest:writing', year: 2010, grade: 'consolation', count: 10 }),
    event('ContestantsRated', { factId: 'r:1', contestId: 'contest:story', year: 2007, rating: 'excellent', count: 1 }),
    event('ContestantsRated', { factId: 'r:2', contestId: 'contest:story', year: 2007, rating: 'good', count: 7 }),
    event('SelectionsSent', { factId: 's:1', contestId: 'contest:story', year: 2007, count: 1 }),
  );

  it('counts prizes by grade and year', () => {
    expect(figureFor(facts, { measure: 'prizes', contestId: 'contest:writing', period: 2009 }).value).toBe(21);
    expect(figureFor(facts, { measure: 'prizes', contestId: 'contest:writing', grade: 'consolation' }).value).toBe(30);
    const first = figureFor(facts, { measure: 'prizes', contestId: 'contest:writing', period: 2009, grade: 'first' });
    expect(rolesOf(first)).toEqual([['evt-8', 'counted', 1]]);
    expect(figureFor(facts, { measure: 'prizes', contestId: 'contest:writing', period: 2010, grade: 'first' }).status).toBe('no-data');
  });

  it('counts ratings apart from prizes, and selections', () => {
    expect(figureFor(facts, { measure: 'ratings', contestId: 'contest:story' }).value).toBe(8);
    expect(figureFor(facts, { measure: 'ratings', contestId: 'contest:story', rating: 'good' }).value).toBe(7);
    expect(figureFor(facts, { measure: 'prizes', contestId: 'contest:story' }).status).toBe('no-data');
    expect(figureFor(facts, { measure: 'selections', contestId: 'contest:story', period: 2007 }).value).toBe(1);
  });
});
