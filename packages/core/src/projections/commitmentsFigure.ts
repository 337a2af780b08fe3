import { periodWithin } from '../model/period';
import { factsOf, type CampaignFacts } from './campaignFacts';
import { termLabelOf } from './factsVocabulary';
import type { Figure } from './figure';
import { allCounted, assembleFigure, partOf, type FigureKeyOf } from './figureAssembly';
import { isWithin } from './organisationTree';
import { listingRetracted } from './retractedLineage';

/**
 * Pledges and written reflections (measure `commitments`): CommitmentsRecorded counts of
 * organisations in the subtree, in periods inside the key's, of the key's kind when it fixes one
 * (pledges and reflections are never added unless the key leaves the kind open). The seed says
 * pledges were written without saying how many: such facts add nothing, and a cell whose facts
 * all lack a count is `not-computable` rather than 0.
 */
export const commitmentsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'commitments'>): Figure => {
  const inCell = factsOf(facts, 'CommitmentsRecorded').filter(
    (f) =>
      periodWithin(f.data.period, key.period) &&
      (key.kind === undefined || key.kind === f.data.kind) &&
      (key.organisationId === undefined || isWithin(facts, f.data.organisationId, key.organisationId)),
  );
  const counted = inCell.flatMap((f) => (f.data.count === undefined ? [] : [partOf(f.ref, f.data.count)]));
  const kinds = [...new Set(inCell.map((f) => `${termLabelOf(facts, 'commitment-kind', f.data.kind).en}s`))].join(' and ');
  const options = inCell.length > 0 ? { notComputable: `the report says ${kinds} were written but gives no number` } : {};
  return assembleFigure(key, allCounted(counted), options);
});
