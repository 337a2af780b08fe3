import { createHash } from 'node:crypto';
import type { CampaignEvent, CampaignFacts, CampaignReport, EventEnvelope, Language } from '@campaign-ledger/core';
import { formatCount } from '@campaign-ledger/core';
import { chartsOf } from './charts/chartData';
import { eventsFileOf } from './eventsFile';
import { renderChart } from './charts/renderChart';
import { html, trusted } from './html';
import type { EmbeddedCheckpoint } from './page/embeddedCheckpoint';
import { PAGE_SCRIPT } from './page/pageScript.generated';
import { PAGE_STYLES } from './page/styles';
import { renderAudit } from './sections/auditFindings';
import { placeRows, renderFiguresTable } from './sections/figuresTable';
import { renderSummary } from './sections/summary';
import { indexEvents } from './sections/sources';
import { WORDS } from './words';

/** What the HTML report is made of. */
export interface HtmlReportInput {
  /** The report with its audit, as the ledger builds it (docs/report-format.md). */
  readonly report: CampaignReport;
  /** The facts the report was built from: each figure's lineage is explained from them. */
  readonly facts: CampaignFacts;
  /**
   * The whole log, in global order: the events behind each lineage, with their sources. The page
   * embeds it as an events file (docs/interchange.md) and verifies it in the reader's browser.
   */
  readonly events: ReadonlyArray<EventEnvelope<CampaignEvent>>;
  readonly lang: Language;
  /** The moment the figures were rebuilt at, in words, when it is not the whole log. */
  readonly asOf?: string;
  /**
   * A signed checkpoint of the log with its verifier key and the inclusion proofs of the events the
   * figures count: the page embeds them and checks them in the reader's browser.
   */
  readonly checkpoint?: EmbeddedCheckpoint;
}

// Inside a script element only "</script" (or "<!--") could end it early: JSON writes "<" only
// inside strings, where \u003c reads back as the same character.
const embeddable = (eventsFile: string): string => eventsFile.replace(/</g, '\\u003c');

const scriptHash = (script: string): string => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;

/**
 * The report as one self-contained HTML page that opens offline: a summary, charts (SVG drawn by
 * Observable Plot as the page is made, each with its figures as a table), every figure beside each
 * statement of it with the audit's verdict and its lineage, the audit's findings, and the whole
 * log, embedded, which the page's script verifies in the reader's browser with the core's own
 * verification. A Content-Security-Policy lets it run only that script and fetch nothing.
 */
export const renderHtmlReport = (input: HtmlReportInput): string => {
  const { report, facts, lang } = input;
  const w = WORDS[lang];
  const events = indexEvents(input.events);
  const places = placeRows(report);
  const title = `${w.title}${report.campaign === null ? '' : ` “${report.campaign.title}”`}`;
  const csp = `default-src 'none'; script-src '${scriptHash(PAGE_SCRIPT)}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  const sections = [
    ['summary', w.summary],
    ['charts', w.charts],
    ['figures', w.figures],
    ['audit', w.audit],
    ['log', w.log],
  ] as const;
  const page = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="campaign-ledger">
<title>${report.scope === null ? title : `${title}: ${report.scope.name}`}</title>
<style>${trusted(PAGE_STYLES)}</style>
</head>
<body>
<a class="skip" href="#figures">${w.skip}</a>
<header><h1>${title}</h1>${report.scope === null ? '' : html`<p>${report.scope.name}</p>`}
<nav aria-label="${w.contents}"><ul>${sections.map(([id, name]) => html`<li><a href="#${id}">${name}</a></li>`)}</ul></nav></header>
<main${report.campaign === null ? '' : html` data-campaign="${report.campaign.id}"`}${report.scope === null ? '' : html` data-scope="${report.scope.organisationId}"`}${input.asOf === undefined ? '' : html` data-as-of="${input.asOf}"`}>
<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">${w.summary}</h2>${renderSummary(report, lang, input.asOf)}${
    input.checkpoint === undefined ? '' : html`<p id="browser-checkpoint" class="browser-verification" data-state="pending" role="status" aria-live="polite">${w.checkpointPending}</p>`
  }</section>
<section id="charts" aria-labelledby="charts-title"><h2 id="charts-title">${w.charts}</h2>${chartsOf(report, lang).map((chart) => renderChart(chart, lang, w.chartTable))}</section>
<section id="figures" aria-labelledby="figures-title"><h2 id="figures-title">${w.figures}</h2>${renderFiguresTable(report, facts, events, places, lang)}</section>
<section id="audit" aria-labelledby="audit-title"><h2 id="audit-title">${w.audit}</h2>${renderAudit(report.audit, places, events, lang)}</section>
<section id="log" aria-labelledby="log-title"><h2 id="log-title">${w.log}</h2><p>${w.logText(formatCount(input.events.length, lang))}</p></section>
</main>
<script type="application/x-ndjson" id="campaign-ledger-events">${trusted(embeddable(eventsFileOf(null, input.events)))}</script>${
    input.checkpoint === undefined ? '' : html`
<script type="application/json" id="campaign-ledger-checkpoint">${trusted(embeddable(JSON.stringify(input.checkpoint)))}</script>`
  }
<script>${trusted(PAGE_SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
};
