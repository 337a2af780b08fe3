import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, validPeriod, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { ParticipantCategory } from '../model/participantCategory';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import { Qualifier } from '../model/qualifier';
import { partNumberOf, versionValueOf, countsParticipants } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of OutreachReported. */
export interface OutreachReportedData {
  factId: Id;
  organisationId: Id;
  period: Period;
  provenance: Provenance;
  areasReached?: Count;
  attendances?: Count;
  attendancesQualifier?: Qualifier;
  audience?: ParticipantCategory;
}
/** The payload of OutreachReported. */
export const OutreachReportedData: Codec<OutreachReportedData> = declared<OutreachReportedData>()(
  fields(
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
  ),
);

/** A summary of study and outreach in residential areas ("117/160 bản, khu phố với trên 12.360 lượt người"). */
export interface OutreachReported {
  type: 'OutreachReported';
  data: OutreachReportedData;
}
/** A summary of study and outreach in residential areas ("117/160 bản, khu phố với trên 12.360 lượt người"). */
export const OutreachReported: Codec<OutreachReported> = tagged<OutreachReported>()('OutreachReported', OutreachReportedData);

/** Asks to record OutreachReported: a summary of study and outreach in residential areas ("117/160 bản, khu phố với trên 12.360 lượt người"). */
export interface ReportOutreach {
  type: 'ReportOutreach';
  data: OutreachReportedData;
}
/** Asks to record OutreachReported. */
export const ReportOutreach: Codec<ReportOutreach> = tagged<ReportOutreach>()('ReportOutreach', OutreachReportedData);

/** How the ledger handles OutreachReported: its codecs, the rules of ReportOutreach, and how each fold takes it in. */
export const outreachReportedSpec: EventSpec<'OutreachReported'> = {
  codec: OutreachReported,
  data: OutreachReportedData,
  command: { type: 'ReportOutreach', codec: ReportOutreach },
  catalog: { grain: 'summary', says: 'areas reached and attendances in a period' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('organisationId'), term('participant-category', 'audience')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => {
    if (measure === 'areas-reached') return partNumberOf(d.areasReached);
    return countsParticipants(measure) || measure === 'outreach-attendances'
      ? partNumberOf(d.attendances, 'attendance', d.attendancesQualifier)
      : undefined;
  },
  correction: {
    versionValue: (d, measure) =>
      measure === 'areas-reached' ? versionValueOf(d.areasReached) : versionValueOf(d.attendances, d.attendancesQualifier),
  },
};
