import { endOfPeriod } from '../decider/domainDates';
import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, validPeriod, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { OrganisationKind } from '../model/organisationKind';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of SteeringCommitteesReported. */
export interface SteeringCommitteesReportedData {
  factId: Id;
  organisationId: Id;
  committees: Count;
  provenance: Provenance;
  memberKind?: OrganisationKind;
  members?: Count;
  period?: Period;
}
/** The payload of SteeringCommitteesReported. */
export const SteeringCommitteesReportedData: Codec<SteeringCommitteesReportedData> = declared<SteeringCommitteesReportedData>()(
  fields(
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
  ),
);

/** A summary: so many organisations under an organisation formed steering committees with so many members in all. */
export interface SteeringCommitteesReported {
  type: 'SteeringCommitteesReported';
  data: SteeringCommitteesReportedData;
}
/** A summary: so many organisations under an organisation formed steering committees with so many members in all. */
export const SteeringCommitteesReported: Codec<SteeringCommitteesReported> = tagged<SteeringCommitteesReported>()('SteeringCommitteesReported', SteeringCommitteesReportedData);

/** Asks to record SteeringCommitteesReported: a summary: so many organisations under an organisation formed steering committees with so many members in all. */
export interface ReportSteeringCommittees {
  type: 'ReportSteeringCommittees';
  data: SteeringCommitteesReportedData;
}
/** Asks to record SteeringCommitteesReported. */
export const ReportSteeringCommittees: Codec<ReportSteeringCommittees> = tagged<ReportSteeringCommittees>()('ReportSteeringCommittees', SteeringCommitteesReportedData);

/** How the ledger handles SteeringCommitteesReported: its codecs, the rules of ReportSteeringCommittees, and how each fold takes it in. */
export const steeringCommitteesReportedSpec: EventSpec<'SteeringCommitteesReported'> = {
  codec: SteeringCommitteesReported,
  data: SteeringCommitteesReportedData,
  command: { type: 'ReportSteeringCommittees', codec: ReportSteeringCommittees },
  catalog: { grain: 'summary', says: 'so many committees with so many members under an organisation' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('organisationId'), term('organisation-kind', 'memberKind')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => endOfPeriod(d.period),
  registry: null,
  partNumber: (d, measure) => {
    if (measure === 'steering-committees') return partNumberOf(d.committees);
    return measure === 'steering-committee-members' ? partNumberOf(d.members) : undefined;
  },
  correction: { versionValue: (d, measure) => versionValueOf(measure === 'steering-committees' ? d.committees : d.members) },
};
