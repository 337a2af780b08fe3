import { endOfYear } from '../decider/domainDates';
import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, contest, yearInContest, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { PrizeGrade } from '../model/contestVocabulary';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import { Year } from '../model/year';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of PrizesAwarded. */
export interface PrizesAwardedData {
  factId: Id;
  contestId: Id;
  year: Year;
  count: Count;
  provenance: Provenance;
  grade?: PrizeGrade;
  recipientOrganisationId?: Id;
  recipientName?: NonEmptyText;
}
/** The payload of PrizesAwarded. */
export const PrizesAwardedData: Codec<PrizesAwardedData> = declared<PrizesAwardedData>()(
  fields(
    {
      factId: Id,
      contestId: Id,
      year: Year,
      count: Count,
      provenance: Provenance,
    },
    {
      grade: PrizeGrade,
      recipientOrganisationId: Id,
      recipientName: NonEmptyText,
    },
    'PrizesAwardedData',
  ),
);

/** So many prizes of one grade were awarded in a contest in a year, to a named recipient when known. */
export interface PrizesAwarded {
  type: 'PrizesAwarded';
  data: PrizesAwardedData;
}
/** So many prizes of one grade were awarded in a contest in a year, to a named recipient when known. */
export const PrizesAwarded: Codec<PrizesAwarded> = tagged<PrizesAwarded>()('PrizesAwarded', PrizesAwardedData);

/** Asks to record PrizesAwarded: so many prizes of one grade were awarded in a contest in a year, to a named recipient when known. */
export interface AwardPrizes {
  type: 'AwardPrizes';
  data: PrizesAwardedData;
}
/** Asks to record PrizesAwarded. */
export const AwardPrizes: Codec<AwardPrizes> = tagged<AwardPrizes>()('AwardPrizes', PrizesAwardedData);

/** How the ledger handles PrizesAwarded: its codecs, the rules of AwardPrizes, and how each fold takes it in. */
export const prizesAwardedSpec: EventSpec<'PrizesAwarded'> = {
  codec: PrizesAwarded,
  data: PrizesAwardedData,
  command: { type: 'AwardPrizes', codec: AwardPrizes },
  catalog: { grain: 'either', says: 'so many prizes of a grade (one, with its recipient, is operational)' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    references: [contest('contestId'), organisation('recipientOrganisationId'), term('prize-grade', 'grade')],
    dates: [yearInContest('year', 'contestId')],
    record: normalizing(['recipientName']),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => endOfYear(d.year),
  registry: null,
  partNumber: (d, measure) => (measure === 'prizes' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
