import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { commendationsView } from './commendationsView';

describe('commendationsView', () => {
  it('gives awards per period by stage, kind and recipient, and totals over the union span', () => {
    const facts = withHierarchy(
      event('AwardGranted', { awardId: 'a:1', period: { from: 2007, to: 2010 }, stage: 'decided-by-district', kind: 'reward', recipientKind: 'collective', count: 15 }),
      event('AwardGranted', { awardId: 'a:2', period: { from: 2007, to: 2010 }, stage: 'decided-by-district', kind: 'commendation', recipientKind: 'individual', count: 122 }),
      event('AwardGranted', { awardId: 'a:3', period: 2011, stage: 'decided-by-district', kind: 'reward', recipientKind: 'collective', count: 2 }),
    );
    const view = commendationsView(facts);
    expect(view.periods.map((p) => [p.period, p.cells.map((c) => [c.kind, c.recipientKind, c.figure.value])])).toEqual([
      [{ from: 2007, to: 2010 }, [['reward', 'collective', 15], ['commendation', 'individual', 122]]],
      [2011, [['reward', 'collective', 2]]],
    ]);
    expect(view.totals?.period).toEqual({ from: 2007, to: 2011 });
    expect(view.totals?.cells.map((c) => [c.kind, c.recipientKind, c.figure.value])).toEqual([
      ['reward', 'collective', 17],
      ['commendation', 'individual', 122],
    ]);
  });

  it('has no totals without awards', () => {
    expect(commendationsView(withHierarchy())).toEqual({ periods: [], totals: null });
  });
});
