import * as t from 'io-ts';
import { normalizing } from '../decider/normalizeFields';
import { newId, known, organisation, organisations, validPeriod, dateWithin } from '../decider/rules';
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

/** The payload of InspectionConducted. */
export interface InspectionConductedData {
  inspectionId: Id;
  period: Period;
  inspectorId: Id;
  provenance: Provenance;
  count?: Count;
  subjectIds?: Array<Id>;
  conductedOn?: IsoDate;
  documentId?: Id;
  findings?: NonEmptyText;
}
/** The payload of InspectionConducted. */
export const InspectionConductedData: Codec<InspectionConductedData> = declared<InspectionConductedData>()(
  fields(
    {
      inspectionId: Id,
      period: Period,
      inspectorId: Id,
      provenance: Provenance,
    },
    {
      count: Count,
      subjectIds: t.array(Id),
      conductedOn: IsoDate,
      documentId: Id,
      findings: NonEmptyText,
    },
    'InspectionConductedData',
  ),
);

/** Inspection and supervision (kiểm tra, giám sát) of how the campaign is carried out. */
export interface InspectionConducted {
  type: 'InspectionConducted';
  data: InspectionConductedData;
}
/** Inspection and supervision (kiểm tra, giám sát) of how the campaign is carried out. */
export const InspectionConducted: Codec<InspectionConducted> = tagged<InspectionConducted>()('InspectionConducted', InspectionConductedData);

/** Asks to record InspectionConducted: inspection and supervision (kiểm tra, giám sát) of how the campaign is carried out. */
export interface ConductInspection {
  type: 'ConductInspection';
  data: InspectionConductedData;
}
/** Asks to record InspectionConducted. */
export const ConductInspection: Codec<ConductInspection> = tagged<ConductInspection>()('ConductInspection', InspectionConductedData);

/** How the ledger handles InspectionConducted: its codecs, the rules of ConductInspection, and how each fold takes it in. */
export const inspectionConductedSpec: EventSpec<'InspectionConducted'> = {
  codec: InspectionConducted,
  data: InspectionConductedData,
  command: { type: 'ConductInspection', codec: ConductInspection },
  catalog: { grain: 'either', says: 'inspection and supervision, with a count when given' },
  factId: (d) => d.inspectionId,
  decide: {
    identity: newId('inspection', 'inspectionId'),
    wellFormed: [validPeriod('period')],
    references: [organisation('inspectorId'), organisations('subjectIds'), known('document', 'documentId')],
    dates: [dateWithin('conductedOn', 'period')],
    record: normalizing(['findings']),
  },
  evolve: rememberId('inspection', 'inspectionId'),
  domainDate: (d) => d.conductedOn ?? periodEnd(d.period),
  registry: null,
  partNumber: (d, measure) => (measure === 'inspections' ? partNumberOf(d.count) : undefined),
  correction: { versionValue: (d) => versionValueOf(d.count) },
};
