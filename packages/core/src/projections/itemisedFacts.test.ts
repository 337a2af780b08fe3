import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';
import { termPartitions, termRelation } from './termRelations';

// A summary that states a slice (an organiser level, a bloc, an audience) of a cell that leaves it
// open only itemises the cell; a figure made of such slices says so (docs/projections.md, "Itemised facts").

const D = 'org:district-a';
const GROUP = 'cadres-party-members-civil-servants' as const;

const participation = (
  factId: string,
  category: 'party-members' | 'non-party-civil-servants' | typeof GROUP,
  count: number,
  extra: { organiserLevel?: 'district' | 'unit'; bloc?: 'agencies'; countUnit?: 'person' | 'attendance'; organisationId?: string } = {},
) => event('ParticipationReported', { factId, organisationId: D, period: 2009, category, countUnit: 'person', count, ...extra });

const participants = (category: 'party-members' | 'non-party-civil-servants' | typeof GROUP, extra: { organiserLevel?: 'district' | 'unit'; countUnit?: 'person' | 'attendance' } = {}) =>
  ({ measure: 'participants', period: 2009, organisationId: D, category, countUnit: 'person', ...extra }) as const;

describe('itemised facts', () => {
  it('a cell made only of slices the report itemised is marked with the dimensions it was sliced by', () => {
    const facts = withHierarchy(participation('f:district', GROUP, 256, { organiserLevel: 'district', bloc: 'agencies' }), participation('f:units', GROUP, 1854, { organiserLevel: 'unit' }));
    const figure = figureFor(facts, participants(GROUP));
    expect(figure).toMatchObject({ status: 'computed', value: 2110, itemisedBy: ['bloc', 'organiserLevel'] });
    // A cell that fixes the organiser level is whole for the summary of that level, save its bloc.
    expect(figureFor(facts, participants(GROUP, { organiserLevel: 'unit' })).itemisedBy).toBeUndefined();
    expect(figureFor(facts, participants(GROUP, { organiserLevel: 'district' })).itemisedBy).toEqual(['bloc']);
  });

  it('a summary of the whole cell is no slice, and shadows the slices it covers', () => {
    const facts = withHierarchy(participation('f:units', GROUP, 1854, { organiserLevel: 'unit' }), participation('f:all', GROUP, 3082));
    const figure = figureFor(facts, participants(GROUP));
    expect(figure.value).toBe(3082);
    expect(figure.itemisedBy).toBeUndefined();
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'shadowed', 1854],
      ['evt-9', 'counted', 3082],
    ]);
  });

  it('classes reported by bloc itemise the year; classes recorded one by one are the record itself', () => {
    const facts = withHierarchy(
      event('ClassesReported', { factId: 'f:agencies', organisationId: D, period: 2007, count: 3, bloc: 'agencies' }),
      event('ClassesReported', { factId: 'f:rural', organisationId: D, period: 2007, count: 20, bloc: 'rural' }),
      event('ClassHeld', { classId: 'class:1', year: 2008, organiserId: 'org:commune-a1', organiserLevel: 'unit', startsOn: '2008-03-01' }),
    );
    expect(figureFor(facts, { measure: 'classes', period: 2007 })).toMatchObject({ value: 23, itemisedBy: ['bloc'] });
    expect(figureFor(facts, { measure: 'classes', period: 2007, bloc: 'rural' }).itemisedBy).toBeUndefined();
    expect(figureFor(facts, { measure: 'classes', period: 2008 })).toMatchObject({ value: 1 });
    expect(figureFor(facts, { measure: 'classes', period: 2008 }).itemisedBy).toBeUndefined();
  });

  it('a topic does not slice: the year’s classes on its topic are the year’s classes', () => {
    const facts = withHierarchy(
      event('StudyTopicSet', { topicId: 'topic:2009', year: 2009, title: 'Chuyên đề 2009' }),
      event('ClassesReported', { factId: 'f:all', organisationId: D, period: 2009, count: 34, topicId: 'topic:2009' }),
    );
    expect(figureFor(facts, { measure: 'classes', period: 2009 })).toMatchObject({ status: 'computed', value: 34 });
    expect(figureFor(facts, { measure: 'classes', period: 2009 }).itemisedBy).toBeUndefined();
  });
});

describe('a category made of the categories that partition it', () => {
  it('is the sum of its parts when its own facts only itemise it; those facts are shadowed', () => {
    const facts = withHierarchy(
      participation('f:district', GROUP, 256, { organiserLevel: 'district' }),
      participation('f:units', GROUP, 1854, { organiserLevel: 'unit' }),
      participation('f:pm', 'party-members', 2181),
      participation('f:non-party', 'non-party-civil-servants', 901),
    );
    const figure = figureFor(facts, participants(GROUP));
    expect(figure).toMatchObject({ status: 'computed', value: 3082 });
    expect(figure.itemisedBy).toBeUndefined();
    expect(figure.fromCategories?.categories).toEqual(['party-members', 'non-party-civil-servants']);
    expect(figure.fromCategories?.itemised?.by).toEqual(['organiserLevel']);
    expect(figure.fromCategories?.itemised?.contributions.map((c) => c.factId)).toEqual(['f:district', 'f:units']);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'shadowed', 256],
      ['evt-9', 'shadowed', 1854],
      ['evt-10', 'counted', 2181],
      ['evt-11', 'counted', 901],
    ]);
  });

  it('is the sum of its parts when it has no facts of its own', () => {
    const facts = withHierarchy(participation('f:pm', 'party-members', 2181), participation('f:non-party', 'non-party-civil-servants', 901));
    expect(figureFor(facts, participants(GROUP))).toMatchObject({ status: 'computed', value: 3082 });
  });

  it('keeps its own whole figure: a total the report gives wins over its parts', () => {
    const facts = withHierarchy(participation('f:pm', 'party-members', 2181), participation('f:non-party', 'non-party-civil-servants', 901), participation('f:all', GROUP, 3100));
    const figure = figureFor(facts, participants(GROUP));
    expect(figure.value).toBe(3100);
    expect(figure.fromCategories).toBeUndefined();
  });

  it('is not made from parts of which one is itemised or missing', () => {
    const itemisedPart = withHierarchy(participation('f:pm', 'party-members', 257, { organiserLevel: 'district' }), participation('f:non-party', 'non-party-civil-servants', 901), participation('f:units', GROUP, 2648, { organiserLevel: 'unit' }));
    expect(figureFor(itemisedPart, participants(GROUP))).toMatchObject({ value: 2648, itemisedBy: ['organiserLevel'] });
    const missingPart = withHierarchy(participation('f:pm', 'party-members', 2181));
    expect(figureFor(missingPart, participants(GROUP)).status).toBe('no-data');
  });

  it('never adds a headcount to attendances: each unit is made from parts in that unit', () => {
    const facts = withHierarchy(participation('f:pm', 'party-members', 2181), participation('f:non-party', 'non-party-civil-servants', 901, { countUnit: 'attendance' }));
    expect(figureFor(facts, participants(GROUP)).status).toBe('no-data');
    expect(figureFor(facts, participants(GROUP, { countUnit: 'attendance' })).status).toBe('no-data');
  });

  it('gives a rate of the whole group over its declared eligible population', () => {
    const facts = withHierarchy(
      participation('f:pm', 'party-members', 2181),
      participation('f:non-party', 'non-party-civil-servants', 901),
      event('EligiblePopulationDeclared', { factId: 'f:eligible', organisationId: D, period: 2009, category: GROUP, count: 3300 }),
    );
    const rate = figureFor(facts, { measure: 'participation-rate', period: 2009, organisationId: D, category: GROUP });
    expect(rate.rate?.percent).toEqual({ numerator: 3082, denominator: 3300, scaled: 9339, decimals: 2 });
  });
});

describe('termRelation', () => {
  it('reads the vocabulary: narrower, broader, disjoint through a broader term, and overlapping when nothing is declared', () => {
    const facts = withHierarchy();
    expect(termRelation(facts, 'party-members', 'party-members')).toBe('same');
    expect(termRelation(facts, 'party-members', 'cadres-party-members-civil-servants')).toBe('narrower');
    expect(termRelation(facts, 'teachers', 'cadres-party-members-civil-servants')).toBe('narrower');
    expect(termRelation(facts, 'everyone', 'teachers')).toBe('broader');
    expect(termRelation(facts, 'party-members', 'non-party-civil-servants')).toBe('disjoint');
    expect(termRelation(facts, 'core-activists', 'party-members')).toBe('disjoint');
    expect(termRelation(facts, 'party-members', 'cadres-civil-servants')).toBe('overlaps');
    expect(termPartitions(facts, 'cadres-party-members-civil-servants')).toEqual([['party-members', 'non-party-civil-servants']]);
    expect(termPartitions(facts, 'everyone')).toEqual([]);
  });
});
