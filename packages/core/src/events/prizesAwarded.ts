import * as t from 'io-ts';
import { fields } from '../model/fields';
import { PrizeGrade } from '../model/contestVocabulary';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { Year } from '../model/year';
import { Provenance } from '../model/provenance';

/** The payload of PrizesAwarded. */
export const PrizesAwardedData = fields(
  {
    factId: Id,
    contestId: Id,
    year: Year,
    grade: PrizeGrade,
    count: Count,
    provenance: Provenance,
  },
  {
    recipientOrganisationId: Id,
    recipientName: NonEmptyText,
  },
  'PrizesAwardedData',
);
/** The payload of PrizesAwarded. */
export type PrizesAwardedData = t.TypeOf<typeof PrizesAwardedData>;

/** So many prizes of one grade were awarded in a contest in a year, to a named recipient when known. */
export const PrizesAwarded = t.type({ type: t.literal('PrizesAwarded'), data: PrizesAwardedData }, 'PrizesAwarded');
/** So many prizes of one grade were awarded in a contest in a year, to a named recipient when known. */
export type PrizesAwarded = t.TypeOf<typeof PrizesAwarded>;
