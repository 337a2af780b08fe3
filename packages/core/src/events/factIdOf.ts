import type { CampaignEvent } from './campaignEvent';

const unknownEvent = (_event: never): string => '';

/**
 * The fact's own id inside its event; events that carry none are named by what identifies them
 * (an attendance by class, category and unit; entries by contest, year and unit). A correction
 * names the fact it corrects by this id, and a FactCorrected's own id is its correctionId.
 */
export const factIdOf = (event: CampaignEvent): string => {
  switch (event.type) {
    case 'CampaignLaunched':
      return event.data.campaignId;
    case 'PhaseDeclared':
      return event.data.phaseId;
    case 'DocumentRecorded':
      return event.data.documentId;
    case 'OrganisationRegistered':
      return event.data.organisationId;
    case 'ResidentialAreaRegistered':
      return event.data.areaId;
    case 'SteeringCommitteeFormed':
      return event.data.committeeOrganisationId ?? event.data.organisationId;
    case 'PilotUnitDesignated':
      return event.data.organisationId;
    case 'StudyTopicSet':
      return event.data.topicId;
    case 'ClassHeld':
      return event.data.classId;
    case 'AttendanceRecorded':
      return `${event.data.classId}/${event.data.category}/${event.data.countUnit}`;
    case 'OutreachSessionHeld':
      return event.data.sessionId;
    case 'ContestLaunched':
      return event.data.contestId;
    case 'EntriesSubmitted':
      return `${event.data.contestId}/${event.data.year}/${event.data.organisationId}`;
    case 'AwardGranted':
      return event.data.awardId;
    case 'MaterialsDistributed':
      return event.data.distributionId;
    case 'InspectionConducted':
      return event.data.inspectionId;
    case 'FigureReported':
      return event.data.figureId;
    case 'FactCorrected':
      return event.data.correctionId;
    case 'ResidentialAreasDeclared':
    case 'OrganisationsCounted':
    case 'SteeringCommitteesReported':
    case 'EligiblePopulationDeclared':
    case 'ClassesReported':
    case 'ParticipationReported':
    case 'OutreachReported':
    case 'CommitmentsRecorded':
    case 'ContestParticipationReported':
    case 'PrizesAwarded':
    case 'ContestantsRated':
    case 'SelectionsSent':
      return event.data.factId;
    default:
      return unknownEvent(event);
  }
};
