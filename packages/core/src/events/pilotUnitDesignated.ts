import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of PilotUnitDesignated. */
export const PilotUnitDesignatedData = fields(
  {
    organisationId: Id,
    designatedById: Id,
    provenance: Provenance,
  },
  {
    period: Period,
  },
  'PilotUnitDesignatedData',
);
/** The payload of PilotUnitDesignated. */
export type PilotUnitDesignatedData = t.TypeOf<typeof PilotUnitDesignatedData>;

/** A unit chosen to pilot the campaign before it is rolled out (chỉ đạo điểm). */
export const PilotUnitDesignated = t.type({ type: t.literal('PilotUnitDesignated'), data: PilotUnitDesignatedData }, 'PilotUnitDesignated');
/** A unit chosen to pilot the campaign before it is rolled out (chỉ đạo điểm). */
export type PilotUnitDesignated = t.TypeOf<typeof PilotUnitDesignated>;
