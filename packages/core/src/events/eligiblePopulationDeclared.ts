import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { Id } from '../model/identifiers';
import { ParticipantCategory } from '../model/participantCategory';
import { Period } from '../model/period';
import { Provenance } from '../model/provenance';

/** The payload of EligiblePopulationDeclared. */
export const EligiblePopulationDeclaredData = fields(
  {
    factId: Id,
    organisationId: Id,
    period: Period,
    category: ParticipantCategory,
    count: Count,
    provenance: Provenance,
  },
  {
    exempted: Count,
  },
  'EligiblePopulationDeclaredData',
);
/** The payload of EligiblePopulationDeclared. */
export type EligiblePopulationDeclaredData = t.TypeOf<typeof EligiblePopulationDeclaredData>;

/** How many people of a category an organisation had to study in a period: the denominator of a participation rate. */
export const EligiblePopulationDeclared = t.type({ type: t.literal('EligiblePopulationDeclared'), data: EligiblePopulationDeclaredData }, 'EligiblePopulationDeclared');
/** How many people of a category an organisation had to study in a period: the denominator of a participation rate. */
export type EligiblePopulationDeclared = t.TypeOf<typeof EligiblePopulationDeclared>;
