import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { Year } from '../model/year';
import { Provenance } from '../model/provenance';

/** The payload of ContestParticipationReported. */
export const ContestParticipationReportedData = fields(
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
);
/** The payload of ContestParticipationReported. */
export type ContestParticipationReportedData = t.TypeOf<typeof ContestParticipationReportedData>;

/** A summary of who took part in a contest in a year: units, entries, contestants. */
export const ContestParticipationReported = t.type({ type: t.literal('ContestParticipationReported'), data: ContestParticipationReportedData }, 'ContestParticipationReported');
/** A summary of who took part in a contest in a year: units, entries, contestants. */
export type ContestParticipationReported = t.TypeOf<typeof ContestParticipationReported>;
