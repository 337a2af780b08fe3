import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Bloc } from '../model/bloc';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { OrganiserLevel } from '../model/organiserLevel';
import { ParticipantCategory } from '../model/participantCategory';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of ClassesReported. */
export const ClassesReportedData = fields(
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
);
/** The payload of ClassesReported. */
export type ClassesReportedData = t.TypeOf<typeof ClassesReportedData>;

/** A summary: so many classes were held in a period in an organisation's scope ("khối nông thôn 20 lớp"). */
export const ClassesReported = t.type({ type: t.literal('ClassesReported'), data: ClassesReportedData }, 'ClassesReported');
/** A summary: so many classes were held in a period in an organisation's scope ("khối nông thôn 20 lớp"). */
export type ClassesReported = t.TypeOf<typeof ClassesReported>;
