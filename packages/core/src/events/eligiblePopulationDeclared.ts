import { normalizing } from '../decider/normalizeFields';
import { newId, organisation, validPeriod, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Bloc } from '../model/bloc';
import { Count } from '../model/count';
import { CountUnit, PERSONS } from '../model/countUnit';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { ParticipantCategory } from '../model/participantCategory';
import { Period, periodEnd } from '../model/period';
import { Provenance } from '../model/provenance';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of EligiblePopulationDeclared. */
export interface EligiblePopulationDeclaredData {
  factId: Id;
  organisationId: Id;
  period: Period;
  category: ParticipantCategory;
  count: Count;
  provenance: Provenance;
  exempted?: Count;
  bloc?: Bloc;
  countUnit?: CountUnit;
}
/** The payload of EligiblePopulationDeclared. */
export const EligiblePopulationDeclaredData: Codec<EligiblePopulationDeclaredData> = declared<EligiblePopulationDeclaredData>()(
  fields(
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
      bloc: Bloc,
      countUnit: CountUnit,
    },
    'EligiblePopulationDeclaredData',
  ),
);

/** How many people of a category an organisation had to study in a period: the denominator of a participation rate. */
export interface EligiblePopulationDeclared {
  type: 'EligiblePopulationDeclared';
  data: EligiblePopulationDeclaredData;
}
/** How many people of a category an organisation had to study in a period: the denominator of a participation rate. */
export const EligiblePopulationDeclared: Codec<EligiblePopulationDeclared> = tagged<EligiblePopulationDeclared>()('EligiblePopulationDeclared', EligiblePopulationDeclaredData);

/** Asks to record EligiblePopulationDeclared: how many people of a category an organisation had to study in a period: the denominator of a participation rate. */
export interface DeclareEligiblePopulation {
  type: 'DeclareEligiblePopulation';
  data: EligiblePopulationDeclaredData;
}
/** Asks to record EligiblePopulationDeclared. */
export const DeclareEligiblePopulation: Codec<DeclareEligiblePopulation> = tagged<DeclareEligiblePopulation>()('DeclareEligiblePopulation', EligiblePopulationDeclaredData);

/** How the ledger handles EligiblePopulationDeclared: its codecs, the rules of DeclareEligiblePopulation, and how each fold takes it in. */
export const eligiblePopulationDeclaredSpec: EventSpec<'EligiblePopulationDeclared'> = {
  codec: EligiblePopulationDeclared,
  data: EligiblePopulationDeclaredData,
  command: { type: 'DeclareEligiblePopulation', codec: DeclareEligiblePopulation },
  catalog: { grain: 'summary', says: 'the eligible population of a category (a denominator)' },
  factId: (d) => d.factId,
  decide: {
    identity: newId('fact', 'factId'),
    wellFormed: [validPeriod('period')],
    references: [
      organisation('organisationId'),
      term('participant-category', 'category'),
      term('bloc', 'bloc'),
      term('count-unit', 'countUnit'),
    ],
    record: normalizing([]),
  },
  evolve: rememberId('fact', 'factId'),
  domainDate: (d) => periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (measure === 'eligible' ? partNumberOf(d.count, d.countUnit ?? PERSONS) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
