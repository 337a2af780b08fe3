import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of ResidentialAreasDeclared. */
export const ResidentialAreasDeclaredData = fields(
  {
    factId: Id,
    organisationId: Id,
    period: Period,
    count: Count,
    provenance: Provenance,
  },
  {},
  'ResidentialAreasDeclaredData',
);
/** The payload of ResidentialAreasDeclared. */
export type ResidentialAreasDeclaredData = t.TypeOf<typeof ResidentialAreasDeclaredData>;

/** How many residential areas an organisation has in a period (the "160" of "117/160 bản, khu phố"): a summary denominator. */
export const ResidentialAreasDeclared = t.type({ type: t.literal('ResidentialAreasDeclared'), data: ResidentialAreasDeclaredData }, 'ResidentialAreasDeclared');
/** How many residential areas an organisation has in a period (the "160" of "117/160 bản, khu phố"): a summary denominator. */
export type ResidentialAreasDeclared = t.TypeOf<typeof ResidentialAreasDeclared>;
