import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of InspectionConducted. */
export const InspectionConductedData = fields(
  {
    inspectionId: Id,
    period: Period,
    inspectorId: Id,
    provenance: Provenance,
  },
  {
    count: Count,
    subjectIds: t.array(Id),
    conductedOn: IsoDate,
    documentId: Id,
    findings: NonEmptyText,
  },
  'InspectionConductedData',
);
/** The payload of InspectionConducted. */
export type InspectionConductedData = t.TypeOf<typeof InspectionConductedData>;

/** Inspection and supervision (kiểm tra, giám sát) of how the campaign is carried out. */
export const InspectionConducted = t.type({ type: t.literal('InspectionConducted'), data: InspectionConductedData }, 'InspectionConducted');
/** Inspection and supervision (kiểm tra, giám sát) of how the campaign is carried out. */
export type InspectionConducted = t.TypeOf<typeof InspectionConducted>;
