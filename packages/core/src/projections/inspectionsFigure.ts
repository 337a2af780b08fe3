import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { allCounted, assembleFigure, partOf, type FigureKeyOf } from './figureAssembly';
import { periodWithin } from '../model/period';
import { isWithin } from './organisationTree';
import { listingRetracted } from './retractedLineage';

/**
 * Inspections (measure `inspections`, kiểm tra, giám sát): the counts of InspectionConducted facts
 * by inspectors in the subtree, in periods inside the key's. Reports often say inspections took
 * place "every year" without a number: such facts add nothing, and a cell where no fact gives a
 * number is `not-computable`.
 */
export const inspectionsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'inspections'>): Figure => {
  const inCell = factsOf(facts, 'InspectionConducted').filter(
    (f) =>
      periodWithin(f.data.period, key.period) &&
      (key.organisationId === undefined || isWithin(facts, f.data.inspectorId, key.organisationId)),
  );
  const counted = inCell.flatMap((f) => (f.data.count === undefined ? [] : [partOf(f.ref, f.data.count)]));
  const options = inCell.length > 0 ? { notComputable: 'the report says inspections were conducted but gives no number' } : {};
  return assembleFigure(key, allCounted(counted), options);
});
