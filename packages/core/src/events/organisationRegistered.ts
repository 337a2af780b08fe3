import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Bloc } from '../model/bloc';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { OrganisationKind } from '../model/organisationKind';
import { Provenance } from '../model/provenance';

/** The payload of OrganisationRegistered. */
export const OrganisationRegisteredData = fields(
  {
    organisationId: Id,
    name: NonEmptyText,
    kind: OrganisationKind,
    provenance: Provenance,
  },
  {
    parentId: Id,
    bloc: Bloc,
  },
  'OrganisationRegisteredData',
);
/** The payload of OrganisationRegistered. */
export type OrganisationRegisteredData = t.TypeOf<typeof OrganisationRegisteredData>;

/** An organisation in the hierarchy (province → district committee → grassroots organisations), with its bloc. */
export const OrganisationRegistered = t.type({ type: t.literal('OrganisationRegistered'), data: OrganisationRegisteredData }, 'OrganisationRegistered');
/** An organisation in the hierarchy (province → district committee → grassroots organisations), with its bloc. */
export type OrganisationRegistered = t.TypeOf<typeof OrganisationRegistered>;
