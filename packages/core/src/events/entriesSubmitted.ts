import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { Year } from '../model/year';
import { Provenance } from '../model/provenance';

/** The payload of EntriesSubmitted. */
export const EntriesSubmittedData = fields(
  {
    contestId: Id,
    year: Year,
    organisationId: Id,
    entries: Count,
    provenance: Provenance,
  },
  {},
  'EntriesSubmittedData',
);
/** The payload of EntriesSubmitted. */
export type EntriesSubmittedData = t.TypeOf<typeof EntriesSubmittedData>;

/** A unit submitted so many entries to a contest in a year: an operational fact. */
export const EntriesSubmitted = t.type({ type: t.literal('EntriesSubmitted'), data: EntriesSubmittedData }, 'EntriesSubmitted');
/** A unit submitted so many entries to a contest in a year: an operational fact. */
export type EntriesSubmitted = t.TypeOf<typeof EntriesSubmitted>;
