import { normalizing } from '../decider/normalizeFields';
import { requireUniqueOrganisationName } from '../decider/references';
import { newId, organisation, term } from '../decider/rules';
import { withEntry } from '../decider/stateUpdates';
import { Bloc } from '../model/bloc';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { OrganisationKind } from '../model/organisationKind';
import { Provenance } from '../model/provenance';
import { partNumberOf } from '../projections/factNumbers';
import { identityKey } from '../text/normalizeText';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of OrganisationRegistered. */
export interface OrganisationRegisteredData {
  organisationId: Id;
  name: NonEmptyText;
  kind: OrganisationKind;
  provenance: Provenance;
  parentId?: Id;
  bloc?: Bloc;
}
/** The payload of OrganisationRegistered. */
export const OrganisationRegisteredData: Codec<OrganisationRegisteredData> = declared<OrganisationRegisteredData>()(
  fields(
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
  ),
);

/** An organisation in the hierarchy (province → district committee → grassroots organisations), with its bloc. */
export interface OrganisationRegistered {
  type: 'OrganisationRegistered';
  data: OrganisationRegisteredData;
}
/** An organisation in the hierarchy (province → district committee → grassroots organisations), with its bloc. */
export const OrganisationRegistered: Codec<OrganisationRegistered> = tagged<OrganisationRegistered>()('OrganisationRegistered', OrganisationRegisteredData);

/** Asks to record OrganisationRegistered: an organisation in the hierarchy (province → district committee → grassroots organisations), with its bloc. */
export interface RegisterOrganisation {
  type: 'RegisterOrganisation';
  data: OrganisationRegisteredData;
}
/** Asks to record OrganisationRegistered. */
export const RegisterOrganisation: Codec<RegisterOrganisation> = tagged<RegisterOrganisation>()('RegisterOrganisation', OrganisationRegisteredData);

/** How the ledger handles OrganisationRegistered: its codecs, the rules of RegisterOrganisation, and how each fold takes it in. */
export const organisationRegisteredSpec: EventSpec<'OrganisationRegistered'> = {
  codec: OrganisationRegistered,
  data: OrganisationRegisteredData,
  command: { type: 'RegisterOrganisation', codec: RegisterOrganisation },
  catalog: { grain: 'registry', says: 'an organisation, its parent, kind and bloc' },
  factId: (d) => d.organisationId,
  decide: {
    identity: newId('organisation', 'organisationId'),
    references: [
      organisation('parentId'),
      (d, state) => requireUniqueOrganisationName(state, d.name, d.parentId),
      term('organisation-kind', 'kind'),
      term('bloc', 'bloc'),
    ],
    record: normalizing(['name']),
  },
  evolve: (state, d) => ({
    ...state,
    organisations: withEntry(state.organisations, d.organisationId, { parentId: d.parentId ?? null, nameKey: identityKey(d.name) }),
  }),
  domainDate: () => null,
  registry: 'organisations',
  partNumber: (_d, measure) => (measure === 'organisations' ? partNumberOf(1) : undefined),
  correction: null,
};
