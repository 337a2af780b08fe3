import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, validPeriod } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of ResidentialAreasDeclared. */
export interface ResidentialAreasDeclaredData {
  factId: Id;
  organisationId: Id;
  period: Period;
  count: Count;
  provenance: Provenance;
}
/** The payload of ResidentialAreasDeclared. */
export const ResidentialAreasDeclaredData: Codec<ResidentialAreasDeclaredData> = declared<ResidentialAreasDeclaredData>()(
  fields(
    {
      factId: Id,
      organisationId: Id,
      period: Period,
      count: Count,
      provenance: Provenance,
    },
    {},
    'ResidentialAreasDeclaredData',
  ),
);

/** How many residential areas an organisation has in a period (the "160" of "117/160 bản, khu phố"): a summary denominator. */
export interface ResidentialAreasDeclared {
  type: 'ResidentialAreasDeclared';
  data: ResidentialAreasDeclaredData;
}
/** How many residential areas an organisation has in a period (the "160" of "117/160 bản, khu phố"): a summary denominator. */
export const ResidentialAreasDeclared: Codec<ResidentialAreasDeclared> = tagged<ResidentialAreasDeclared>()('ResidentialAreasDeclared', ResidentialAreasDeclaredData);

/** Asks to record ResidentialAreasDeclared: how many residential areas an organisation has in a period (the "160" of "117/160 bản, khu phố"): a summary denominator. */
export interface DeclareResidentialAreas {
  type: 'DeclareResidentialAreas';
  data: ResidentialAreasDeclaredData;
}
/** Asks to record ResidentialAreasDeclared. */
export const DeclareResidentialAreas: Codec<DeclareResidentialAreas> = tagged<DeclareResidentialAreas>()('DeclareResidentialAreas', ResidentialAreasDeclaredData);

/** How the ledger handles ResidentialAreasDeclared: its codecs, the rules of DeclareResidentialAreas, and how each fold takes it in. */
export const residentialAreasDeclaredSpec: EventSpec<'ResidentialAreasDeclared'> = {
  codec: ResidentialAreasDeclared,
  data: ResidentialAreasDeclaredData,
  command: { type: 'DeclareResidentialAreas', codec: DeclareResidentialAreas },
  catalog: { grain: 'summary', says: 'how many residential areas an organisation has (a denominator)' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('organisationId')],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (measure === 'areas-registered' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
