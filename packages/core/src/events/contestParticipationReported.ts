import { endOfYear } from '../decider/domainDates';
import { normalizing } from '../decider/normalizeFields';
import { newId, contest, yearInContest } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { Provenance } from '../model/provenance';
import { Year } from '../model/year';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of ContestParticipationReported. */
export interface ContestParticipationReportedData {
  factId: Id;
  contestId: Id;
  year: Year;
  provenance: Provenance;
  units?: Count;
  entries?: Count;
  contestants?: Count;
}
/** The payload of ContestParticipationReported. */
export const ContestParticipationReportedData: Codec<ContestParticipationReportedData> = declared<ContestParticipationReportedData>()(
  fields(
    {
      factId: Id,
      contestId: Id,
      year: Year,
      provenance: Provenance,
    },
    {
      units: Count,
      entries: Count,
      contestants: Count,
    },
    'ContestParticipationReportedData',
  ),
);

/** A summary of who took part in a contest in a year: units, entries, contestants. */
export interface ContestParticipationReported {
  type: 'ContestParticipationReported';
  data: ContestParticipationReportedData;
}
/** A summary of who took part in a contest in a year: units, entries, contestants. */
export const ContestParticipationReported: Codec<ContestParticipationReported> = tagged<ContestParticipationReported>()('ContestParticipationReported', ContestParticipationReportedData);

/** Asks to record ContestParticipationReported: a summary of who took part in a contest in a year: units, entries, contestants. */
export interface ReportContestParticipation {
  type: 'ReportContestParticipation';
  data: ContestParticipationReportedData;
}
/** Asks to record ContestParticipationReported. */
export const ReportContestParticipation: Codec<ReportContestParticipation> = tagged<ReportContestParticipation>()('ReportContestParticipation', ContestParticipationReportedData);

/** How the ledger handles ContestParticipationReported: its codecs, the rules of ReportContestParticipation, and how each fold takes it in. */
export const contestParticipationReportedSpec: EventSpec<'ContestParticipationReported'> = {
  codec: ContestParticipationReported,
  data: ContestParticipationReportedData,
  command: { type: 'ReportContestParticipation', codec: ReportContestParticipation },
  catalog: { grain: 'summary', says: 'units, entries and contestants of a contest year' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    references: [contest('contestId')],
    dates: [yearInContest('year', 'contestId')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => endOfYear(d.year),
  registry: null,
  partNumber: (d, measure) => {
    if (measure === 'contest-units') return partNumberOf(d.units);
    if (measure === 'contest-entries') return partNumberOf(d.entries);
    return measure === 'contest-contestants' ? partNumberOf(d.contestants) : undefined;
  },
  correction: {
    versionValue: (d, measure) =>
      versionValueOf(measure === 'contest-units' ? d.units : measure === 'contest-entries' ? d.entries : d.contestants),
  },
};
