import type { CampaignEvent } from '../events/campaignEvent';
import { type Period, periodEnd } from '../model/period';

const endOfYear = (year: number): string => `${year}-12-31`;
const endOf = (period: Period | undefined): string | null => (period === undefined ? null : periodEnd(period));

/**
 * The day an event happened in the campaign, as opposed to the day it was recorded: its own date
 * when it has one, else the last day of the year or period it is filed under, else null for
 * registry facts that have no time (an organisation, an area). An attendance has no date of its
 * own; it takes its class's, which a caller finds through the class id. A correction takes the
 * date of its replacement.
 *
 * @example campaignDomainDate({ type: 'ParticipationReported', data: { period: 2007, ... } }) === '2007-12-31'
 */
export const campaignDomainDate = (event: CampaignEvent): string | null => {
  switch (event.type) {
    case 'CampaignLaunched':
      return event.data.launchedOn;
    case 'PhaseDeclared':
      return event.data.issuedOn;
    case 'DocumentRecorded':
      return event.data.issuedOn ?? null;
    case 'OrganisationRegistered':
    case 'ResidentialAreaRegistered':
    case 'AttendanceRecorded':
      return null;
    case 'ResidentialAreasDeclared':
    case 'OrganisationsCounted':
    case 'EligiblePopulationDeclared':
    case 'ParticipationReported':
    case 'OutreachReported':
    case 'CommitmentsRecorded':
      return periodEnd(event.data.period);
    case 'SteeringCommitteeFormed':
      return event.data.formedOn ?? endOf(event.data.period);
    case 'SteeringCommitteesReported':
    case 'PilotUnitDesignated':
      return endOf(event.data.period);
    case 'StudyTopicSet':
    case 'EntriesSubmitted':
    case 'ContestParticipationReported':
    case 'PrizesAwarded':
    case 'ContestantsRated':
    case 'SelectionsSent':
      return endOfYear(event.data.year);
    case 'ClassHeld':
      return event.data.startsOn;
    case 'ClassesReported':
      return event.data.startsOn ?? periodEnd(event.data.period);
    case 'OutreachSessionHeld':
      return event.data.heldOn;
    case 'ContestLaunched':
      return event.data.launchedOn ?? periodEnd(event.data.period);
    case 'AwardGranted':
      return event.data.decidedOn ?? periodEnd(event.data.period);
    case 'MaterialsDistributed':
      return event.data.distributedOn ?? periodEnd(event.data.period);
    case 'InspectionConducted':
      return event.data.conductedOn ?? periodEnd(event.data.period);
    case 'FigureReported': {
      const key = event.data.figure;
      return endOf('period' in key ? key.period : undefined);
    }
    case 'FactCorrected':
      // A correction says what happened then, so it is filed where its replacement is.
      return campaignDomainDate(event.data.replacement);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};
