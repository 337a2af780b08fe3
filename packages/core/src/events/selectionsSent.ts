import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { Year } from '../model/year';
import { Provenance } from '../model/provenance';

/** The payload of SelectionsSent. */
export const SelectionsSentData = fields(
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
);
/** The payload of SelectionsSent. */
export type SelectionsSentData = t.TypeOf<typeof SelectionsSentData>;

/** So many contestants or entries were sent on to a higher-level contest. */
export const SelectionsSent = t.type({ type: t.literal('SelectionsSent'), data: SelectionsSentData }, 'SelectionsSent');
/** So many contestants or entries were sent on to a higher-level contest. */
export type SelectionsSent = t.TypeOf<typeof SelectionsSent>;
