import { normalizing } from '../decider/normalizeFields';
import { newId, known, organisation, validPeriod, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Bloc } from '../model/bloc';
import { Count } from '../model/count';
import { CountUnit } from '../model/countUnit';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { OrganiserLevel } from '../model/organiserLevel';
import { ParticipantCategory } from '../model/participantCategory';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import { Qualifier } from '../model/qualifier';
import { partNumberOf, versionValueOf, countsParticipants } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of ParticipationReported. */
export interface ParticipationReportedData {
  factId: Id;
  organisationId: Id;
  period: Period;
  category: ParticipantCategory;
  countUnit: CountUnit;
  count: Count;
  provenance: Provenance;
  qualifier?: Qualifier;
  organiserLevel?: OrganiserLevel;
  bloc?: Bloc;
  classesFactId?: Id;
}
/** The payload of ParticipationReported. */
export const ParticipationReportedData: Codec<ParticipationReportedData> = declared<ParticipationReportedData>()(
  fields(
    {
      factId: Id,
      organisationId: Id,
      period: Period,
      category: ParticipantCategory,
      countUnit: CountUnit,
      count: Count,
      provenance: Provenance,
    },
    {
      qualifier: Qualifier,
      organiserLevel: OrganiserLevel,
      bloc: Bloc,
      classesFactId: Id,
    },
    'ParticipationReportedData',
  ),
);

/** A summary: so many participants of a category studied in a period in an organisation's scope ("đảng viên tham gia 1.795"). */
export interface ParticipationReported {
  type: 'ParticipationReported';
  data: ParticipationReportedData;
}
/** A summary: so many participants of a category studied in a period in an organisation's scope ("đảng viên tham gia 1.795"). */
export const ParticipationReported: Codec<ParticipationReported> = tagged<ParticipationReported>()('ParticipationReported', ParticipationReportedData);

/** Asks to record ParticipationReported: a summary: so many participants of a category studied in a period in an organisation's scope ("đảng viên tham gia 1.795"). */
export interface ReportParticipation {
  type: 'ReportParticipation';
  data: ParticipationReportedData;
}
/** Asks to record ParticipationReported. */
export const ReportParticipation: Codec<ReportParticipation> = tagged<ReportParticipation>()('ReportParticipation', ParticipationReportedData);

/** How the ledger handles ParticipationReported: its codecs, the rules of ReportParticipation, and how each fold takes it in. */
export const participationReportedSpec: EventSpec<'ParticipationReported'> = {
  codec: ParticipationReported,
  data: ParticipationReportedData,
  command: { type: 'ReportParticipation', codec: ReportParticipation },
  catalog: { grain: 'summary', says: 'so many participants of a category in a scope and period' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    wellFormed: [validPeriod('period')],
    references: [
      organisation('organisationId'),
      known('fact', 'classesFactId'),
      term('participant-category', 'category'),
      term('count-unit', 'countUnit'),
      term('bloc', 'bloc'),
    ],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (countsParticipants(measure) ? partNumberOf(d.count, d.countUnit, d.qualifier) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count, d.qualifier) },
};
