import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { ParticipantCategory } from '../model/participantCategory';
import { Period } from '../model/period';
import { Qualifier } from '../model/qualifier';
import { Provenance } from '../model/provenance';

/** The payload of OutreachReported. */
export const OutreachReportedData = fields(
  {
    factId: Id,
    organisationId: Id,
    period: Period,
    provenance: Provenance,
  },
  {
    areasReached: Count,
    attendances: Count,
    attendancesQualifier: Qualifier,
    audience: ParticipantCategory,
  },
  'OutreachReportedData',
);
/** The payload of OutreachReported. */
export type OutreachReportedData = t.TypeOf<typeof OutreachReportedData>;

/** A summary of study and outreach in residential areas ("117/160 bản, khu phố với trên 12.360 lượt người"). */
export const OutreachReported = t.type({ type: t.literal('OutreachReported'), data: OutreachReportedData }, 'OutreachReported');
/** A summary of study and outreach in residential areas ("117/160 bản, khu phố với trên 12.360 lượt người"). */
export type OutreachReported = t.TypeOf<typeof OutreachReported>;
