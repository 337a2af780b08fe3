import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { classesView } from './classesView';

describe('classesView', () => {
  it('gives the total and its breakdowns per period, with data only', () => {
    const facts = withHierarchy(
      event('ClassesReported', { factId: 'f:total', organisationId: 'org:district-a', period: 2007, count: 24, topicId: 'topic:2007' }),
      event('ClassesReported', { factId: 'f:agencies', organisationId: 'org:district-a', period: 2007, count: 3, bloc: 'agencies', topicId: 'topic:2007' }),
      event('ClassesReported', { factId: 'f:rural', organisationId: 'org:district-a', period: 2007, count: 20, bloc: 'rural', topicId: 'topic:2007' }),
      event('ClassHeld', { classId: 'class:k', year: 2008, organiserId: 'org:district-a', organiserLevel: 'district', startsOn: '2008-04-01' }),
    );
    const view = classesView(facts);
    expect(view.map((p) => [p.period, p.total.value])).toEqual([
      [2007, 24],
      [2008, 1],
    ]);
    expect(view[0]?.byBloc.map((c) => [c.bloc, c.figure.value])).toEqual([
      ['agencies', 3],
      ['rural', 20],
    ]);
    expect(view[0]?.byOrganiserLevel).toEqual([]);
    expect(view[0]?.byTopic.map((c) => [c.topicId, c.figure.value])).toEqual([['topic:2007', 24]]);
    expect(view[1]?.byOrganiserLevel.map((c) => [c.organiserLevel, c.figure.value])).toEqual([['district', 1]]);
  });
});
