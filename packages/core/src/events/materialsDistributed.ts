import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, validPeriod, dateWithin } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of MaterialsDistributed. */
export interface MaterialsDistributedData {
  distributionId: Id;
  period: Period;
  distributorId: Id;
  copies: Count;
  provenance: Provenance;
  title?: NonEmptyText;
  distributedOn?: IsoDate;
}
/** The payload of MaterialsDistributed. */
export const MaterialsDistributedData: Codec<MaterialsDistributedData> = declared<MaterialsDistributedData>()(
  fields(
    {
      distributionId: Id,
      period: Period,
      distributorId: Id,
      copies: Count,
      provenance: Provenance,
    },
    {
      title: NonEmptyText,
      distributedOn: IsoDate,
    },
    'MaterialsDistributedData',
  ),
);

/** Copies of study materials were distributed (cấp phát tài liệu). */
export interface MaterialsDistributed {
  type: 'MaterialsDistributed';
  data: MaterialsDistributedData;
}
/** Copies of study materials were distributed (cấp phát tài liệu). */
export const MaterialsDistributed: Codec<MaterialsDistributed> = tagged<MaterialsDistributed>()('MaterialsDistributed', MaterialsDistributedData);

/** Asks to record MaterialsDistributed: copies of study materials were distributed (cấp phát tài liệu). */
export interface DistributeMaterials {
  type: 'DistributeMaterials';
  data: MaterialsDistributedData;
}
/** Asks to record MaterialsDistributed. */
export const DistributeMaterials: Codec<DistributeMaterials> = tagged<DistributeMaterials>()('DistributeMaterials', MaterialsDistributedData);

/** How the ledger handles MaterialsDistributed: its codecs, the rules of DistributeMaterials, and how each fold takes it in. */
export const materialsDistributedSpec: EventSpec<'MaterialsDistributed'> = {
  codec: MaterialsDistributed,
  data: MaterialsDistributedData,
  command: { type: 'DistributeMaterials', codec: DistributeMaterials },
  catalog: { grain: 'either', says: 'copies of study materials distributed' },
  factId: (d) => d.distributionId,
  decide: {
    identity: newId('distribution', 'distributionId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('distributorId')],
    dates: [dateWithin('distributedOn', 'period')],
    record: normalizing(['title']),
  },
  evolve: rememberId('distribution', 'distributionId'),
  domainDate: (d) => d.distributedOn ?? periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (measure === 'materials' ? partNumberOf(d.copies) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.copies) },
};
