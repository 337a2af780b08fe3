import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { OrganisationKind } from '../model/organisationKind';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of OrganisationsCounted. */
export const OrganisationsCountedData = fields(
  {
    factId: Id,
    organisationId: Id,
    period: Period,
    count: Count,
    provenance: Provenance,
  },
  {
    kind: OrganisationKind,
  },
  'OrganisationsCountedData',
);
/** The payload of OrganisationsCounted. */
export type OrganisationsCountedData = t.TypeOf<typeof OrganisationsCountedData>;

/** How many organisations stand under an organisation (the "18" of "18/18 đảng bộ", the "47 chi, đảng bộ trực thuộc"): a summary denominator. */
export const OrganisationsCounted = t.type({ type: t.literal('OrganisationsCounted'), data: OrganisationsCountedData }, 'OrganisationsCounted');
/** How many organisations stand under an organisation (the "18" of "18/18 đảng bộ", the "47 chi, đảng bộ trực thuộc"): a summary denominator. */
export type OrganisationsCounted = t.TypeOf<typeof OrganisationsCounted>;
