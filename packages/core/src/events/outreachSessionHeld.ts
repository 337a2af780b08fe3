import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { Year } from '../model/year';
import { Provenance } from '../model/provenance';

/** The payload of OutreachSessionHeld. */
export const OutreachSessionHeldData = fields(
  {
    sessionId: Id,
    areaId: Id,
    year: Year,
    heldOn: IsoDate,
    attendances: Count,
    provenance: Provenance,
  },
  {
    topicId: Id,
  },
  'OutreachSessionHeldData',
);
/** The payload of OutreachSessionHeld. */
export type OutreachSessionHeldData = t.TypeOf<typeof OutreachSessionHeldData>;

/** One study or outreach session was held in a residential area: an operational fact. */
export const OutreachSessionHeld = t.type({ type: t.literal('OutreachSessionHeld'), data: OutreachSessionHeldData }, 'OutreachSessionHeld');
/** One study or outreach session was held in a residential area: an operational fact. */
export type OutreachSessionHeld = t.TypeOf<typeof OutreachSessionHeld>;
