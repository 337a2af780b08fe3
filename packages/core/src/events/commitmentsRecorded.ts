import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, validPeriod, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { CommitmentKind } from '../model/areaVocabulary';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { ParticipantCategory } from '../model/participantCategory';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of CommitmentsRecorded. */
export interface CommitmentsRecordedData {
  factId: Id;
  organisationId: Id;
  period: Period;
  kind: CommitmentKind;
  provenance: Provenance;
  count?: Count;
  category?: ParticipantCategory;
}
/** The payload of CommitmentsRecorded. */
export const CommitmentsRecordedData: Codec<CommitmentsRecordedData> = declared<CommitmentsRecordedData>()(
  fields(
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
  ),
);

/** Participants wrote pledges (bản đăng ký phấn đấu) or reflections (bài thu hoạch); the count when the report gives one. */
export interface CommitmentsRecorded {
  type: 'CommitmentsRecorded';
  data: CommitmentsRecordedData;
}
/** Participants wrote pledges (bản đăng ký phấn đấu) or reflections (bài thu hoạch); the count when the report gives one. */
export const CommitmentsRecorded: Codec<CommitmentsRecorded> = tagged<CommitmentsRecorded>()('CommitmentsRecorded', CommitmentsRecordedData);

/** Asks to record CommitmentsRecorded: participants wrote pledges (bản đăng ký phấn đấu) or reflections (bài thu hoạch); the count when the report gives one. */
export interface RecordCommitments {
  type: 'RecordCommitments';
  data: CommitmentsRecordedData;
}
/** Asks to record CommitmentsRecorded. */
export const RecordCommitments: Codec<RecordCommitments> = tagged<RecordCommitments>()('RecordCommitments', CommitmentsRecordedData);

/** How the ledger handles CommitmentsRecorded: its codecs, the rules of RecordCommitments, and how each fold takes it in. */
export const commitmentsRecordedSpec: EventSpec<'CommitmentsRecorded'> = {
  codec: CommitmentsRecorded,
  data: CommitmentsRecordedData,
  command: { type: 'RecordCommitments', codec: RecordCommitments },
  catalog: { grain: 'summary', says: 'pledges or reflections written, with a count when given' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('organisationId'), term('commitment-kind', 'kind'), term('participant-category', 'category')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (measure === 'commitments' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
