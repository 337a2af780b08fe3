import { type Command, org, quoted } from './source';

type DataOf<T extends Command['type']> = Extract<Command, { type: T }>['data'];
type Optional<T extends Command['type'], Required extends keyof DataOf<T>> = Omit<
  DataOf<T>,
  Required | 'provenance'
>;

/** A figure key as plain data. */
export type FigureKeyInput = DataOf<'ReportFigure'>['figure'];

/** What the report states about a figure: value, percentage, fraction, qualifier, parts. */
export type Statement = Omit<DataOf<'ReportFigure'>, 'figureId' | 'figure' | 'provenance'>;

/** A figure as the report states it, pointing at the computed figure it should match. */
export const stated = (figureId: string, figure: FigureKeyInput, statement: Statement, quote: string): Command => ({
  type: 'ReportFigure',
  data: { figureId, figure, ...statement, provenance: quoted(quote) },
});

/** A summary count of classes held in the district's scope. */
export const classes = (
  factId: string,
  period: number,
  count: number,
  quote: string,
  dims: Partial<Optional<'ReportClasses', 'factId' | 'period' | 'count' | 'organisationId'>> = {},
): Command => ({
  type: 'ReportClasses',
  data: { factId, organisationId: org.district, period, count, ...dims, provenance: quoted(quote) },
});

/** A summary count of participants of one category in the district's scope. */
export const participation = (
  factId: string,
  period: number,
  category: DataOf<'ReportParticipation'>['category'],
  count: number,
  quote: string,
  dims: Partial<Optional<'ReportParticipation', 'factId' | 'period' | 'count' | 'organisationId' | 'category' | 'countUnit'>> & {
    countUnit?: DataOf<'ReportParticipation'>['countUnit'];
  } = {},
): Command => ({
  type: 'ReportParticipation',
  data: {
    factId,
    organisationId: org.district,
    period,
    category,
    countUnit: dims.countUnit ?? 'person',
    count,
    ...dims,
    provenance: quoted(quote),
  },
});

/** The eligible population of a category in the district: the denominator of a rate. */
export const eligible = (
  factId: string,
  period: number,
  category: DataOf<'DeclareEligiblePopulation'>['category'],
  count: number,
  quote: string,
): Command => ({
  type: 'DeclareEligiblePopulation',
  data: { factId, organisationId: org.district, period, category, count, provenance: quoted(quote) },
});
