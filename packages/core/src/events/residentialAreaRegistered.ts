import { normalizing } from '../decider/normalizeFields';
import { requireUniqueAreaName } from '../decider/references';
import { newId, organisation, term } from '../decider/rules';
import { withEntry } from '../decider/stateUpdates';
import { ResidentialAreaKind } from '../model/areaVocabulary';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import { partNumberOf } from '../projections/factNumbers';
import { identityKey } from '../text/normalizeText';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of ResidentialAreaRegistered. */
export interface ResidentialAreaRegisteredData {
  areaId: Id;
  name: NonEmptyText;
  kind: ResidentialAreaKind;
  organisationId: Id;
  provenance: Provenance;
}
/** The payload of ResidentialAreaRegistered. */
export const ResidentialAreaRegisteredData: Codec<ResidentialAreaRegisteredData> = declared<ResidentialAreaRegisteredData>()(
  fields(
    {
      areaId: Id,
      name: NonEmptyText,
      kind: ResidentialAreaKind,
      organisationId: Id,
      provenance: Provenance,
    },
    {},
    'ResidentialAreaRegisteredData',
  ),
);

/** A residential area (bản, khu phố) of a commune or township. */
export interface ResidentialAreaRegistered {
  type: 'ResidentialAreaRegistered';
  data: ResidentialAreaRegisteredData;
}
/** A residential area (bản, khu phố) of a commune or township. */
export const ResidentialAreaRegistered: Codec<ResidentialAreaRegistered> = tagged<ResidentialAreaRegistered>()('ResidentialAreaRegistered', ResidentialAreaRegisteredData);

/** Asks to record ResidentialAreaRegistered: a residential area (bản, khu phố) of a commune or township. */
export interface RegisterResidentialArea {
  type: 'RegisterResidentialArea';
  data: ResidentialAreaRegisteredData;
}
/** Asks to record ResidentialAreaRegistered. */
export const RegisterResidentialArea: Codec<RegisterResidentialArea> = tagged<RegisterResidentialArea>()('RegisterResidentialArea', ResidentialAreaRegisteredData);

/** How the ledger handles ResidentialAreaRegistered: its codecs, the rules of RegisterResidentialArea, and how each fold takes it in. */
export const residentialAreaRegisteredSpec: EventSpec<'ResidentialAreaRegistered'> = {
  codec: ResidentialAreaRegistered,
  data: ResidentialAreaRegisteredData,
  command: { type: 'RegisterResidentialArea', codec: RegisterResidentialArea },
  catalog: { grain: 'operational', says: 'one hamlet or urban quarter' },
  factId: (d) => d.areaId,
  decide: {
    identity: newId('residential-area', 'areaId'),
    references: [
      organisation('organisationId'),
      (d, state) => requireUniqueAreaName(state, d.name, d.organisationId),
      term('residential-area-kind', 'kind'),
    ],
    record: normalizing(['name']),
  },
  evolve: (state, d) => ({
    ...state,
    residentialAreas: withEntry(state.residentialAreas, d.areaId, { organisationId: d.organisationId, nameKey: identityKey(d.name) }),
  }),
  domainDate: () => null,
  registry: 'residentialAreas',
  partNumber: (_d, measure) => (measure === 'areas-registered' ? partNumberOf(1) : undefined),
  correction: null,
};
