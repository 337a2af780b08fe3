import * as t from 'io-ts';
import { endOfPeriod } from '../decider/domainDates';
import { normalizing } from '../decider/normalizeFields';
import { requireValidPeriod } from '../decider/periods';
import { requireOrganisation, requireKnown, requireContest, requireRecordedParts } from '../decider/references';
import { newId, term } from '../decider/rules';
import { requireTerm } from '../decider/terms';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { CountUnit } from '../model/countUnit';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { FigureKey, figureKeyTermFields } from '../model/figureKey';
import { Id } from '../model/identifiers';
import type { Period } from '../model/period';
import { Provenance } from '../model/provenance';
import { Qualifier } from '../model/qualifier';
import { StatedPercent } from '../model/statedPercent';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of FigureReported. */
export interface FigureReportedData {
  figureId: Id;
  figure: FigureKey;
  provenance: Provenance;
  value?: Count;
  qualifier?: Qualifier;
  countUnit?: CountUnit;
  percent?: StatedPercent;
  /** How the report hedged its percentage: "đạt trên 80%" is `more-than`, "gần 100%" is `nearly`. */
  percentQualifier?: Qualifier;
  numerator?: Count;
  denominator?: Count;
  parts?: Array<Id>;
}
/** The payload of FigureReported. */
export const FigureReportedData: Codec<FigureReportedData> = declared<FigureReportedData>()(
  fields(
    {
      figureId: Id,
      figure: FigureKey,
      provenance: Provenance,
    },
    {
      value: Count,
      qualifier: Qualifier,
      countUnit: CountUnit,
      percent: StatedPercent,
      percentQualifier: Qualifier,
      numerator: Count,
      denominator: Count,
      parts: t.array(Id),
    },
    'FigureReportedData',
  ),
);

/** A figure as a report stated it (value, unit, percentage, qualifier), to be shown beside the computed one; parts name the facts it claims to total. */
export interface FigureReported {
  type: 'FigureReported';
  data: FigureReportedData;
}
/** A figure as a report stated it (value, unit, percentage, qualifier), to be shown beside the computed one; parts name the facts it claims to total. */
export const FigureReported: Codec<FigureReported> = tagged<FigureReported>()('FigureReported', FigureReportedData);

/** Asks to record FigureReported: a figure as a report stated it (value, unit, percentage, qualifier), to be shown beside the computed one; parts name the facts it claims to total. */
export interface ReportFigure {
  type: 'ReportFigure';
  data: FigureReportedData;
}
/** Asks to record FigureReported. */
export const ReportFigure: Codec<ReportFigure> = tagged<ReportFigure>()('ReportFigure', FigureReportedData);

// A figure key names a period for most measures, and none for the stock measures (organisations, committees).
const periodOfKey = (key: FigureKey): Period | undefined => ('period' in key ? key.period : undefined);

/** How the ledger handles FigureReported: its codecs, the rules of ReportFigure, and how each fold takes it in. */
export const figureReportedSpec: EventSpec<'FigureReported'> = {
  codec: FigureReported,
  data: FigureReportedData,
  command: { type: 'ReportFigure', codec: ReportFigure },
  catalog: { grain: 'statement', says: 'a figure as a report printed it, with the key of the computed figure it states' },
  factId: (d) => d.figureId,
  decide: {
    identity: newId('figure', 'figureId'),
    // The rules on the key name its fields from the data: `figure.period`, `figure.organisationId`, ...
    wellFormed: [
      (d) => (d.value === undefined && d.percent === undefined && d.numerator === undefined ? { _tag: 'EmptyFigure', figureId: d.figureId } : undefined),
      (d) => requireValidPeriod(periodOfKey(d.figure), 'figure.period'),
      // A qualifier of a percentage that is not there would hedge nothing and be lost.
      (d) => (d.percentQualifier !== undefined && d.percent === undefined ? { _tag: 'QualifierWithoutNumber', figureId: d.figureId, field: 'percentQualifier' } : undefined),
    ],
    references: [
      ({ figure }, state) => requireOrganisation(state, 'organisationId' in figure ? figure.organisationId : undefined, 'figure.organisationId'),
      ({ figure }, state) => requireKnown(state.topics, 'topic', 'topicId' in figure ? figure.topicId : undefined, 'figure.topicId'),
      ({ figure }, state) => requireContest(state, 'contestId' in figure ? figure.contestId : undefined, 'figure.contestId'),
      ({ figure }, state) => requireOrganisation(state, 'organiserId' in figure ? figure.organiserId : undefined, 'figure.organiserId'),
      // Every term the key fixes is one the history's vocabulary defines, whatever its measure.
      ({ figure }, state) => {
        for (const { field, kind } of figureKeyTermFields(figure.measure)) {
          const broken = requireTerm(state.vocabulary, kind, (figure as Readonly<Record<string, string | undefined>>)[field], `figure.${field}`);
          if (broken !== undefined) return broken;
        }
        return undefined;
      },
      term('count-unit', 'countUnit'),
      (d, state) => requireRecordedParts(state, d.parts),
    ],
    record: normalizing([]),
  },
  evolve: rememberId('figure', 'figureId'),
  domainDate: (d) => endOfPeriod(periodOfKey(d.figure)),
  registry: null,
  // A stated figure named as a part gives its stated value.
  partNumber: (d) => partNumberOf(d.value ?? d.numerator, d.countUnit, d.qualifier),
  // A stated figure is never a part of a computed one; its stated value is what it said.
  correction: { versionValue: (d) => versionValueOf(d.value, d.qualifier) },
};
