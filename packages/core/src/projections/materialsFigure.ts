import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { allCounted, assembleFigure, partOf, type FigureKeyOf } from './figureAssembly';
import { periodWithin } from '../model/period';
import { isWithin } from './organisationTree';
import { listingRetracted } from './retractedLineage';

/** Copies of study materials distributed (measure `materials`) by distributors in the subtree, in periods inside the key's. */
export const materialsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'materials'>): Figure =>
  assembleFigure(
    key,
    allCounted(
      factsOf(facts, 'MaterialsDistributed')
        .filter(
          (f) =>
            periodWithin(f.data.period, key.period) &&
            (key.organisationId === undefined || isWithin(facts, f.data.distributorId, key.organisationId)),
        )
        .map((f) => partOf(f.ref, f.data.copies)),
    ),
  ));
