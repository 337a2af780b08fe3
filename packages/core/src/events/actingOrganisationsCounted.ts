import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, term, validPeriod } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Activity } from '../model/activity';
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

/** The payload of ActingOrganisationsCounted. */
export interface ActingOrganisationsCountedData {
  factId: Id;
  organisationId: Id;
  period: Period;
  activity: Activity;
  provenance: Provenance;
  kind?: OrganisationKind;
  count?: Count;
}
/** The payload of ActingOrganisationsCounted. */
export const ActingOrganisationsCountedData: Codec<ActingOrganisationsCountedData> = declared<ActingOrganisationsCountedData>()(
  fields(
    {
      factId: Id,
      organisationId: Id,
      period: Period,
      activity: Activity,
      provenance: Provenance,
    },
    {
      kind: OrganisationKind,
      count: Count,
    },
    'ActingOrganisationsCountedData',
  ),
);

/**
 * How many organisations (of a kind) under an organisation did something in a period ("18/18 đảng
 * bộ đã thành lập ban chỉ đạo", "100% chi bộ đã xây dựng kế hoạch"): the numerator of a share of
 * organisations, whose denominator is the count of organisations of that kind. The count when the
 * report gives one.
 */
export interface ActingOrganisationsCounted {
  type: 'ActingOrganisationsCounted';
  data: ActingOrganisationsCountedData;
}
/** How many organisations (of a kind) under an organisation did something in a period: the numerator of a share of organisations. */
export const ActingOrganisationsCounted: Codec<ActingOrganisationsCounted> = tagged<ActingOrganisationsCounted>()(
  'ActingOrganisationsCounted',
  ActingOrganisationsCountedData,
);

/** Asks to record ActingOrganisationsCounted: how many organisations (of a kind) under an organisation did something in a period. */
export interface CountActingOrganisations {
  type: 'CountActingOrganisations';
  data: ActingOrganisationsCountedData;
}
/** Asks to record ActingOrganisationsCounted. */
export const CountActingOrganisations: Codec<CountActingOrganisations> = tagged<CountActingOrganisations>()(
  'CountActingOrganisations',
  ActingOrganisationsCountedData,
);

/** How the ledger handles ActingOrganisationsCounted: its codecs, the rules of CountActingOrganisations, and how each fold takes it in. */
export const actingOrganisationsCountedSpec: EventSpec<'ActingOrganisationsCounted'> = {
  codec: ActingOrganisationsCounted,
  data: ActingOrganisationsCountedData,
  command: { type: 'CountActingOrganisations', codec: CountActingOrganisations },
  catalog: { grain: 'summary', says: 'how many organisations (of a kind) under one did something, with a count when given' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('organisationId'), term('activity', 'activity'), term('organisation-kind', 'kind')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (measure === 'acting-organisations' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
