import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of SteeringCommitteeFormed. */
export const SteeringCommitteeFormedData = fields(
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
);
/** The payload of SteeringCommitteeFormed. */
export type SteeringCommitteeFormedData = t.TypeOf<typeof SteeringCommitteeFormedData>;

/** An organisation formed its campaign steering committee (Ban Chỉ đạo), with its member count. */
export const SteeringCommitteeFormed = t.type({ type: t.literal('SteeringCommitteeFormed'), data: SteeringCommitteeFormedData }, 'SteeringCommitteeFormed');
/** An organisation formed its campaign steering committee (Ban Chỉ đạo), with its member count. */
export type SteeringCommitteeFormed = t.TypeOf<typeof SteeringCommitteeFormed>;
