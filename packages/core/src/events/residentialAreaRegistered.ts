import * as t from 'io-ts';
import { fields } from '../model/fields';
import { ResidentialAreaKind } from '../model/areaVocabulary';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';

/** The payload of ResidentialAreaRegistered. */
export const ResidentialAreaRegisteredData = fields(
  {
    areaId: Id,
    name: NonEmptyText,
    kind: ResidentialAreaKind,
    organisationId: Id,
    provenance: Provenance,
  },
  {},
  'ResidentialAreaRegisteredData',
);
/** The payload of ResidentialAreaRegistered. */
export type ResidentialAreaRegisteredData = t.TypeOf<typeof ResidentialAreaRegisteredData>;

/** A residential area (bản, khu phố) of a commune or township. */
export const ResidentialAreaRegistered = t.type({ type: t.literal('ResidentialAreaRegistered'), data: ResidentialAreaRegisteredData }, 'ResidentialAreaRegistered');
/** A residential area (bản, khu phố) of a commune or township. */
export type ResidentialAreaRegistered = t.TypeOf<typeof ResidentialAreaRegistered>;
