import { normalizing } from '../decider/normalizeFields';
import { term } from '../decider/rules';
import { retractionOf } from '../decider/retractions';
import { withEntry, withItem } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { CountUnit } from '../model/countUnit';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { ParticipantCategory } from '../model/participantCategory';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf, countsParticipants } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of AttendanceRecorded. */
export interface AttendanceRecordedData {
  classId: Id;
  category: ParticipantCategory;
  countUnit: CountUnit;
  count: Count;
  provenance: Provenance;
}
/** The payload of AttendanceRecorded. */
export const AttendanceRecordedData: Codec<AttendanceRecordedData> = declared<AttendanceRecordedData>()(
  fields(
    {
      classId: Id,
      category: ParticipantCategory,
      countUnit: CountUnit,
      count: Count,
      provenance: Provenance,
    },
    {},
    'AttendanceRecordedData',
  ),
);

/** So many participants of one category attended one class, counted in persons or attendances: an operational fact. */
export interface AttendanceRecorded {
  type: 'AttendanceRecorded';
  data: AttendanceRecordedData;
}
/** So many participants of one category attended one class, counted in persons or attendances: an operational fact. */
export const AttendanceRecorded: Codec<AttendanceRecorded> = tagged<AttendanceRecorded>()('AttendanceRecorded', AttendanceRecordedData);

/** Asks to record AttendanceRecorded: so many participants of one category attended one class, counted in persons or attendances: an operational fact. */
export interface RecordAttendance {
  type: 'RecordAttendance';
  data: AttendanceRecordedData;
}
/** Asks to record AttendanceRecorded. */
export const RecordAttendance: Codec<RecordAttendance> = tagged<RecordAttendance>()('RecordAttendance', AttendanceRecordedData);

// An attendance has no id of its own: its class, category and count unit name it, in the log and in the decider's state.
const attendanceIdOf = (d: AttendanceRecordedData): string => `${d.classId}/${d.category}/${d.countUnit}`;

/** How the ledger handles AttendanceRecorded: its codecs, the rules of RecordAttendance, and how each fold takes it in. */
export const attendanceRecordedSpec: EventSpec<'AttendanceRecorded'> = {
  codec: AttendanceRecorded,
  data: AttendanceRecordedData,
  command: { type: 'RecordAttendance', codec: RecordAttendance },
  catalog: { grain: 'operational', says: 'attendance of one category at one class' },
  factId: attendanceIdOf,
  decide: {
    // An unheld class has no attendance recorded, so the identity check passes and ClassNotHeld is reported.
    identity: (d, state) =>
      state.classes.get(d.classId)?.has(attendanceIdOf(d))
        ? { _tag: 'AttendanceAlreadyRecorded', classId: d.classId, category: d.category, countUnit: d.countUnit }
        : undefined,
    references: [
      (d, state) => (state.classes.has(d.classId) ? undefined : { _tag: 'ClassNotHeld', classId: d.classId }),
      // A retracted class keeps its id, so that it is never held again, but nothing more is recorded against it.
      (d, state) => {
        const retractionId = retractionOf(state, 'ClassHeld', d.classId);
        return retractionId === undefined ? undefined : { _tag: 'FactAlreadyRetracted', field: 'classId', factId: d.classId, retractionId };
      },
      term('participant-category', 'category'),
      term('count-unit', 'countUnit'),
    ],
    record: normalizing([]),
  },
  evolve: (state, d) => {
    const recorded = state.classes.get(d.classId);
    if (recorded === undefined) return state;
    return { ...state, classes: withEntry(state.classes, d.classId, withItem(recorded, attendanceIdOf(d))) };
  },
  // An attendance has no date of its own; it takes its class's, which a caller finds through the class id.
  domainDate: () => null,
  registry: null,
  partNumber: (d, measure) => (countsParticipants(measure) ? partNumberOf(d.count, d.countUnit) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
