import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { CountUnit } from '../model/countUnit';
import { Id } from '../model/identifiers';
import { ParticipantCategory } from '../model/participantCategory';
import { Provenance } from '../model/provenance';

/** The payload of AttendanceRecorded. */
export const AttendanceRecordedData = fields(
  {
    classId: Id,
    category: ParticipantCategory,
    countUnit: CountUnit,
    count: Count,
    provenance: Provenance,
  },
  {},
  'AttendanceRecordedData',
);
/** The payload of AttendanceRecorded. */
export type AttendanceRecordedData = t.TypeOf<typeof AttendanceRecordedData>;

/** So many participants of one category attended one class, counted in persons or attendances: an operational fact. */
export const AttendanceRecorded = t.type({ type: t.literal('AttendanceRecorded'), data: AttendanceRecordedData }, 'AttendanceRecorded');
/** So many participants of one category attended one class, counted in persons or attendances: an operational fact. */
export type AttendanceRecorded = t.TypeOf<typeof AttendanceRecorded>;
