import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { id } from '../model/identifiers';
import { participationView } from './participationView';

const facts = withHierarchy(
  event('ParticipationReported', { factId: 'f:pm07', organisationId: 'org:district-a', period: 2007, category: 'party-members', countUnit: 'person', count: 1795 }),
  event('EligiblePopulationDeclared', { factId: 'f:el07', organisationId: 'org:district-a', period: 2007, category: 'party-members', count: 1923 }),
  event('ParticipationReported', { factId: 'f:pm08', organisationId: 'org:district-a', period: 2008, category: 'party-members', countUnit: 'person', count: 1917 }),
  event('ParticipationReported', { factId: 'f:pub08', organisationId: 'org:district-b', period: 2008, category: 'public', countUnit: 'attendance', count: 5245 }),
);

describe('participationView', () => {
  it('gives participants, eligible and rate per period and category, with data only', () => {
    const view = participationView(facts);
    expect(view.map((p) => p.period)).toEqual([2007, 2008]);
    const [y2007, y2008] = view;
    expect(y2007?.cells).toHaveLength(1);
    expect(y2007?.cells[0]?.participants?.value).toBe(1795);
    expect(y2007?.cells[0]?.eligible?.value).toBe(1923);
    expect(y2007?.cells[0]?.rate?.rate?.percent?.scaled).toBe(9334);
    const pm2008 = y2008?.cells.find((c) => c.category === 'party-members');
    expect(pm2008?.eligible).toBeUndefined();
    expect(pm2008?.rate?.status).toBe('not-computable');
    const pub2008 = y2008?.cells.find((c) => c.category === 'public');
    expect(pub2008).toMatchObject({ countUnit: 'attendance' });
    expect(pub2008?.participants?.value).toBe(5245);
    expect(pub2008?.rate).toBeUndefined();
  });

  it('keeps to the scope it is given', () => {
    const view = participationView(facts, { organisationId: id('org:district-b') });
    expect(view.map((p) => p.period)).toEqual([2008]);
    expect(view[0]?.cells.map((c) => c.category)).toEqual(['public']);
  });
});
