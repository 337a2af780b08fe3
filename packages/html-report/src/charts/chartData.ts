import type { CampaignReport, Language, ReportRow } from '@campaign-ledger/core';
import { formatPercent } from '@campaign-ledger/core';

/** One bar: its place (a year, a contest...), its name within it, its count, and the legend entry it is coloured by. */
export interface Bar {
  readonly group: string;
  readonly series: string;
  readonly value: number;
  readonly colour?: string;
}

/** One rate: the participants drawn over their eligible total, with the percentage computed at report time. */
export interface Rate {
  readonly group: string;
  readonly series: string;
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: string;
}

/** A chart of counts, each a bar; never stacked, so a headcount and an attendance never add up. */
export interface BarChart {
  readonly _tag: 'Bars';
  readonly id: string;
  readonly title: string;
  /** What the bars count: "người", "lượt người", "lớp"... */
  readonly unit: string;
  readonly columns: readonly [string, string];
  readonly bars: ReadonlyArray<Bar>;
  /** The colours' names, in order, when bars are coloured by more than one thing. */
  readonly legend?: ReadonlyArray<string>;
}

/** A chart of rates against their eligible totals. */
export interface RateChart {
  readonly _tag: 'Rates';
  readonly id: string;
  readonly title: string;
  readonly columns: readonly [string, string];
  readonly rates: ReadonlyArray<Rate>;
}

export type Chart = BarChart | RateChart;

type Row = ReportRow & { readonly period: unknown };

const rowsOf = (report: CampaignReport): ReadonlyArray<Row> =>
  report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows.map((row) => ({ ...row, period: g.period }))));

const yearOf = (row: Row): number | undefined => (typeof row.period === 'number' ? row.period : undefined);

const dimension = (row: ReportRow, name: string) => row.dimensions.find((d) => d.name === name);

// A row fixes exactly these dimensions: a slice by one thing, not a cross of two.
const fixesOnly = (row: ReportRow, names: ReadonlyArray<string>): boolean =>
  row.dimensions.length === names.length && names.every((n) => dimension(row, n) !== undefined);

const countOf = (row: ReportRow): number | undefined =>
  row.computed.status === 'computed' && row.computed.value !== null ? row.computed.value : undefined;

const CHART_WORDS = {
  vi: {
    participation: (unit: string) => `Người tham gia học tập, theo năm và đối tượng (${unit})`,
    rates: 'Tỷ lệ tham gia so với tổng số đối tượng phải học',
    ratesColumns: ['Năm · đối tượng', 'Tham gia / phải học'] as const,
    classesByBloc: 'Số lớp học tập theo khối',
    classesByLevel: 'Số lớp học tập theo cấp tổ chức',
    classes: 'lớp',
    areas: 'Bản, khu phố: được tuyên truyền và tổng số',
    areaUnit: 'bản, khu phố',
    outreach: 'Lượt người được tuyên truyền ở bản, khu phố',
    contests: 'Hội thi, cuộc thi: đơn vị, thí sinh, bài dự thi và giải',
    contestUnit: 'số lượng',
    awards: 'Biểu dương, khen thưởng: đề nghị và quyết định, theo loại và đối tượng',
    awardUnit: 'tập thể, cá nhân',
    allKinds: 'mọi hình thức',
    yearColumns: ['Năm', 'Số liệu'] as const,
    awardColumns: ['Đối tượng', 'Bước, hình thức'] as const,
  },
  en: {
    participation: (unit: string) => `Participants by year and category (${unit})`,
    rates: 'Participation rates against the eligible totals',
    ratesColumns: ['Year · category', 'Participants / eligible'] as const,
    classesByBloc: 'Study classes by bloc',
    classesByLevel: 'Study classes by organiser level',
    classes: 'classes',
    areas: 'Residential areas: reached and registered',
    areaUnit: 'areas',
    outreach: 'Outreach attendances in residential areas',
    contests: 'Contests: units, contestants, entries and prizes',
    contestUnit: 'count',
    awards: 'Awards: proposed against decided, by kind and recipient',
    awardUnit: 'collectives, individuals',
    allKinds: 'all kinds',
    yearColumns: ['Year', 'Figure'] as const,
    awardColumns: ['Recipients', 'Stage, kind'] as const,
  },
} as const;

const MEASURE_WORDS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  'contest-units': { vi: 'đơn vị tham gia', en: 'units taking part' },
  'contest-contestants': { vi: 'thí sinh', en: 'contestants' },
  'contest-entries': { vi: 'bài dự thi', en: 'entries' },
  prizes: { vi: 'giải', en: 'prizes' },
  ratings: { vi: 'thí sinh được xếp loại', en: 'contestants rated' },
  selections: { vi: 'cử dự thi cấp trên', en: 'sent to the higher level' },
  'areas-reached': { vi: 'được tuyên truyền', en: 'reached' },
  'areas-registered': { vi: 'tổng số', en: 'registered' },
};

const bySlice = (
  rows: ReadonlyArray<Row>,
  measure: string,
  slice: string,
  lang: Language,
): ReadonlyArray<Bar> =>
  rows.flatMap((row) => {
    const year = yearOf(row);
    const value = countOf(row);
    const by = dimension(row, slice);
    if (row.key.measure !== measure || year === undefined || value === undefined || by === undefined || !fixesOnly(row, [slice])) return [];
    return [{ group: String(year), series: by.label[lang], value }];
  });

// Participants of a category in one count unit: one chart per unit, so persons and attendances are never drawn as one quantity.
const participationCharts = (rows: ReadonlyArray<Row>, lang: Language): ReadonlyArray<BarChart> => {
  const units = new Map<string, { label: string; bars: Bar[] }>();
  for (const row of rows) {
    const year = yearOf(row);
    const value = countOf(row);
    const category = dimension(row, 'category');
    const unit = dimension(row, 'countUnit');
    if (row.key.measure !== 'participants' || year === undefined || value === undefined || category === undefined || unit === undefined) continue;
    if (!fixesOnly(row, ['category', 'countUnit'])) continue;
    const chart = units.get(unit.value) ?? { label: unit.label[lang], bars: [] };
    chart.bars.push({ group: String(year), series: category.label[lang], value });
    units.set(unit.value, chart);
  }
  return [...units.entries()].map(([unit, chart]) => ({
    _tag: 'Bars',
    id: `participation-${unit}`,
    title: CHART_WORDS[lang].participation(chart.label),
    unit: chart.label,
    columns: CHART_WORDS[lang].yearColumns,
    bars: chart.bars,
  }));
};

const rateChart = (rows: ReadonlyArray<Row>, lang: Language): RateChart => ({
  _tag: 'Rates',
  id: 'rates',
  title: CHART_WORDS[lang].rates,
  columns: CHART_WORDS[lang].ratesColumns,
  rates: rows.flatMap((row) => {
    const year = yearOf(row);
    const percent = row.computed.percent;
    const category = dimension(row, 'category');
    if (row.key.measure !== 'participation-rate' || year === undefined || percent === undefined || category === undefined) return [];
    const label = row.dimensions.map((d) => d.label[lang]).join(', ');
    return [{ group: String(year), series: label, numerator: percent.numerator, denominator: percent.denominator, percent: formatPercent(percent, lang) }];
  }),
});

const measureWords = (measure: string, lang: Language): string => MEASURE_WORDS[measure]?.[lang] ?? measure;

// One chart per contest: its title is too long to label each bar with.
const contestCharts = (rows: ReadonlyArray<Row>, lang: Language): ReadonlyArray<BarChart> => {
  const measures = ['contest-units', 'contest-contestants', 'contest-entries', 'prizes', 'ratings', 'selections'];
  const contests = new Map<string, { title: string; bars: Bar[] }>();
  for (const row of rows) {
    const year = yearOf(row);
    const value = countOf(row);
    // A contest's own totals: prizes by grade and ratings by rating are in the figures table.
    if (!measures.includes(row.key.measure) || year === undefined || value === undefined || row.contest === undefined || !fixesOnly(row, ['contestId'])) continue;
    const contest = contests.get(row.contest.contestId) ?? { title: row.contest.title, bars: [] };
    const words = measureWords(row.key.measure, lang);
    contest.bars.push({ group: String(year), series: words, value, colour: words });
    contests.set(row.contest.contestId, contest);
  }
  return [...contests.values()].map((contest, i) => {
    const used = measures.map((m) => measureWords(m, lang)).filter((words) => contest.bars.some((b) => b.colour === words));
    return {
      _tag: 'Bars',
      id: `contest-${i + 1}`,
      title: `${CHART_WORDS[lang].contests}: ${contest.title}`,
      unit: CHART_WORDS[lang].contestUnit,
      columns: CHART_WORDS[lang].yearColumns,
      ...(used.length > 1 ? { legend: used } : {}),
      bars: contest.bars,
    };
  });
};

const outreachCharts = (rows: ReadonlyArray<Row>, lang: Language): ReadonlyArray<BarChart> => [
  {
    _tag: 'Bars',
    id: 'outreach-areas',
    title: CHART_WORDS[lang].areas,
    unit: CHART_WORDS[lang].areaUnit,
    columns: CHART_WORDS[lang].yearColumns,
    legend: [measureWords('areas-reached', lang), measureWords('areas-registered', lang)],
    bars: rows.flatMap((row) => {
      const year = yearOf(row);
      const value = countOf(row);
      if ((row.key.measure !== 'areas-reached' && row.key.measure !== 'areas-registered') || year === undefined || value === undefined || row.dimensions.length > 0) return [];
      const words = measureWords(row.key.measure, lang);
      return [{ group: String(year), series: words, value, colour: words }];
    }),
  },
  {
    _tag: 'Bars',
    id: 'outreach-attendances',
    title: CHART_WORDS[lang].outreach,
    unit: rows.find((r) => r.key.measure === 'outreach-attendances')?.computed.countUnit === 'attendance' ? (lang === 'vi' ? 'lượt người' : 'attendances') : CHART_WORDS[lang].contestUnit,
    columns: CHART_WORDS[lang].yearColumns,
    bars: rows.flatMap((row) => {
      const year = yearOf(row);
      const value = countOf(row);
      if (row.key.measure !== 'outreach-attendances' || year === undefined || value === undefined || row.dimensions.length > 0) return [];
      return [{ group: String(year), series: row.label[lang], value }];
    }),
  },
];

const awardChart = (rows: ReadonlyArray<Row>, lang: Language): BarChart => {
  const stages: string[] = [];
  const bars = rows.flatMap((row) => {
    const value = countOf(row);
    const stage = dimension(row, 'stage');
    const recipients = dimension(row, 'recipientKind');
    if (row.key.measure !== 'awards' || value === undefined || stage === undefined || recipients === undefined) return [];
    const rest = row.dimensions.filter((d) => d.name !== 'stage' && d.name !== 'recipientKind');
    if (!stages.includes(stage.label[lang])) stages.push(stage.label[lang]);
    const kind = rest.length === 0 ? CHART_WORDS[lang].allKinds : rest.map((d) => d.label[lang]).join(', ');
    return [{ group: recipients.label[lang], series: `${stage.label[lang]}: ${kind}`, value, colour: stage.label[lang] }];
  });
  return { _tag: 'Bars', id: 'awards', title: CHART_WORDS[lang].awards, unit: CHART_WORDS[lang].awardUnit, columns: CHART_WORDS[lang].awardColumns, legend: stages, bars };
};

/**
 * The charts of a report, drawn from its rows (the figures the table shows, so a chart and the
 * table never disagree): participation by year and category, one chart per count unit; rates
 * against their eligible totals; classes by bloc and by organiser level; outreach; contests; awards
 * by stage, kind and recipient. A chart with nothing to draw is left out.
 */
export const chartsOf = (report: CampaignReport, lang: Language): ReadonlyArray<Chart> => {
  const rows = rowsOf(report);
  const w = CHART_WORDS[lang];
  const charts: Chart[] = [
    ...participationCharts(rows, lang),
    rateChart(rows, lang),
    { _tag: 'Bars', id: 'classes-by-bloc', title: w.classesByBloc, unit: w.classes, columns: w.yearColumns, bars: bySlice(rows, 'classes', 'bloc', lang) },
    { _tag: 'Bars', id: 'classes-by-level', title: w.classesByLevel, unit: w.classes, columns: w.yearColumns, bars: bySlice(rows, 'classes', 'organiserLevel', lang) },
    ...outreachCharts(rows, lang),
    ...contestCharts(rows, lang),
    awardChart(rows, lang),
  ];
  return charts.filter((c) => (c._tag === 'Bars' ? c.bars.length > 0 : c.rates.length > 0));
};
