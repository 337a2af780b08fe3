import { describe, expect, it, vi } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { builtInRules } from '../audit/builtInRules';
import type { FigureKey } from '../model/figureKey';
import * as figureOfModule from '../projections/figureOf';
import { figureKeyId, figureLookup } from '../projections/figureLookup';
import { buildAuditSection } from '../audit/auditSection';
import { buildCampaignReport } from './campaignReport';

// Every figure a report and its audit need goes through one lookup: the rows, the reconciliation
// of every statement and the validation rules see the same figures, each computed once.

vi.mock('../projections/figureOf', async (importOriginal) => {
  const original = await importOriginal<typeof figureOfModule>();
  return { ...original, figureOf: vi.fn(original.figureOf) };
});

const D = 'org:district-a';

const facts = withHierarchy(
  event('ClassesReported', { factId: 'f:district', organisationId: D, period: 2010, count: 2, organiserLevel: 'district' }),
  event('ClassesReported', { factId: 'f:units', organisationId: D, period: 2010, count: 33, organiserLevel: 'unit' }),
  event('ParticipationReported', { factId: 'f:pm', organisationId: D, period: 2009, category: 'party-members', countUnit: 'person', count: 2181 }),
  event('EligiblePopulationDeclared', { factId: 'f:eligible', organisationId: D, period: 2009, category: 'party-members', count: 2321 }),
  event('AwardGranted', { awardId: 'a:proposed', period: { from: 2007, to: 2010 }, stage: 'proposed-by-unit', kind: 'reward', recipientKind: 'collective', count: 43 }),
  event('AwardGranted', { awardId: 'a:decided', period: { from: 2007, to: 2010 }, stage: 'decided-by-district', kind: 'reward', recipientKind: 'collective', count: 44 }),
  event('FigureReported', { figureId: 'figure:classes', figure: { measure: 'classes', period: 2010, organisationId: D }, value: 36, parts: ['f:district', 'f:units'] }),
  event('FigureReported', { figureId: 'figure:units', figure: { measure: 'classes', period: 2010, organisationId: D, organiserLevel: 'unit' }, value: 33 }),
  // A key no view lists: the row and the reconciliation both need it.
  event('FigureReported', {
    figureId: 'figure:unit-participants',
    figure: { measure: 'participants', period: 2009, organisationId: D, category: 'party-members', countUnit: 'person', organiserLevel: 'unit' },
    value: 1854,
  }),
  event('FigureReported', {
    figureId: 'figure:rate',
    figure: { measure: 'participation-rate', period: 2009, organisationId: D, category: 'party-members' },
    numerator: 2181,
    denominator: 2321,
    percent: { scaled: 942, decimals: 1 },
  }),
);

describe('one computation per figure', () => {
  it('a report and its audit that share a lookup compute no figure twice, and the audit asks the lookup for every figure it reads', () => {
    const figureOf = vi.mocked(figureOfModule.figureOf);
    figureOf.mockClear();
    const figures = figureLookup(facts);
    const report = buildCampaignReport(facts, { organisationId: D, figures });
    const audit = buildAuditSection(facts, builtInRules, { _tag: 'NotVerified', reason: 'not asked' }, { figures });
    const computed = figureOf.mock.calls.map(([, key]) => figureKeyId(key as FigureKey));
    expect(computed.length).toBeGreaterThan(0);
    expect(computed.filter((id, i) => computed.indexOf(id) !== i)).toEqual([]);
    expect(report.groups.length).toBeGreaterThan(0);
    expect(audit.reconciliation.statedFigures).toBe(4);
    expect(audit.rules.violations.length).toBeGreaterThan(0);
  });

  it('a lookup keeps what it computed: asking twice computes once', () => {
    const figureOf = vi.mocked(figureOfModule.figureOf);
    figureOf.mockClear();
    const figures = figureLookup(facts);
    const key: FigureKey = { measure: 'classes', period: 2010 as never };
    expect(figures(key)).toBe(figures({ ...key }));
    expect(figureOf).toHaveBeenCalledTimes(1);
  });
});
