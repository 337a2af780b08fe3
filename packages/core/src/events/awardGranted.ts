import { normalizing } from '../decider/normalizeFields';
import { newId, known, organisation, validPeriod, dateWithin, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { AwardInstrument, AwardKind, AwardStage, DecidingBody, RecipientKind } from '../model/awardVocabulary';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of AwardGranted. */
export interface AwardGrantedData {
  awardId: Id;
  period: Period;
  stage: AwardStage;
  kind: AwardKind;
  recipientKind: RecipientKind;
  count: Count;
  provenance: Provenance;
  recipientName?: NonEmptyText;
  recipientOrganisationId?: Id;
  instrument?: AwardInstrument;
  decidedOn?: IsoDate;
  documentId?: Id;
  proposerId?: Id;
  deciderId?: Id;
  decidingBody?: DecidingBody;
}
/** The payload of AwardGranted. */
export const AwardGrantedData: Codec<AwardGrantedData> = declared<AwardGrantedData>()(
  fields(
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
      decidingBody: DecidingBody,
    },
    'AwardGrantedData',
  ),
);

/** An award at one stage (proposed, decided, proposed to the province), of one kind, to collectives or individuals. */
export interface AwardGranted {
  type: 'AwardGranted';
  data: AwardGrantedData;
}
/** An award at one stage (proposed, decided, proposed to the province), of one kind, to collectives or individuals. */
export const AwardGranted: Codec<AwardGranted> = tagged<AwardGranted>()('AwardGranted', AwardGrantedData);

/** Asks to record AwardGranted: an award at one stage (proposed, decided, proposed to the province), of one kind, to collectives or individuals. */
export interface GrantAward {
  type: 'GrantAward';
  data: AwardGrantedData;
}
/** Asks to record AwardGranted. */
export const GrantAward: Codec<GrantAward> = tagged<GrantAward>()('GrantAward', AwardGrantedData);

/** How the ledger handles AwardGranted: its codecs, the rules of GrantAward, and how each fold takes it in. */
export const awardGrantedSpec: EventSpec<'AwardGranted'> = {
  codec: AwardGranted,
  data: AwardGrantedData,
  command: { type: 'GrantAward', codec: GrantAward },
  catalog: { grain: 'either', says: 'awards at one stage, of one kind, to collectives or individuals' },
  factId: (d) => d.awardId,
  decide: {
    identity: newId('award', 'awardId'),
    wellFormed: [validPeriod('period')],
    references: [
      organisation('recipientOrganisationId'),
      organisation('proposerId'),
      organisation('deciderId'),
      known('document', 'documentId'),
      term('award-stage', 'stage'),
      term('award-kind', 'kind'),
      term('award-instrument', 'instrument'),
      term('deciding-body', 'decidingBody'),
    ],
    dates: [dateWithin('decidedOn', 'period')],
    record: normalizing(['recipientName']),
  },
  evolve: rememberId('award', 'awardId'),
  domainDate: (d) => d.decidedOn ?? periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (measure === 'awards' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
