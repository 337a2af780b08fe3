import { describe, expect, it } from 'vitest';
import { event, figureFor, rolesOf, withHierarchy } from '../../test/envelopes';

const area = (areaId: string, organisationId: string) => event('ResidentialAreaRegistered', { areaId, name: areaId, kind: 'hamlet', organisationId });
const session = (sessionId: string, areaId: string, year: number, attendances: number) =>
  event('OutreachSessionHeld', { sessionId, areaId, year, heldOn: `${year}-06-01`, attendances });

describe('areasReachedFigure', () => {
  it('counts each area with sessions once a year', () => {
    const facts = withHierarchy(
      area('area:1', 'org:commune-a1'),
      area('area:2', 'org:commune-a1'),
      session('s:1', 'area:1', 2009, 50),
      session('s:2', 'area:1', 2009, 60),
      session('s:3', 'area:2', 2009, 70),
    );
    const figure = figureFor(facts, { measure: 'areas-reached', period: 2009, organisationId: 'org:district-a' });
    expect(figure.value).toBe(2);
    expect(rolesOf(figure)).toEqual([
      ['evt-10', 'counted', 1],
      ['evt-11', 'counted', 0],
      ['evt-12', 'counted', 1],
    ]);
    expect(figureFor(facts, { measure: 'areas-reached', period: 2009, organisationId: 'org:district-b' }).status).toBe('no-data');
  });

  it('shadows sessions under a summary that states areas reached, but not under one that does not', () => {
    const facts = withHierarchy(
      area('area:1', 'org:commune-a1'),
      session('s:1', 'area:1', 2009, 50),
      event('OutreachReported', { factId: 'f:att', organisationId: 'org:district-a', period: 2009, attendances: 12360 }),
    );
    const before = figureFor(facts, { measure: 'areas-reached', period: 2009 });
    expect(rolesOf(before)).toEqual([['evt-9', 'counted', 1]]);
    const withAreas = withHierarchy(
      area('area:1', 'org:commune-a1'),
      session('s:1', 'area:1', 2009, 50),
      event('OutreachReported', { factId: 'f:areas', organisationId: 'org:district-a', period: 2009, areasReached: 117 }),
    );
    const after = figureFor(withAreas, { measure: 'areas-reached', period: 2009 });
    expect(after.value).toBe(117);
    expect(rolesOf(after)).toEqual([
      ['evt-9', 'shadowed', 1],
      ['evt-10', 'counted', 117],
    ]);
  });
});

describe('outreachAttendancesFigure', () => {
  it('adds session attendances and carries the qualifier of a counted summary', () => {
    const facts = withHierarchy(
      area('area:a', 'org:commune-a1'),
      area('area:b', 'org:commune-b1'),
      session('s:a', 'area:a', 2009, 50),
      session('s:b', 'area:b', 2009, 70),
      event('OutreachReported', {
        factId: 'f:a',
        organisationId: 'org:district-a',
        period: 2009,
        areasReached: 117,
        attendances: 12360,
        attendancesQualifier: 'more-than',
      }),
    );
    const figure = figureFor(facts, { measure: 'outreach-attendances', period: 2009, organisationId: 'org:province' });
    expect(figure.value).toBe(12430);
    expect(figure.countUnit).toBe('attendance');
    expect(figure.qualifiers).toEqual(['more-than']);
    expect(rolesOf(figure)).toEqual([
      ['evt-10', 'shadowed', 50],
      ['evt-11', 'counted', 70],
      ['evt-12', 'counted', 12360],
    ]);
  });
});

describe('areasRegisteredFigure', () => {
  it('counts registered areas in every period until a declaration covers them', () => {
    const facts = withHierarchy(area('area:1', 'org:commune-a1'), area('area:2', 'org:commune-b1'));
    expect(figureFor(facts, { measure: 'areas-registered', period: 2009 }).value).toBe(2);
    const declared = withHierarchy(
      area('area:1', 'org:commune-a1'),
      area('area:2', 'org:commune-b1'),
      event('ResidentialAreasDeclared', { factId: 'f:160', organisationId: 'org:district-a', period: 2009, count: 160 }),
    );
    const figure = figureFor(declared, { measure: 'areas-registered', period: 2009, organisationId: 'org:province' });
    expect(figure.value).toBe(161);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'shadowed', 1],
      ['evt-9', 'counted', 1],
      ['evt-10', 'counted', 160],
    ]);
  });

  it('takes the latest declaration of an organisation over a span rather than adding the years', () => {
    const facts = withHierarchy(
      event('ResidentialAreasDeclared', { factId: 'f:2009', organisationId: 'org:district-a', period: 2009, count: 160 }),
      event('ResidentialAreasDeclared', { factId: 'f:2010', organisationId: 'org:district-a', period: 2010, count: 162 }),
    );
    const figure = figureFor(facts, { measure: 'areas-registered', period: { from: 2009, to: 2010 } });
    expect(figure.value).toBe(162);
    expect(rolesOf(figure)).toEqual([
      ['evt-8', 'shadowed', 160],
      ['evt-9', 'counted', 162],
    ]);
    expect(figureFor(facts, { measure: 'areas-registered', period: 2009 }).value).toBe(160);
  });
});
