import { normalizing } from '../decider/normalizeFields';
import { newId, known, organisation, validPeriod, dateRange, dateWithin, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Bloc } from '../model/bloc';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { OrganiserLevel } from '../model/organiserLevel';
import { ParticipantCategory } from '../model/participantCategory';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of ClassesReported. */
export interface ClassesReportedData {
  factId: Id;
  organisationId: Id;
  period: Period;
  count: Count;
  provenance: Provenance;
  organiserId?: Id;
  organiserLevel?: OrganiserLevel;
  bloc?: Bloc;
  topicId?: Id;
  audience?: ParticipantCategory;
  startsOn?: IsoDate;
  endsOn?: IsoDate;
}
/** The payload of ClassesReported. */
export const ClassesReportedData: Codec<ClassesReportedData> = declared<ClassesReportedData>()(
  fields(
    {
      factId: Id,
      organisationId: Id,
      period: Period,
      count: Count,
      provenance: Provenance,
    },
    {
      organiserId: Id,
      organiserLevel: OrganiserLevel,
      bloc: Bloc,
      topicId: Id,
      audience: ParticipantCategory,
      startsOn: IsoDate,
      endsOn: IsoDate,
    },
    'ClassesReportedData',
  ),
);

/** A summary: so many classes were held in a period in an organisation's scope ("khối nông thôn 20 lớp"). */
export interface ClassesReported {
  type: 'ClassesReported';
  data: ClassesReportedData;
}
/** A summary: so many classes were held in a period in an organisation's scope ("khối nông thôn 20 lớp"). */
export const ClassesReported: Codec<ClassesReported> = tagged<ClassesReported>()('ClassesReported', ClassesReportedData);

/** Asks to record ClassesReported: a summary: so many classes were held in a period in an organisation's scope ("khối nông thôn 20 lớp"). */
export interface ReportClasses {
  type: 'ReportClasses';
  data: ClassesReportedData;
}
/** Asks to record ClassesReported. */
export const ReportClasses: Codec<ReportClasses> = tagged<ReportClasses>()('ReportClasses', ClassesReportedData);

/** How the ledger handles ClassesReported: its codecs, the rules of ReportClasses, and how each fold takes it in. */
export const classesReportedSpec: EventSpec<'ClassesReported'> = {
  codec: ClassesReported,
  data: ClassesReportedData,
  command: { type: 'ReportClasses', codec: ReportClasses },
  catalog: { grain: 'summary', says: 'so many classes in a scope and period' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    wellFormed: [validPeriod('period'), dateRange('startsOn', 'endsOn')],
    references: [
      organisation('organisationId'),
      organisation('organiserId'),
      known('topic', 'topicId'),
      term('bloc', 'bloc'),
      term('participant-category', 'audience'),
    ],
    dates: [dateWithin('startsOn', 'period'), dateWithin('endsOn', 'period')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => d.startsOn ?? periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (measure === 'classes' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
