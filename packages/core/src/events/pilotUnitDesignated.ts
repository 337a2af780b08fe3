import { endOfPeriod } from '../decider/domainDates';
import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, validPeriod } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of PilotUnitDesignated. */
export interface PilotUnitDesignatedData {
  organisationId: Id;
  designatedById: Id;
  provenance: Provenance;
  period?: Period;
}
/** The payload of PilotUnitDesignated. */
export const PilotUnitDesignatedData: Codec<PilotUnitDesignatedData> = declared<PilotUnitDesignatedData>()(
  fields(
    {
      organisationId: Id,
      designatedById: Id,
      provenance: Provenance,
    },
    {
      period: Period,
    },
    'PilotUnitDesignatedData',
  ),
);

/** A unit chosen to pilot the campaign before it is rolled out (chỉ đạo điểm). */
export interface PilotUnitDesignated {
  type: 'PilotUnitDesignated';
  data: PilotUnitDesignatedData;
}
/** A unit chosen to pilot the campaign before it is rolled out (chỉ đạo điểm). */
export const PilotUnitDesignated: Codec<PilotUnitDesignated> = tagged<PilotUnitDesignated>()('PilotUnitDesignated', PilotUnitDesignatedData);

/** Asks to record PilotUnitDesignated: a unit chosen to pilot the campaign before it is rolled out (chỉ đạo điểm). */
export interface DesignatePilotUnit {
  type: 'DesignatePilotUnit';
  data: PilotUnitDesignatedData;
}
/** Asks to record PilotUnitDesignated. */
export const DesignatePilotUnit: Codec<DesignatePilotUnit> = tagged<DesignatePilotUnit>()('DesignatePilotUnit', PilotUnitDesignatedData);

/** How the ledger handles PilotUnitDesignated: its codecs, the rules of DesignatePilotUnit, and how each fold takes it in. */
export const pilotUnitDesignatedSpec: EventSpec<'PilotUnitDesignated'> = {
  codec: PilotUnitDesignated,
  data: PilotUnitDesignatedData,
  command: { type: 'DesignatePilotUnit', codec: DesignatePilotUnit },
  catalog: { grain: 'operational', says: 'a unit chosen for piloting' },
  factId: (d) => d.organisationId,
  decide: {
    identity: newId('pilot-unit', 'organisationId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('organisationId'), organisation('designatedById')],
    record: normalizing([]),
  },
  evolve: rememberId('pilot-unit', 'organisationId'),
  domainDate: (d) => endOfPeriod(d.period),
  registry: null,
  partNumber: (_d, measure) => (measure === 'pilot-units' ? partNumberOf(1) : undefined),
  correction: null,
};
