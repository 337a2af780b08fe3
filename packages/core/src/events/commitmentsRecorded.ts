import * as t from 'io-ts';
import { fields } from '../model/fields';
import { CommitmentKind } from '../model/areaVocabulary';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { ParticipantCategory } from '../model/participantCategory';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of CommitmentsRecorded. */
export const CommitmentsRecordedData = fields(
  {
    factId: Id,
    organisationId: Id,
    period: Period,
    kind: CommitmentKind,
    provenance: Provenance,
  },
  {
    count: Count,
    category: ParticipantCategory,
  },
  'CommitmentsRecordedData',
);
/** The payload of CommitmentsRecorded. */
export type CommitmentsRecordedData = t.TypeOf<typeof CommitmentsRecordedData>;

/** Participants wrote pledges (bản đăng ký phấn đấu) or reflections (bài thu hoạch); the count when the report gives one. */
export const CommitmentsRecorded = t.type({ type: t.literal('CommitmentsRecorded'), data: CommitmentsRecordedData }, 'CommitmentsRecorded');
/** Participants wrote pledges (bản đăng ký phấn đấu) or reflections (bài thu hoạch); the count when the report gives one. */
export type CommitmentsRecorded = t.TypeOf<typeof CommitmentsRecorded>;
