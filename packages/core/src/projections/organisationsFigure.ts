import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { allCounted, assembleFigure, partOf, type FigureKeyOf, type Part } from './figureAssembly';
import {
  combineGrains,
  operationalInCell,
  summaryInCell,
  type Cell,
  type OperationalCandidate,
  type SummaryCandidate,
} from './grains';
import { isWithin } from './organisationTree';
import { listingRetracted } from './retractedLineage';

/**
 * Organisations standing under an organisation (measure `organisations`): OrganisationsCounted
 * (its kind must equal the key's when the key fixes one; its period must lie inside the key's
 * when the key gives one) plus each registered organisation strictly under key.organisationId
 * (every registered one when absent) of the key's kind. A registered organisation is shadowed by a
 * count of the cell made at one of its strict ancestors that states no kind or its kind.
 * Organisations are a stock: of two counts of one organisation and kind, the later period counts.
 */
export const organisationsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'organisations'>): Figure => {
  const cell: Cell = { organisationId: key.organisationId, period: key.period, fixed: { kind: key.kind } };
  const summaries = factsOf(facts, 'OrganisationsCounted')
    .map((f): SummaryCandidate => {
      const stated = { kind: f.data.kind };
      return { ref: f.ref, value: f.data.count, organisationId: f.data.organisationId, period: f.data.period, stated, effective: stated };
    })
    .filter((s) => summaryInCell(facts, cell, s));
  const operationals = [...facts.organisations.values()]
    .map((f): OperationalCandidate => ({ ref: f.ref, value: 1, organisationId: f.data.organisationId, effective: { kind: f.data.kind } }))
    .filter((o) => operationalInCell(facts, cell, o, true));
  return assembleFigure(key, combineGrains(facts, summaries, operationals, { stock: true, strictCover: true }, cell.fixed));
});

/**
 * Pilot units (measure `pilot-units`, chỉ đạo điểm): organisations designated to pilot the
 * campaign within key.organisationId's subtree, each organisation counted once however often it
 * was designated.
 */
export const pilotUnitsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'pilot-units'>): Figure => {
  const seen = new Set<string>();
  const counted: Part[] = [];
  for (const f of factsOf(facts, 'PilotUnitDesignated')) {
    const id = f.data.organisationId;
    if (key.organisationId !== undefined && !isWithin(facts, id, key.organisationId)) continue;
    counted.push(partOf(f.ref, seen.has(id) ? 0 : 1));
    seen.add(id);
  }
  return assembleFigure(key, allCounted(counted));
});
