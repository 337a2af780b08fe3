import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { allCounted, assembleFigure, partOf, type FigureKeyOf } from './figureAssembly';
import { periodWithin } from './grains';

/**
 * Awards (measure `awards`): AwardGranted counts whose period lies inside the key's (an award
 * decided over 2007–2010 counts in 2007–2010, never in 2009) and whose stage, kind and recipient
 * kind equal the key's where it fixes them. A proposal and a decision are different stages and
 * are never added unless the key leaves the stage open.
 */
export const awardsFigure = (facts: CampaignFacts, key: FigureKeyOf<'awards'>): Figure =>
  assembleFigure(
    key,
    allCounted(
      factsOf(facts, 'AwardGranted')
        .filter(
          (f) =>
            periodWithin(f.data.period, key.period) &&
            (key.stage === undefined || key.stage === f.data.stage) &&
            (key.kind === undefined || key.kind === f.data.kind) &&
            (key.recipientKind === undefined || key.recipientKind === f.data.recipientKind),
        )
        .map((f) => partOf(f.ref, f.data.count)),
    ),
  );
