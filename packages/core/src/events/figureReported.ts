import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { CountUnit } from '../model/countUnit';
import { FigureKey } from '../model/figureKey';
import { Id } from '../model/identifiers';
import { Qualifier } from '../model/qualifier';
import { StatedPercent } from '../model/statedPercent';
import { Provenance } from '../model/provenance';

/** The payload of FigureReported. */
export const FigureReportedData = fields(
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
    numerator: Count,
    denominator: Count,
    parts: t.array(Id),
  },
  'FigureReportedData',
);
/** The payload of FigureReported. */
export type FigureReportedData = t.TypeOf<typeof FigureReportedData>;

/** A figure as a report stated it (value, unit, percentage, qualifier), to be shown beside the computed one; parts name the facts it claims to total. */
export const FigureReported = t.type({ type: t.literal('FigureReported'), data: FigureReportedData }, 'FigureReported');
/** A figure as a report stated it (value, unit, percentage, qualifier), to be shown beside the computed one; parts name the facts it claims to total. */
export type FigureReported = t.TypeOf<typeof FigureReported>;
