import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { assembleFigure, type FigureKeyOf } from './figureAssembly';
import { combineGrains, flowRules, summaryInCell, type Cell, type SummaryCandidate } from './grains';
import { listingRetracted } from './retractedLineage';

/**
 * Organisations that did something (measure `acting-organisations`, "18/18 đảng bộ đã thành lập
 * ban chỉ đạo", "100% chi bộ đã xây dựng kế hoạch"): ActingOrganisationsCounted facts of the key's
 * activity, of organisations in the subtree, for periods inside the key's, of the key's kind of
 * organisation when it fixes one. A count made at an organisation covers the counts made below it
 * for the same activity, kind and period, and a restatement replaces what it restates. Its
 * companion denominator is the count of organisations of that kind (`companionDenominatorKey`), so
 * that a stated share ("100%") is set against both. Facts that give no count add nothing; a cell
 * whose facts all lack one is `not-computable`.
 */
export const actingOrganisationsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'acting-organisations'>): Figure => {
  const cell: Cell = { organisationId: key.organisationId, period: key.period, fixed: { activity: key.activity, kind: key.kind } };
  let unnumbered = 0;
  const summaries = factsOf(facts, 'ActingOrganisationsCounted').flatMap((f): SummaryCandidate[] => {
    const d = f.data;
    const stated = { activity: d.activity, kind: d.kind };
    const candidate = { ref: f.ref, organisationId: d.organisationId, period: d.period, stated, effective: stated };
    if (!summaryInCell(facts, cell, { ...candidate, value: 0 })) return [];
    if (d.count === undefined) {
      unnumbered += 1;
      return [];
    }
    return [{ ...candidate, value: d.count }];
  });
  const options = unnumbered > 0 ? { notComputable: 'the report says organisations did it but gives no number' } : {};
  return assembleFigure(key, combineGrains(facts, summaries, [], flowRules, cell.fixed), options);
});
