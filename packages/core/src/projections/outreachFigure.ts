import type { Period } from '../model/period';
import { factsOf, type CampaignFacts, type Fact } from './campaignFacts';
import type { Figure } from './figure';
import { assembleFigure, type FigureKeyOf } from './figureAssembly';
import {
  combineGrains,
  flowRules,
  operationalInCell,
  summaryInCell,
  type Cell,
  type OperationalCandidate,
  type SummaryCandidate,
} from './grains';
import { listingRetracted } from './retractedLineage';

type OutreachKey = FigureKeyOf<'areas-reached'> | FigureKeyOf<'outreach-attendances'>;

const cellOf = (key: { readonly organisationId?: string; readonly period: Period }): Cell => ({
  organisationId: key.organisationId,
  period: key.period,
  fixed: {},
});

// A summary that does not state the number a measure needs says nothing about it, so it neither
// counts nor shadows there.
const outreachSummaries = (
  facts: CampaignFacts,
  cell: Cell,
  valueOf: (f: Fact<'OutreachReported'>) => number | undefined,
  withQualifier: boolean,
): ReadonlyArray<SummaryCandidate> =>
  factsOf(facts, 'OutreachReported')
    .flatMap((f): SummaryCandidate[] => {
      const value = valueOf(f);
      if (value === undefined) return [];
      const d = f.data;
      const stated = { audience: d.audience };
      const qualifier = withQualifier ? d.attendancesQualifier : undefined;
      return [{ ref: f.ref, value, qualifier, organisationId: d.organisationId, period: d.period, stated, effective: stated }];
    })
    .filter((s) => summaryInCell(facts, cell, s));

// A session is placed by its area's organisation; a session in an unregistered area counts only
// in campaign-wide cells and no summary can cover it.
const sessions = (
  facts: CampaignFacts,
  cell: Cell,
  valueOf: (f: Fact<'OutreachSessionHeld'>) => number,
  distinct: boolean,
): ReadonlyArray<OperationalCandidate> =>
  factsOf(facts, 'OutreachSessionHeld')
    .map(
      (f): OperationalCandidate => ({
        ref: f.ref,
        value: valueOf(f),
        organisationId: facts.residentialAreas.get(f.data.areaId)?.data.organisationId,
        year: f.data.year,
        effective: {},
        distinctKey: distinct ? `${f.data.year}/${f.data.areaId}` : undefined,
      }),
    )
    .filter((o) => operationalInCell(facts, cell, o));

const outreachFigure = (facts: CampaignFacts, key: OutreachKey, measure: 'areas' | 'attendances'): Figure => {
  const cell = cellOf(key);
  const summaries =
    measure === 'areas'
      ? outreachSummaries(facts, cell, (f) => f.data.areasReached, false)
      : outreachSummaries(facts, cell, (f) => f.data.attendances, true);
  const operationals =
    measure === 'areas' ? sessions(facts, cell, () => 1, true) : sessions(facts, cell, (f) => f.data.attendances, false);
  const options = measure === 'attendances' ? { countUnit: 'attendance' as const } : {};
  return assembleFigure(key, combineGrains(facts, summaries, operationals, flowRules), options);
};

/**
 * Residential areas reached by study and outreach (measure `areas-reached`): OutreachReported
 * areasReached plus the distinct areas where an OutreachSessionHeld took place, each area counted
 * once a year as the yearly summaries count them. Sessions are shadowed by a summary of the cell
 * that states areasReached and covers their area's organisation and year.
 */
export const areasReachedFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'areas-reached'>): Figure =>
  outreachFigure(facts, key, 'areas'));

/**
 * Attendances at outreach (measure `outreach-attendances`, unit `attendance`): OutreachReported
 * attendances, with its qualifier, plus the attendances of each OutreachSessionHeld, shadowed by a
 * covering summary that states attendances.
 */
export const outreachAttendancesFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'outreach-attendances'>): Figure =>
  outreachFigure(facts, key, 'attendances'));

/**
 * Residential areas an organisation has (measure `areas-registered`): ResidentialAreasDeclared
 * counts for periods inside the key's, plus each registered area (a registry fact, standing in
 * every period) unless a declaration of the cell covers its organisation. Areas are a stock: of
 * two declarations of one organisation the one for the later period counts, so a span does not
 * add the same areas year after year.
 */
export const areasRegisteredFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'areas-registered'>): Figure => {
  const cell = cellOf(key);
  const summaries = factsOf(facts, 'ResidentialAreasDeclared')
    .map((f): SummaryCandidate => ({
      ref: f.ref,
      value: f.data.count,
      organisationId: f.data.organisationId,
      period: f.data.period,
      stated: {},
      effective: {},
    }))
    .filter((s) => summaryInCell(facts, cell, s));
  const operationals = [...facts.residentialAreas.values()]
    .map((f): OperationalCandidate => ({ ref: f.ref, value: 1, organisationId: f.data.organisationId, effective: {} }))
    .filter((o) => operationalInCell(facts, cell, o));
  return assembleFigure(key, combineGrains(facts, summaries, operationals, { stock: true, strictCover: false }));
});
