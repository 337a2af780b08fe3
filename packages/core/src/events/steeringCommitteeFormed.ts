import { endOfPeriod } from '../decider/domainDates';
import { normalizing } from '../decider/normalizeFields';
import { newId, known, organisation, validPeriod, dateWithin } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of SteeringCommitteeFormed. */
export interface SteeringCommitteeFormedData {
  organisationId: Id;
  provenance: Provenance;
  committeeOrganisationId?: Id;
  members?: Count;
  formedOn?: IsoDate;
  period?: Period;
  documentId?: Id;
}
/** The payload of SteeringCommitteeFormed. */
export const SteeringCommitteeFormedData: Codec<SteeringCommitteeFormedData> = declared<SteeringCommitteeFormedData>()(
  fields(
    {
      organisationId: Id,
      provenance: Provenance,
    },
    {
      committeeOrganisationId: Id,
      members: Count,
      formedOn: IsoDate,
      period: Period,
      documentId: Id,
    },
    'SteeringCommitteeFormedData',
  ),
);

/** An organisation formed its campaign steering committee (Ban Chỉ đạo), with its member count. */
export interface SteeringCommitteeFormed {
  type: 'SteeringCommitteeFormed';
  data: SteeringCommitteeFormedData;
}
/** An organisation formed its campaign steering committee (Ban Chỉ đạo), with its member count. */
export const SteeringCommitteeFormed: Codec<SteeringCommitteeFormed> = tagged<SteeringCommitteeFormed>()('SteeringCommitteeFormed', SteeringCommitteeFormedData);

/** Asks to record SteeringCommitteeFormed: an organisation formed its campaign steering committee (Ban Chỉ đạo), with its member count. */
export interface FormSteeringCommittee {
  type: 'FormSteeringCommittee';
  data: SteeringCommitteeFormedData;
}
/** Asks to record SteeringCommitteeFormed. */
export const FormSteeringCommittee: Codec<FormSteeringCommittee> = tagged<FormSteeringCommittee>()('FormSteeringCommittee', SteeringCommitteeFormedData);

/** How the ledger handles SteeringCommitteeFormed: its codecs, the rules of FormSteeringCommittee, and how each fold takes it in. */
export const steeringCommitteeFormedSpec: EventSpec<'SteeringCommitteeFormed'> = {
  codec: SteeringCommitteeFormed,
  data: SteeringCommitteeFormedData,
  command: { type: 'FormSteeringCommittee', codec: FormSteeringCommittee },
  catalog: { grain: 'operational', says: "one organisation's steering committee and its members" },
  factId: (d) => d.committeeOrganisationId ?? d.organisationId,
  decide: {
    // An organisation forms one steering committee.
    identity: newId('steering-committee', 'organisationId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('organisationId'), organisation('committeeOrganisationId'), known('document', 'documentId')],
    dates: [dateWithin('formedOn', 'period')],
    record: normalizing([]),
  },
  evolve: rememberId('steering-committee', 'organisationId'),
  domainDate: (d) => d.formedOn ?? endOfPeriod(d.period),
  registry: null,
  partNumber: (d, measure) => {
    if (measure === 'steering-committees') return partNumberOf(1);
    return measure === 'steering-committee-members' ? partNumberOf(d.members) : undefined;
  },
  correction: { versionValue: (d, measure) => versionValueOf(measure === 'steering-committees' ? 1 : d.members) },
};
