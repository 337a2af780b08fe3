import { endOfYear } from '../decider/domainDates';
import { normalizing } from '../decider/normalizeFields';
import { newId, contest, yearInContest } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { Provenance } from '../model/provenance';
import { Year } from '../model/year';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of SelectionsSent. */
export interface SelectionsSentData {
  factId: Id;
  contestId: Id;
  year: Year;
  count: Count;
  provenance: Provenance;
  toContestId?: Id;
}
/** The payload of SelectionsSent. */
export const SelectionsSentData: Codec<SelectionsSentData> = declared<SelectionsSentData>()(
  fields(
    {
      factId: Id,
      contestId: Id,
      year: Year,
      count: Count,
      provenance: Provenance,
    },
    {
      toContestId: Id,
    },
    'SelectionsSentData',
  ),
);

/** So many contestants or entries were sent on to a higher-level contest. */
export interface SelectionsSent {
  type: 'SelectionsSent';
  data: SelectionsSentData;
}
/** So many contestants or entries were sent on to a higher-level contest. */
export const SelectionsSent: Codec<SelectionsSent> = tagged<SelectionsSent>()('SelectionsSent', SelectionsSentData);

/** Asks to record SelectionsSent: so many contestants or entries were sent on to a higher-level contest. */
export interface SendSelections {
  type: 'SendSelections';
  data: SelectionsSentData;
}
/** Asks to record SelectionsSent. */
export const SendSelections: Codec<SendSelections> = tagged<SendSelections>()('SendSelections', SelectionsSentData);

/** How the ledger handles SelectionsSent: its codecs, the rules of SendSelections, and how each fold takes it in. */
export const selectionsSentSpec: EventSpec<'SelectionsSent'> = {
  codec: SelectionsSent,
  data: SelectionsSentData,
  command: { type: 'SendSelections', codec: SendSelections },
  catalog: { grain: 'summary', says: 'so many sent on to a higher-level contest' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    references: [contest('contestId'), contest('toContestId')],
    dates: [yearInContest('year', 'contestId')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => endOfYear(d.year),
  registry: null,
  partNumber: (d, measure) => (measure === 'selections' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
