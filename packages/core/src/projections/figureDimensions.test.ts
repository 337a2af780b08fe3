import { describe, expect, it } from 'vitest';
import { event, figureFor, figureKey, rolesOf, withHierarchy } from '../../test/envelopes';
import { buildCampaignReport } from '../report/campaignReport';
import { companionDenominatorKey } from './companionDenominator';
import { contestsView } from './contestsView';
import { commendationsView } from './commendationsView';

// Every dimension a key fixes is honoured: a key that fixes it gets only the facts that state that
// value; a key that leaves it open gets them all.

const D = 'org:district-a';

describe('awards by deciding body and instrument', () => {
  const facts = withHierarchy(
    event('AwardGranted', { awardId: 'a:standing', period: 2010, stage: 'decided', kind: 'reward', recipientKind: 'collective', count: 15, decidingBody: 'district-standing-committee', instrument: 'certificate-of-merit' }),
    event('AwardGranted', { awardId: 'a:province', period: 2010, stage: 'decided', kind: 'reward', recipientKind: 'collective', count: 2, decidingBody: 'province', instrument: 'merit-diploma' }),
    event('AwardGranted', { awardId: 'a:unstated', period: 2010, stage: 'decided', kind: 'reward', recipientKind: 'collective', count: 4 }),
  );
  const awards = { measure: 'awards', period: 2010, stage: 'decided' } as const;

  it('counts only the awards of the deciding body a key names', () => {
    expect(rolesOf(figureFor(facts, { ...awards, decidingBody: 'district-standing-committee' }))).toEqual([['evt-8', 'counted', 15]]);
    expect(figureFor(facts, { ...awards, decidingBody: 'province' }).value).toBe(2);
    expect(figureFor(facts, awards).value).toBe(21);
  });

  it('counts only the awards of the instrument a key names', () => {
    expect(figureFor(facts, { ...awards, instrument: 'merit-diploma' }).value).toBe(2);
    expect(figureFor(facts, { ...awards, instrument: 'emulation-flag' }).status).toBe('no-data');
  });

  it('shows the awards of each body and instrument apart in the view, beside their total', () => {
    const [period] = commendationsView(facts).periods;
    expect(period?.cells.map((c) => [c.decidingBody ?? c.instrument ?? 'all', c.figure.value])).toEqual([
      ['all', 21],
      ['district-standing-committee', 15],
      ['province', 2],
      ['certificate-of-merit', 15],
      ['merit-diploma', 2],
    ]);
  });
});

describe('participation rates by bloc and count unit', () => {
  const facts = withHierarchy(
    event('EligiblePopulationDeclared', { factId: 'e:rural', organisationId: 'org:commune-a1', period: 2009, category: 'party-members', count: 400 }),
    event('EligiblePopulationDeclared', { factId: 'e:office', organisationId: 'org:office-a', period: 2009, category: 'party-members', count: 100 }),
    event('ParticipationReported', { factId: 'p:rural', organisationId: 'org:commune-a1', period: 2009, category: 'party-members', countUnit: 'person', count: 380 }),
    event('ParticipationReported', { factId: 'p:office', organisationId: 'org:office-a', period: 2009, category: 'party-members', countUnit: 'person', count: 99 }),
    event('EligiblePopulationDeclared', { factId: 'e:attendances', organisationId: D, period: 2009, category: 'party-members', count: 4880, countUnit: 'attendance' }),
    event('ParticipationReported', { factId: 'p:attendances', organisationId: D, period: 2009, category: 'party-members', countUnit: 'attendance', count: 4512 }),
  );
  const rate = { measure: 'participation-rate', period: 2009, organisationId: D, category: 'party-members' } as const;

  it('takes numerator and denominator of the bloc a key names', () => {
    expect(figureFor(facts, { ...rate, bloc: 'rural' }).rate?.percent).toMatchObject({ numerator: 380, denominator: 400 });
    expect(figureFor(facts, { ...rate, bloc: 'agencies' }).rate?.percent).toMatchObject({ numerator: 99, denominator: 100 });
    expect(figureFor(facts, { measure: 'eligible', period: 2009, organisationId: D, category: 'party-members', bloc: 'rural' }).value).toBe(400);
  });

  it('reads a stated "4.512/4.880 lượt" as a rate in attendances, never mixing it with persons', () => {
    expect(figureFor(facts, { ...rate, countUnit: 'attendance' })).toMatchObject({ countUnit: 'attendance', rate: { percent: { numerator: 4512, denominator: 4880 } } });
    expect(figureFor(facts, rate).rate?.percent).toMatchObject({ numerator: 479, denominator: 500 });
    expect(figureFor(facts, { measure: 'eligible', period: 2009, organisationId: D, category: 'party-members', countUnit: 'attendance' }).value).toBe(4880);
  });
});

describe('a share of organisations', () => {
  const facts = withHierarchy(
    event('ActingOrganisationsCounted', { factId: 'o:plans', organisationId: D, period: 2009, activity: 'made-plan', kind: 'party-cell', count: 2 }),
    event('ActingOrganisationsCounted', { factId: 'o:study', organisationId: D, period: 2009, activity: 'held-study', kind: 'party-cell', count: 1 }),
    event('ActingOrganisationsCounted', { factId: 'o:plans-committees', organisationId: D, period: 2009, activity: 'made-plan', kind: 'grassroots-party-committee', count: 1 }),
    event('ActingOrganisationsCounted', { factId: 'o:unnumbered', organisationId: 'org:district-b', period: 2009, activity: 'held-review' }),
  );
  const key = { measure: 'acting-organisations', period: 2009, organisationId: D, activity: 'made-plan' } as const;

  it('counts the organisations that did the activity, of the kind a key names', () => {
    expect(figureFor(facts, { ...key, kind: 'party-cell' }).value).toBe(2);
    expect(figureFor(facts, key).value).toBe(3);
    expect(figureFor(facts, { ...key, activity: 'held-study' }).value).toBe(1);
    expect(figureFor(facts, { measure: 'acting-organisations', period: 2009, activity: 'held-review' }).status).toBe('not-computable');
  });

  it('has the organisations of that kind as its companion denominator', () => {
    const denominator = companionDenominatorKey(figureKey({ ...key, kind: 'party-cell' }));
    expect(denominator).toEqual({ measure: 'organisations', period: 2009, kind: 'party-cell', organisationId: D });
    // District A has two party cells registered under it (one below its commune).
    expect(denominator === null ? null : figureFor(facts, denominator as never).value).toBe(2);
  });
});

describe('a stated share of organisations in the report', () => {
  it('is set against the organisations that acted over the organisations of their kind', () => {
    const key = { measure: 'acting-organisations', period: 2009, organisationId: D, activity: 'made-plan', kind: 'party-cell' } as const;
    const facts = withHierarchy(
      event('ActingOrganisationsCounted', { factId: 'o:plans', organisationId: D, period: 2009, activity: 'made-plan', kind: 'party-cell', count: 2 }),
      event('FigureReported', { figureId: 'figure:plans', figure: key, percent: { scaled: 100, decimals: 0 }, quote: '100% chi bộ đã xây dựng kế hoạch' }),
    );
    const row = buildCampaignReport(facts).groups.flatMap((g) => g.sections.flatMap((s) => s.rows)).find((r) => r.key.measure === 'acting-organisations');
    expect(row?.label.vi).toBe('Tổ chức đã thực hiện, xây dựng kế hoạch, chi bộ trực thuộc');
    expect(row?.computed).toMatchObject({ value: 2, denominator: 2, percent: { numerator: 2, denominator: 2, scaled: 10000, decimals: 2 } });
    expect(row?.stated[0]?.verdict).toMatchObject({ alarm: false, agreement: 'agrees' });
  });
});

describe('commitments by kind', () => {
  const facts = withHierarchy(
    event('CommitmentsRecorded', { factId: 'c:pledges', organisationId: D, period: 2010, kind: 'pledge', count: 300 }),
    event('CommitmentsRecorded', { factId: 'c:reflections', organisationId: D, period: 2010, kind: 'reflection', count: 280 }),
  );

  it('never adds pledges to reflections where a key names the kind', () => {
    expect(figureFor(facts, { measure: 'commitments', period: 2010, kind: 'pledge' }).value).toBe(300);
    expect(figureFor(facts, { measure: 'commitments', period: 2010, kind: 'reflection' }).value).toBe(280);
    expect(figureFor(facts, { measure: 'commitments', period: 2010 }).value).toBe(580);
  });
});

describe('contests of several organisers, of a kind, and prizes of no stated grade', () => {
  const facts = withHierarchy(
    event('ContestLaunched', { contestId: 'k:quiz', kind: 'storytelling', title: 'Hội thi kể chuyện', organiserId: 'org:office-a', coOrganiserIds: ['org:commune-b1'], level: 'district', period: 2010 }),
    event('ContestLaunched', { contestId: 'k:writing', kind: 'writing', title: 'Cuộc thi viết', organiserId: 'org:office-a', level: 'district', period: 2010 }),
    event('ContestParticipationReported', { factId: 'k:quiz/2010', contestId: 'k:quiz', year: 2010, entries: 40 }),
    event('ContestParticipationReported', { factId: 'k:writing/2010', contestId: 'k:writing', year: 2010, entries: 100 }),
    event('PrizesAwarded', { factId: 'k:quiz/first', contestId: 'k:quiz', year: 2010, grade: 'first', count: 1 }),
    event('PrizesAwarded', { factId: 'k:quiz/some', contestId: 'k:quiz', year: 2010, count: 5 }),
  );

  it('counts a contest under each of its organisers', () => {
    expect(figureFor(facts, { measure: 'contest-entries', period: 2010, organiserId: 'org:commune-b1' }).value).toBe(40);
    expect(figureFor(facts, { measure: 'contest-entries', period: 2010, organiserId: 'org:district-b' }).value).toBe(40);
    expect(figureFor(facts, { measure: 'contest-entries', period: 2010, organiserId: 'org:office-a' }).value).toBe(140);
    expect(contestsView(facts)[0]?.organiserIds).toEqual(['org:office-a', 'org:commune-b1']);
  });

  it('counts only the contests of the kind a key names, and one contest never covers another', () => {
    expect(figureFor(facts, { measure: 'contest-entries', period: 2010, contestKind: 'writing' }).value).toBe(100);
    expect(figureFor(facts, { measure: 'contest-entries', period: 2010 }).value).toBe(140);
  });

  it('counts prizes of no stated grade only where the key leaves the grade open', () => {
    expect(figureFor(facts, { measure: 'prizes', contestId: 'k:quiz', grade: 'first' }).value).toBe(1);
    expect(figureFor(facts, { measure: 'prizes', contestId: 'k:quiz' }).value).toBe(6);
    expect(contestsView(facts)[0]?.years[0]?.prizesByGrade.map((g) => [g.grade, g.figure.value])).toEqual([['first', 1]]);
  });
});
