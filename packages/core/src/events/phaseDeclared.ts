import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Year } from '../model/year';
import { Provenance } from '../model/provenance';

/** The payload of PhaseDeclared. */
export const PhaseDeclaredData = fields(
  {
    phaseId: Id,
    directive: NonEmptyText,
    issuedOn: IsoDate,
    title: NonEmptyText,
    fromYear: Year,
    provenance: Provenance,
  },
  {
    toYear: Year,
  },
  'PhaseDeclaredData',
);
/** The payload of PhaseDeclared. */
export type PhaseDeclaredData = t.TypeOf<typeof PhaseDeclaredData>;

/** A phase of the campaign, set by a Politburo directive (06-CT/TW, 03-CT/TW, 05-CT/TW). */
export const PhaseDeclared = t.type({ type: t.literal('PhaseDeclared'), data: PhaseDeclaredData }, 'PhaseDeclared');
/** A phase of the campaign, set by a Politburo directive (06-CT/TW, 03-CT/TW, 05-CT/TW). */
export type PhaseDeclared = t.TypeOf<typeof PhaseDeclared>;
