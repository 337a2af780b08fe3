import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { OrganisationKind } from '../model/organisationKind';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of SteeringCommitteesReported. */
export const SteeringCommitteesReportedData = fields(
  {
    factId: Id,
    organisationId: Id,
    committees: Count,
    provenance: Provenance,
  },
  {
    memberKind: OrganisationKind,
    members: Count,
    period: Period,
  },
  'SteeringCommitteesReportedData',
);
/** The payload of SteeringCommitteesReported. */
export type SteeringCommitteesReportedData = t.TypeOf<typeof SteeringCommitteesReportedData>;

/** A summary: so many organisations under an organisation formed steering committees with so many members in all. */
export const SteeringCommitteesReported = t.type({ type: t.literal('SteeringCommitteesReported'), data: SteeringCommitteesReportedData }, 'SteeringCommitteesReported');
/** A summary: so many organisations under an organisation formed steering committees with so many members in all. */
export type SteeringCommitteesReported = t.TypeOf<typeof SteeringCommitteesReported>;
