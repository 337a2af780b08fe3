import * as t from 'io-ts';
import { fields } from '../model/fields';
import { ContestKind, ContestLevel } from '../model/contestVocabulary';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of ContestLaunched. */
export const ContestLaunchedData = fields(
  {
    contestId: Id,
    kind: ContestKind,
    title: NonEmptyText,
    organiserId: Id,
    level: ContestLevel,
    period: Period,
    provenance: Provenance,
  },
  {
    launchedOn: IsoDate,
    documentId: Id,
    feedsContestId: Id,
  },
  'ContestLaunchedData',
);
/** The payload of ContestLaunched. */
export type ContestLaunchedData = t.TypeOf<typeof ContestLaunchedData>;

/** A storytelling or writing contest was launched, at a level, for one or more years. */
export const ContestLaunched = t.type({ type: t.literal('ContestLaunched'), data: ContestLaunchedData }, 'ContestLaunched');
/** A storytelling or writing contest was launched, at a level, for one or more years. */
export type ContestLaunched = t.TypeOf<typeof ContestLaunched>;
