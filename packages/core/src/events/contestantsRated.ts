import { endOfYear } from '../decider/domainDates';
import { normalizing } from '../decider/normalizeFields';
import { newId, contest, yearInContest, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { ContestRating } from '../model/contestVocabulary';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { Provenance } from '../model/provenance';
import { Year } from '../model/year';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of ContestantsRated. */
export interface ContestantsRatedData {
  factId: Id;
  contestId: Id;
  year: Year;
  rating: ContestRating;
  count: Count;
  provenance: Provenance;
}
/** The payload of ContestantsRated. */
export const ContestantsRatedData: Codec<ContestantsRatedData> = declared<ContestantsRatedData>()(
  fields(
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
  ),
);

/** So many contestants were rated excellent (giỏi) or good (khá); ratings are not prizes. */
export interface ContestantsRated {
  type: 'ContestantsRated';
  data: ContestantsRatedData;
}
/** So many contestants were rated excellent (giỏi) or good (khá); ratings are not prizes. */
export const ContestantsRated: Codec<ContestantsRated> = tagged<ContestantsRated>()('ContestantsRated', ContestantsRatedData);

/** Asks to record ContestantsRated: so many contestants were rated excellent (giỏi) or good (khá); ratings are not prizes. */
export interface RateContestants {
  type: 'RateContestants';
  data: ContestantsRatedData;
}
/** Asks to record ContestantsRated. */
export const RateContestants: Codec<RateContestants> = tagged<RateContestants>()('RateContestants', ContestantsRatedData);

/** How the ledger handles ContestantsRated: its codecs, the rules of RateContestants, and how each fold takes it in. */
export const contestantsRatedSpec: EventSpec<'ContestantsRated'> = {
  codec: ContestantsRated,
  data: ContestantsRatedData,
  command: { type: 'RateContestants', codec: RateContestants },
  catalog: { grain: 'summary', says: 'so many contestants rated excellent or good' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    references: [contest('contestId'), term('contest-rating', 'rating')],
    dates: [yearInContest('year', 'contestId')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => endOfYear(d.year),
  registry: null,
  partNumber: (d, measure) => (measure === 'ratings' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
