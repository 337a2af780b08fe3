import * as t from 'io-ts';
import { normalizing } from '../decider/normalizeFields';
import { newId, known, organisation, organisations, contest, validPeriod, term } from '../decider/rules';
import { withEntry } from '../decider/stateUpdates';
import { ContestKind, ContestLevel } from '../model/contestVocabulary';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of ContestLaunched. */
export interface ContestLaunchedData {
  contestId: Id;
  kind: ContestKind;
  title: NonEmptyText;
  organiserId: Id;
  level: ContestLevel;
  period: Period;
  provenance: Provenance;
  launchedOn?: IsoDate;
  documentId?: Id;
  feedsContestId?: Id;
  coOrganiserIds?: Array<Id>;
}
/** The payload of ContestLaunched. */
export const ContestLaunchedData: Codec<ContestLaunchedData> = declared<ContestLaunchedData>()(
  fields(
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
      coOrganiserIds: t.array(Id),
    },
    'ContestLaunchedData',
  ),
);

/** A storytelling or writing contest was launched, at a level, for one or more years. */
export interface ContestLaunched {
  type: 'ContestLaunched';
  data: ContestLaunchedData;
}
/** A storytelling or writing contest was launched, at a level, for one or more years. */
export const ContestLaunched: Codec<ContestLaunched> = tagged<ContestLaunched>()('ContestLaunched', ContestLaunchedData);

/** Asks to record ContestLaunched: a storytelling or writing contest was launched, at a level, for one or more years. */
export interface LaunchContest {
  type: 'LaunchContest';
  data: ContestLaunchedData;
}
/** Asks to record ContestLaunched. */
export const LaunchContest: Codec<LaunchContest> = tagged<LaunchContest>()('LaunchContest', ContestLaunchedData);

/** How the ledger handles ContestLaunched: its codecs, the rules of LaunchContest, and how each fold takes it in. */
export const contestLaunchedSpec: EventSpec<'ContestLaunched'> = {
  codec: ContestLaunched,
  data: ContestLaunchedData,
  command: { type: 'LaunchContest', codec: LaunchContest },
  catalog: { grain: 'registry', says: 'a contest, its level, period and the contest it feeds' },
  factId: (d) => d.contestId,
  decide: {
    identity: newId('contest', 'contestId'),
    wellFormed: [validPeriod('period')],
    references: [
      organisation('organiserId'),
      known('document', 'documentId'),
      contest('feedsContestId'),
      organisations('coOrganiserIds'),
      term('contest-kind', 'kind'),
    ],
    // No rule on launchedOn: a contest is often announced the year before it runs.
    record: normalizing(['title']),
  },
  evolve: (state, d) => ({ ...state, contests: withEntry(state.contests, d.contestId, d.period) }),
  domainDate: (d) => d.launchedOn ?? periodEnd(d.period),
  registry: 'contests',
  partNumber: () => undefined,
  correction: null,
};
