import { periodWithin } from '../model/period';
import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { allCounted, assembleFigure, partOf, type FigureKeyOf } from './figureAssembly';
import { listingRetracted } from './retractedLineage';

/**
 * Awards (measure `awards`): AwardGranted counts whose period lies inside the key's (an award
 * decided over 2007–2010 counts in 2007–2010, never in 2009) and whose stage, kind, recipient
 * kind, deciding body and instrument equal the key's where it fixes them. A proposal and a
 * decision are different stages and are never added unless the key leaves the stage open; an
 * award whose deciding body or instrument is not stated counts only where the key leaves it open,
 * so a statement of one body is never compared with the awards of another.
 */
export const awardsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'awards'>): Figure =>
  assembleFigure(
    key,
    allCounted(
      factsOf(facts, 'AwardGranted')
        .filter(
          (f) =>
            periodWithin(f.data.period, key.period) &&
            (key.stage === undefined || key.stage === f.data.stage) &&
            (key.kind === undefined || key.kind === f.data.kind) &&
            (key.recipientKind === undefined || key.recipientKind === f.data.recipientKind) &&
            (key.decidingBody === undefined || key.decidingBody === f.data.decidingBody) &&
            (key.instrument === undefined || key.instrument === f.data.instrument),
        )
        .map((f) => partOf(f.ref, f.data.count)),
    ),
  ));
