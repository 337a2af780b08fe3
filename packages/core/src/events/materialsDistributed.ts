import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of MaterialsDistributed. */
export const MaterialsDistributedData = fields(
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
);
/** The payload of MaterialsDistributed. */
export type MaterialsDistributedData = t.TypeOf<typeof MaterialsDistributedData>;

/** Copies of study materials were distributed (cấp phát tài liệu). */
export const MaterialsDistributed = t.type({ type: t.literal('MaterialsDistributed'), data: MaterialsDistributedData }, 'MaterialsDistributed');
/** Copies of study materials were distributed (cấp phát tài liệu). */
export type MaterialsDistributed = t.TypeOf<typeof MaterialsDistributed>;
