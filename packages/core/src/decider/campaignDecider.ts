import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { type CampaignCommand, eventTypeOfCommand } from '../commands/campaignCommand';
import type { DomainError } from '../errors/domainError';
import type { CampaignEvent } from '../events/campaignEvent';
import { specOf } from '../events/campaignEventSpecs';
import type { Decider } from './decider';
import { type CampaignState, evolveCampaignState, initialCampaignState } from './campaignState';
import { decideByRules } from './recordingRules';

// One generic decision for every command: the rules of the spec of the event it records.
const decideOne = (command: CampaignCommand, state: CampaignState): E.Either<DomainError, CampaignEvent> => {
  const type = eventTypeOfCommand[command.type];
  return pipe(
    decideByRules(specOf(type).decide, command.data, state),
    // The data was decided by the rules of its own type, so the pair is an event of that type.
    E.map((data) => ({ type, data }) as CampaignEvent),
  );
};

/**
 * The decider of one campaign ledger (stream `campaign-<campaignId>`). Every accepted command
 * records exactly one event, `eventTypeOfCommand[command.type]`, whose data is the command's
 * data with names, titles and the provenance normalised (the quoted sentence is kept as
 * written). The rules each command must pass are written in the spec table, one entry per event
 * type (`campaignEventSpecs[type].decide`), and evaluated by one generic function,
 * `decideByRules`: identity (an id already taken), well-formedness (periods, date ranges),
 * references (organisations, contests, documents, ...), then dates against the period the fact
 * is filed under; the first rule broken is the answer. Before any of them, every command but
 * LaunchCampaign needs a launched campaign. Only invariant rules are enforced: what real reports
 * contain and the audit flags later (more decided than proposed, parts that do not add up, more
 * prizes than entries) is accepted as written.
 *
 * CorrectFact records a FactCorrected: the corrected fact must exist (UnknownReference 'fact'),
 * the replacement must have its event type and id (CorrectionMismatch), the fact must not be
 * retracted (FactAlreadyRetracted), and the replacement must pass the rules a new fact of its type
 * passes, except the unique-id rule; a correctionId is unique. A fact may be corrected again: the
 * latest correction is the current value.
 *
 * RetractFact records a FactRetracted: the retracted fact must be one a correction could replace
 * (UnknownReference 'fact'), not retracted already (FactAlreadyRetracted), the only fact standing
 * under its id (AmbiguousRetraction), and, for a class, without attendance standing on it
 * (RetractionOfReferencedFact); a retractionId is unique. A retraction is final: the fact is not
 * corrected afterwards, nothing is recorded against a retracted class, and the retracted fact's id
 * stays taken, so no new fact is recorded under it.
 *
 * @example
 * const state = history.reduce(campaignDecider.evolve, campaignDecider.initialState());
 * pipe(campaignDecider.decide(command, state), E.match(describeDomainError, (events) => append(events)));
 */
export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState, DomainError> = {
  decide: (command, state) =>
    command.type !== 'LaunchCampaign' && state.campaignId === null
      ? E.left({ _tag: 'CampaignNotLaunched', commandType: command.type })
      : pipe(
          decideOne(command, state),
          E.map((event): ReadonlyArray<CampaignEvent> => [event]),
        ),
  evolve: evolveCampaignState,
  initialState: initialCampaignState,
};
