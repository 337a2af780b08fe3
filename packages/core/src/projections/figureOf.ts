import type { FigureKey } from '../model/figureKey';
import { actingOrganisationsFigure } from './actingOrganisationsFigure';
import { awardsFigure } from './awardsFigure';
import type { CampaignFacts } from './campaignFacts';
import { classesFigure } from './classesFigure';
import { commitmentsFigure } from './commitmentsFigure';
import { steeringCommitteeMembersFigure, steeringCommitteesFigure } from './committeesFigure';
import {
  contestContestantsFigure,
  contestEntriesFigure,
  contestUnitsFigure,
  prizesFigure,
  ratingsFigure,
  selectionsFigure,
} from './contestFigure';
import type { Figure } from './figure';
import { inspectionsFigure } from './inspectionsFigure';
import { materialsFigure } from './materialsFigure';
import { organisationsFigure, pilotUnitsFigure } from './organisationsFigure';
import { areasReachedFigure, areasRegisteredFigure, outreachAttendancesFigure } from './outreachFigure';
import { eligibleFigure, participantsFigure, participationRateFigure } from './participationFigure';

const unknownMeasure = (key: never): never => {
  throw new TypeError(`figureOf: unknown measure in ${JSON.stringify(key)}`);
};

/**
 * The figure a key names, computed from the campaign's facts, with every fact that made it
 * (counted or shadowed). The rules of each measure are on its function; the common ones:
 * - scope: with key.organisationId a fact counts when its organisation is that one or stands
 *   below it (parentId chain), so a province sums its districts; without it, every organisation;
 * - period: a fact counts when its own period lies inside the key's (an operational fact's period
 *   is its year); a span such as 2007–2010 is never split into years;
 * - dimensions: a dimension the key fixes must equal the fact's own value; a fact that does not
 *   state it does not count there. A fact's bloc is its own, else its organisation's (or that of
 *   the nearest ancestor that has one);
 * - two grains: an operational fact is shadowed (listed with role `shadowed`, not added) when a
 *   summary fact counting in the same cell covers it: the summary's period contains the fact's
 *   year, the fact's organisation is the summary's or stands below it (strictly below for
 *   organisation and committee counts), and every dimension the summary states equals the fact's.
 *   A summary covered the same way by a broader one of the cell, or restated later for the same
 *   scope, is shadowed too, so a total reported beside its breakdown is counted once. A summary
 *   outside the cell (another bloc, a wider organisation, a span around the key's year) shadows
 *   nothing there;
 * - status: `computed` when some fact counts, `not-computable` when a part is missing (a rate
 *   without a denominator, pledges without a number), else `no-data` with value null;
 * - retractions: a retracted fact counts nowhere and shadows nothing; every measure's function
 *   lists the facts retractions withdrew from the cell with role `retracted` (`listingRetracted`).
 */
export const figureOf = (facts: CampaignFacts, key: FigureKey): Figure => {
  switch (key.measure) {
    case 'classes':
      return classesFigure(facts, key);
    case 'participants':
      return participantsFigure(facts, key);
    case 'eligible':
      return eligibleFigure(facts, key);
    case 'participation-rate':
      return participationRateFigure(facts, key);
    case 'areas-reached':
      return areasReachedFigure(facts, key);
    case 'areas-registered':
      return areasRegisteredFigure(facts, key);
    case 'outreach-attendances':
      return outreachAttendancesFigure(facts, key);
    case 'organisations':
      return organisationsFigure(facts, key);
    case 'acting-organisations':
      return actingOrganisationsFigure(facts, key);
    case 'steering-committees':
      return steeringCommitteesFigure(facts, key);
    case 'steering-committee-members':
      return steeringCommitteeMembersFigure(facts, key);
    case 'pilot-units':
      return pilotUnitsFigure(facts, key);
    case 'commitments':
      return commitmentsFigure(facts, key);
    case 'contest-units':
      return contestUnitsFigure(facts, key);
    case 'contest-entries':
      return contestEntriesFigure(facts, key);
    case 'contest-contestants':
      return contestContestantsFigure(facts, key);
    case 'prizes':
      return prizesFigure(facts, key);
    case 'ratings':
      return ratingsFigure(facts, key);
    case 'selections':
      return selectionsFigure(facts, key);
    case 'awards':
      return awardsFigure(facts, key);
    case 'materials':
      return materialsFigure(facts, key);
    case 'inspections':
      return inspectionsFigure(facts, key);
    default:
      return unknownMeasure(key);
  }
};
