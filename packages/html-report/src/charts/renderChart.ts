import { type Language, formatCount } from '@campaign-ledger/core';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { type Markup, html, trusted } from '../html';
import type { BarChart, Chart, RateChart } from './chartData';

// Colours that keep a contrast of at least 3:1 against the white page (WCAG 1.4.11), the first the
// page's own blue; a chart coloured by more than one thing also names each colour in its legend.
const INK = '#1f4e79';
const PALETTE = ['#1f4e79', '#b5470b', '#1b6e3a', '#6a3d9a', '#8a1c3b', '#00656e', '#5c5c5c', '#7a5c00'];
const PALE = '#dce6f2';

const WIDTH = 860;
const BAR_HEIGHT = 22;

// Axis ticks: whole numbers only, in the language's own grouping (1.000 in Vietnamese, 1,000 in English).
const countTicks = (lang: Language) => (n: number) => (Number.isSafeInteger(n) ? formatCount(n, lang) : '');

// The left margin fits the longest label, within reason: longer ones are cut with an ellipsis (the table beneath has them whole).
const marginFor = (labels: ReadonlyArray<string>): number => Math.min(420, Math.max(80, 12 + 6.2 * Math.max(0, ...labels.map((l) => l.length))));

const place = (group: string, series: string): string => `${group} · ${series}`;

// Plot draws into a document: on the server, a light DOM that only has to serialise.
const svgOf = (options: Plot.PlotOptions): string => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return (Plot.plot({ ...options, document: document as unknown as Document }) as unknown as { outerHTML: string }).outerHTML;
};

const barSvg = (chart: BarChart, lang: Language): string => {
  const data = chart.bars.map((b) => ({ ...b, place: place(b.group, b.series), text: formatCount(b.value, lang) }));
  const coloured = chart.legend !== undefined && chart.legend.length > 1;
  return svgOf({
    width: WIDTH,
    height: 40 + BAR_HEIGHT * data.length,
    marginLeft: marginFor(data.map((d) => d.place)),
    marginRight: 60,
    ariaLabel: chart.title,
    ariaDescription: `${chart.unit}: ${data.map((d) => `${d.place}: ${d.text}`).join('; ')}`,
    x: { grid: true, label: chart.unit, tickFormat: countTicks(lang) },
    y: { label: null, domain: data.map((d) => d.place), tickSize: 0 },
    ...(coloured ? { color: { legend: true, domain: chart.legend, range: PALETTE.slice(0, chart.legend?.length ?? 1) } } : {}),
    marks: [
      Plot.barX(data, { x: 'value', y: 'place', fill: coloured ? 'colour' : INK, title: (d: (typeof data)[number]) => `${d.place}: ${d.text}`, className: 'chart-bars' }),
      Plot.text(data, { x: 'value', y: 'place', text: 'text', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
      Plot.ruleX([0], { ariaHidden: 'true' }),
    ],
  });
};

const rateSvg = (chart: RateChart, lang: Language): string => {
  const data = chart.rates.map((r) => ({
    ...r,
    place: place(r.group, r.series),
    text: `${formatCount(r.numerator, lang)}/${formatCount(r.denominator, lang)} = ${r.percent}`,
  }));
  const words = lang === 'vi' ? { eligible: 'phải học', participants: 'tham gia', unit: 'người' } : { eligible: 'eligible', participants: 'participants', unit: 'persons' };
  return svgOf({
    width: WIDTH,
    height: 40 + BAR_HEIGHT * data.length,
    marginLeft: marginFor(data.map((d) => d.place)),
    marginRight: 150,
    ariaLabel: chart.title,
    ariaDescription: data.map((d) => `${d.place}: ${d.text}`).join('; '),
    x: { grid: true, label: words.unit, tickFormat: countTicks(lang) },
    y: { label: null, domain: data.map((d) => d.place), tickSize: 0 },
    color: { legend: true, domain: [words.eligible, words.participants], range: [PALE, INK] },
    marks: [
      // The eligible total behind, outlined so that its edge keeps its contrast; the participants over it, never added to it.
      Plot.barX(data, { x: 'denominator', y: 'place', fill: () => words.eligible, stroke: INK, title: (d: (typeof data)[number]) => `${d.place}: ${words.eligible} ${formatCount(d.denominator, lang)}`, className: 'chart-eligible' }),
      Plot.barX(data, { x: 'numerator', y: 'place', fill: () => words.participants, insetTop: 5, insetBottom: 5, title: (d: (typeof data)[number]) => `${d.place}: ${d.text}`, className: 'chart-bars' }),
      Plot.text(data, { x: 'denominator', y: 'place', text: 'text', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
      Plot.ruleX([0], { ariaHidden: 'true' }),
    ],
  });
};

// The chart's figures as a table: what a screen reader reads, and what the eye checks against the bars.
const dataTable = (chart: Chart, lang: Language, caption: string): Markup => {
  const rows =
    chart._tag === 'Bars'
      ? chart.bars.map((b) => [b.group, b.series, formatCount(b.value, lang)])
      : chart.rates.map((r) => [r.group, r.series, `${formatCount(r.numerator, lang)}/${formatCount(r.denominator, lang)} = ${r.percent}`]);
  const heads = chart._tag === 'Bars' ? [chart.columns[0], chart.columns[1], chart.unit] : [chart.columns[0].split(' · ')[0] ?? '', chart.columns[0].split(' · ')[1] ?? '', chart.columns[1]];
  return html`<details class="chart-table"><summary>${caption}</summary><table><thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map(
    ([a, b, c]) => html`<tr><th scope="row">${a ?? ''}</th><td>${b ?? ''}</td><td class="number">${c ?? ''}</td></tr>`,
  )}</tbody></table></details>`;
};

/** One chart as a figure: its title, the SVG Plot drew, and its figures as a table beneath. */
export const renderChart = (chart: Chart, lang: Language, tableCaption: string): Markup =>
  html`<figure class="chart" id="chart-${chart.id}" data-chart="${chart.id}" role="group" aria-labelledby="chart-${chart.id}-title"><figcaption id="chart-${chart.id}-title">${chart.title}</figcaption>${trusted(
    chart._tag === 'Bars' ? barSvg(chart, lang) : rateSvg(chart, lang),
  )}${dataTable(chart, lang, tableCaption)}</figure>`;
