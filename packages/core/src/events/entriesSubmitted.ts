import { endOfYear } from '../decider/domainDates';
import { normalizing } from '../decider/normalizeFields';
import { organisation, contest, yearInContest } from '../decider/rules';
import { rememberNothing } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { Provenance } from '../model/provenance';
import { Year } from '../model/year';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of EntriesSubmitted. */
export interface EntriesSubmittedData {
  contestId: Id;
  year: Year;
  organisationId: Id;
  entries: Count;
  provenance: Provenance;
}
/** The payload of EntriesSubmitted. */
export const EntriesSubmittedData: Codec<EntriesSubmittedData> = declared<EntriesSubmittedData>()(
  fields(
    {
      contestId: Id,
      year: Year,
      organisationId: Id,
      entries: Count,
      provenance: Provenance,
    },
    {},
    'EntriesSubmittedData',
  ),
);

/** A unit submitted so many entries to a contest in a year: an operational fact. */
export interface EntriesSubmitted {
  type: 'EntriesSubmitted';
  data: EntriesSubmittedData;
}
/** A unit submitted so many entries to a contest in a year: an operational fact. */
export const EntriesSubmitted: Codec<EntriesSubmitted> = tagged<EntriesSubmitted>()('EntriesSubmitted', EntriesSubmittedData);

/** Asks to record EntriesSubmitted: a unit submitted so many entries to a contest in a year: an operational fact. */
export interface SubmitEntries {
  type: 'SubmitEntries';
  data: EntriesSubmittedData;
}
/** Asks to record EntriesSubmitted. */
export const SubmitEntries: Codec<SubmitEntries> = tagged<SubmitEntries>()('SubmitEntries', EntriesSubmittedData);

/** How the ledger handles EntriesSubmitted: its codecs, the rules of SubmitEntries, and how each fold takes it in. */
export const entriesSubmittedSpec: EventSpec<'EntriesSubmitted'> = {
  codec: EntriesSubmitted,
  data: EntriesSubmittedData,
  command: { type: 'SubmitEntries', codec: SubmitEntries },
  catalog: { grain: 'operational', says: "one unit's entries in a contest year" },
  factId: (d) => `${d.contestId}/${d.year}/${d.organisationId}`,
  decide: {
    // Entries carry no id of their own: a unit may submit to one contest year more than once.
    identity: null,
    references: [contest('contestId'), organisation('organisationId')],
    dates: [yearInContest('year', 'contestId')],
    record: normalizing([]),
  },
  // No rule depends on entries.
  evolve: rememberNothing,
  domainDate: (d) => endOfYear(d.year),
  registry: null,
  partNumber: (d, measure) => {
    if (measure === 'contest-units') return partNumberOf(1);
    return measure === 'contest-entries' ? partNumberOf(d.entries) : undefined;
  },
  correction: { versionValue: (d, measure) => versionValueOf(measure === 'contest-units' ? 1 : d.entries) },
};
