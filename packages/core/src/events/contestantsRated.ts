import * as t from 'io-ts';
import { fields } from '../model/fields';
import { ContestRating } from '../model/contestVocabulary';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { Year } from '../model/year';
import { Provenance } from '../model/provenance';

/** The payload of ContestantsRated. */
export const ContestantsRatedData = fields(
  {
    factId: Id,
    contestId: Id,
    year: Year,
    rating: ContestRating,
    count: Count,
    provenance: Provenance,
  },
  {},
  'ContestantsRatedData',
);
/** The payload of ContestantsRated. */
export type ContestantsRatedData = t.TypeOf<typeof ContestantsRatedData>;

/** So many contestants were rated excellent (giỏi) or good (khá); ratings are not prizes. */
export const ContestantsRated = t.type({ type: t.literal('ContestantsRated'), data: ContestantsRatedData }, 'ContestantsRated');
/** So many contestants were rated excellent (giỏi) or good (khá); ratings are not prizes. */
export type ContestantsRated = t.TypeOf<typeof ContestantsRated>;
