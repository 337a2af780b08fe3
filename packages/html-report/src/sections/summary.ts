import { type CampaignReport, type Language, formatCount } from '@campaign-ledger/core';
import { type Markup, html } from '../html';
import { WORDS } from '../words';

// The years the report's figures cover: "2007–2010".
const periodOf = (report: CampaignReport): string | undefined => {
  const years = report.groups.flatMap((g) => (typeof g.period === 'number' ? [g.period] : g.period !== null && typeof g.period === 'object' ? [g.period.from, g.period.to] : []));
  if (years.length === 0) return undefined;
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}–${to}`;
};

/** The campaign at a glance: scope, period, events, the audit's counts, and the log's head hash with its verification. */
export const renderSummary = (report: CampaignReport, lang: Language, asOf: string | undefined): Markup => {
  const w = WORDS[lang];
  const count = (n: number) => formatCount(n, lang);
  const log = report.audit?.log;
  const entry = (name: string, term: string, value: Markup | string) => html`<div><dt>${term}</dt><dd data-summary="${name}">${value}</dd></div>`;
  const severity = report.audit?.bySeverity;
  const verification =
    log === undefined
      ? undefined
      : log._tag === 'Intact'
        ? w.intact(count(log.digest.eventCount), count(log.digest.headPosition))
        : log._tag === 'Broken'
          ? w.broken(count(log.problem.globalPosition), log.problem.message)
          : w.notVerified;
  return html`<dl class="summary">${[
    report.scope === null ? '' : entry('scope', w.scope, report.scope.name),
    periodOf(report) === undefined ? '' : entry('period', w.period, periodOf(report) ?? ''),
    asOf === undefined ? '' : entry('as-of', w.asOf, asOf),
    entry('events', w.events, count(report.eventCount)),
    severity === undefined ? '' : entry('alarms', w.alarms, count(severity.alarm)),
    severity === undefined ? '' : entry('warnings', w.warnings, count(severity.warning)),
    severity === undefined ? '' : entry('notes', w.notes, count(severity.note)),
    log?._tag === 'Intact' ? entry('head-hash', w.headHash, html`<code class="hash">${log.digest.headHash}</code>`) : '',
    verification === undefined ? '' : entry('verification', w.verifiedAtBuild, html`<span data-state="${log?._tag ?? ''}">${verification}</span>`),
  ]}</dl><p id="browser-verification" class="browser-verification" data-state="pending" role="status" aria-live="polite">${w.pending}</p><p id="browser-figures" class="browser-verification" data-state="pending" role="status" aria-live="polite">${w.figuresPending}</p><noscript><p class="browser-verification">${w.noScript}</p></noscript>`;
};
