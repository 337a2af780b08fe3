import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Bloc } from '../model/bloc';
import { Count } from '../model/count';
import { CountUnit } from '../model/countUnit';
import { Id } from '../model/identifiers';
import { OrganiserLevel } from '../model/organiserLevel';
import { ParticipantCategory } from '../model/participantCategory';
import { Period } from '../model/period';
import { Qualifier } from '../model/qualifier';
import { Provenance } from '../model/provenance';

/** The payload of ParticipationReported. */
export const ParticipationReportedData = fields(
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
);
/** The payload of ParticipationReported. */
export type ParticipationReportedData = t.TypeOf<typeof ParticipationReportedData>;

/** A summary: so many participants of a category studied in a period in an organisation's scope ("đảng viên tham gia 1.795"). */
export const ParticipationReported = t.type({ type: t.literal('ParticipationReported'), data: ParticipationReportedData }, 'ParticipationReported');
/** A summary: so many participants of a category studied in a period in an organisation's scope ("đảng viên tham gia 1.795"). */
export type ParticipationReported = t.TypeOf<typeof ParticipationReported>;
