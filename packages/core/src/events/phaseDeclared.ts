import { normalizing } from '../decider/normalizeFields';
import { newId, orderedYears } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import { Year } from '../model/year';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of PhaseDeclared. */
export interface PhaseDeclaredData {
  phaseId: Id;
  directive: NonEmptyText;
  issuedOn: IsoDate;
  title: NonEmptyText;
  fromYear: Year;
  provenance: Provenance;
  toYear?: Year;
}
/** The payload of PhaseDeclared. */
export const PhaseDeclaredData: Codec<PhaseDeclaredData> = declared<PhaseDeclaredData>()(
  fields(
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
  ),
);

/** A phase of the campaign, set by a Politburo directive (06-CT/TW, 03-CT/TW, 05-CT/TW). */
export interface PhaseDeclared {
  type: 'PhaseDeclared';
  data: PhaseDeclaredData;
}
/** A phase of the campaign, set by a Politburo directive (06-CT/TW, 03-CT/TW, 05-CT/TW). */
export const PhaseDeclared: Codec<PhaseDeclared> = tagged<PhaseDeclared>()('PhaseDeclared', PhaseDeclaredData);

/** Asks to record PhaseDeclared: a phase of the campaign, set by a Politburo directive (06-CT/TW, 03-CT/TW, 05-CT/TW). */
export interface DeclarePhase {
  type: 'DeclarePhase';
  data: PhaseDeclaredData;
}
/** Asks to record PhaseDeclared. */
export const DeclarePhase: Codec<DeclarePhase> = tagged<DeclarePhase>()('DeclarePhase', PhaseDeclaredData);

/** How the ledger handles PhaseDeclared: its codecs, the rules of DeclarePhase, and how each fold takes it in. */
export const phaseDeclaredSpec: EventSpec<'PhaseDeclared'> = {
  codec: PhaseDeclared,
  data: PhaseDeclaredData,
  command: { type: 'DeclarePhase', codec: DeclarePhase },
  catalog: { grain: 'registry', says: 'a phase set by a Politburo directive' },
  factId: (d) => d.phaseId,
  decide: {
    identity: newId('phase', 'phaseId'),
    wellFormed: [orderedYears('fromYear', 'toYear')],
    record: normalizing(['directive', 'title']),
  },
  evolve: rememberId('phase', 'phaseId'),
  domainDate: (d) => d.issuedOn,
  registry: 'phases',
  partNumber: () => undefined,
  correction: null,
};
