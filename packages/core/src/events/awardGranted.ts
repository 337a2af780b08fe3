import * as t from 'io-ts';
import { fields } from '../model/fields';
import { AwardInstrument, AwardKind, AwardStage, RecipientKind } from '../model/awardVocabulary';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of AwardGranted. */
export const AwardGrantedData = fields(
  {
    awardId: Id,
    period: Period,
    stage: AwardStage,
    kind: AwardKind,
    recipientKind: RecipientKind,
    count: Count,
    provenance: Provenance,
  },
  {
    recipientName: NonEmptyText,
    recipientOrganisationId: Id,
    instrument: AwardInstrument,
    decidedOn: IsoDate,
    documentId: Id,
    proposerId: Id,
    deciderId: Id,
  },
  'AwardGrantedData',
);
/** The payload of AwardGranted. */
export type AwardGrantedData = t.TypeOf<typeof AwardGrantedData>;

/** An award at one stage (proposed, decided, proposed to the province), of one kind, to collectives or individuals. */
export const AwardGranted = t.type({ type: t.literal('AwardGranted'), data: AwardGrantedData }, 'AwardGranted');
/** An award at one stage (proposed, decided, proposed to the province), of one kind, to collectives or individuals. */
export type AwardGranted = t.TypeOf<typeof AwardGranted>;
