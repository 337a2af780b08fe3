import type { CampaignEventType } from '../events/campaignEvent';
import type { FigureKey } from '../model/figureKey';
import type { CampaignFacts } from './campaignFacts';
import type { Contribution, Figure } from './figure';
import { byPosition } from './figureAssembly';
import { correctedFactKey } from './factCorrections';
import { withRetractionsUndone } from './factRetractions';

const entryOf = (c: Contribution): string => `${c.eventId}|${c.role}`;

// The contributions of the retracted facts to the figure computed as if they stood: each one counted
// or shadowed there is retracted here, with its note; the versions a correction superseded before
// the retraction stay superseded.
const retractedContributions = (facts: CampaignFacts, asIfStanding: Figure): ReadonlyArray<Contribution> =>
  asIfStanding.contributions.flatMap((c): Contribution[] => {
    const note = facts.retractions.get(correctedFactKey(c.eventType as CampaignEventType, c.factId))?.ref.retraction;
    if (note === undefined) return [];
    return [c.role === 'superseded' ? c : { ...c, role: 'retracted', retraction: note }];
  });

/**
 * A figure computation whose lineage also lists what retractions withdrew from the cell. The
 * figure is computed from the facts as they stand (a retracted fact counts nowhere and shadows
 * nothing); when retractions were recorded, the cell is computed again as if none had been, and
 * each retracted fact that counted or was shadowed there is listed with role `retracted`, the value
 * it would add and its retraction note, beside the versions it superseded. They add nothing; a
 * figure made of retracted facts alone has no data.
 */
export const listingRetracted =
  <K extends FigureKey>(compute: (facts: CampaignFacts, key: K) => Figure) =>
  (facts: CampaignFacts, key: K): Figure => {
    const figure = compute(facts, key);
    if (facts.retractions.size === 0) return figure;
    const listed = new Set(figure.contributions.map(entryOf));
    const retracted = retractedContributions(facts, compute(withRetractionsUndone(facts), key)).filter((c) => !listed.has(entryOf(c)));
    return retracted.length === 0 ? figure : { ...figure, contributions: [...figure.contributions, ...retracted].sort(byPosition) };
  };
