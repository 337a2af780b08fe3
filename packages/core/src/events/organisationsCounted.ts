import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, validPeriod, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { OrganisationKind } from '../model/organisationKind';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of OrganisationsCounted. */
export interface OrganisationsCountedData {
  factId: Id;
  organisationId: Id;
  period: Period;
  count: Count;
  provenance: Provenance;
  kind?: OrganisationKind;
}
/** The payload of OrganisationsCounted. */
export const OrganisationsCountedData: Codec<OrganisationsCountedData> = declared<OrganisationsCountedData>()(
  fields(
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
  ),
);

/** How many organisations stand under an organisation (the "18" of "18/18 đảng bộ", the "47 chi, đảng bộ trực thuộc"): a summary denominator. */
export interface OrganisationsCounted {
  type: 'OrganisationsCounted';
  data: OrganisationsCountedData;
}
/** How many organisations stand under an organisation (the "18" of "18/18 đảng bộ", the "47 chi, đảng bộ trực thuộc"): a summary denominator. */
export const OrganisationsCounted: Codec<OrganisationsCounted> = tagged<OrganisationsCounted>()('OrganisationsCounted', OrganisationsCountedData);

/** Asks to record OrganisationsCounted: how many organisations stand under an organisation (the "18" of "18/18 đảng bộ", the "47 chi, đảng bộ trực thuộc"): a summary denominator. */
export interface CountOrganisations {
  type: 'CountOrganisations';
  data: OrganisationsCountedData;
}
/** Asks to record OrganisationsCounted. */
export const CountOrganisations: Codec<CountOrganisations> = tagged<CountOrganisations>()('CountOrganisations', OrganisationsCountedData);

/** How the ledger handles OrganisationsCounted: its codecs, the rules of CountOrganisations, and how each fold takes it in. */
export const organisationsCountedSpec: EventSpec<'OrganisationsCounted'> = {
  codec: OrganisationsCounted,
  data: OrganisationsCountedData,
  command: { type: 'CountOrganisations', codec: CountOrganisations },
  catalog: { grain: 'summary', says: 'how many organisations stand under one (a denominator)' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('organisationId'), term('organisation-kind', 'kind')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (measure === 'organisations' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
