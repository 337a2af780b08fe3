import {
  type CampaignFacts,
  type CampaignReport,
  type ComputedValue,
  type Language,
  type ReportRow,
  type StatedValue,
  explain,
  formatCount,
} from '@campaign-ledger/core';
import { type Markup, html } from '../html';
import { WORDS } from '../words';
import { computedNumberText, statedNumberText } from './computedText';
import { contestRuns } from './contestRuns';
import { renderLineage } from './lineage';
import type { EventIndex } from './sources';

/** The computed figure: "24", "1.795/1.923 = 93,34%", "trên 12.360", a sum of itemised parts marked, or why there is none. */
export const computedCell = (c: ComputedValue, lang: Language): Markup => {
  const w = WORDS[lang];
  const partial = c.partial === undefined ? '' : html` <span class="partial">(${w.partial(c.partial.missing.map((o) => o.name).join(', '))})</span>`;
  const number = computedNumberText(c, lang);
  if (c.status === 'no-data') return html`<span class="missing">${w.noData}</span>`;
  if (c.percent !== undefined) return html`<span class="number">${number}</span>${partial}`;
  if (c.status === 'not-computable' || c.value === null) {
    const reason = c.reason === undefined ? '' : html` <span class="reason" lang="en">(${c.reason.replace(/ under \S+$/, '')})</span>`;
    return html`${number === undefined ? '' : html`<span class="number">${number}</span>, `}<span class="missing">${w.notComputable}</span>${reason}`;
  }
  const itemised = c.itemisedBy === undefined ? '' : html`<abbr class="itemised" title="${w.itemised}">*</abbr>`;
  return html`<span class="number">${number}</span>${itemised}${partial}`;
};

/** The audit's verdict on a statement, in a word as well as a mark, so that colour is never the only sign. */
export const verdictBadge = (verdict: StatedValue['verdict'], lang: Language): Markup => {
  const w = WORDS[lang].verdict;
  const [kind, mark, words] =
    verdict.severity === 'alarm'
      ? ['alarm', '≠', w.alarm]
      : verdict.severity === 'warning'
        ? ['warning', '⚠', w.warning]
        : verdict.agreement === 'agrees'
          ? ['agrees', '✓', w.agrees]
          : verdict.agreement === 'differs'
            ? ['differs', '≠', w.differs]
            : verdict.agreement === 'incomplete'
              ? ['incomplete', '~', w.incomplete]
              : ['not-comparable', '?', w['not-comparable']];
  return html`<span class="verdict verdict-${kind}" data-verdict="${kind}"><span aria-hidden="true">${mark}</span> ${words}</span>`;
};

/** A statement as the report printed it ("2.181/2.321, đạt 94,2%"), its verdict, and the arithmetic behind the verdict. */
export const statedCell = (s: StatedValue, lang: Language): Markup =>
  html`<div class="statement" data-event-id="${s.eventId}"><span class="number">${statedNumberText(s, lang)}</span> ${verdictBadge(s.verdict, lang)}<div class="arithmetic">${s.verdict.arithmetic[lang]}</div></div>`;

// A row under its contest's heading leaves the contest's title out of its label.
const rowLabel = (row: ReportRow, lang: Language): string => (row.contest === undefined ? row.label[lang] : row.label[lang].replace(`, ${row.contest.title}`, ''));

/** Where each row of the report is in the page: its number, in the order of the report. */
export interface RowPlaces {
  readonly rowOf: (row: ReportRow) => number;
  /** The row whose statements include this event's. */
  readonly rowOfStatement: (eventId: string) => number | undefined;
  /** The row whose statements include this figure id (FigureReported). */
  readonly rowOfFigureId: (figureId: string) => number | undefined;
}

export const placeRows = (report: CampaignReport): RowPlaces => {
  const numbers = new Map<ReportRow, number>();
  const statements = new Map<string, number>();
  const figureIds = new Map<string, number>();
  for (const row of report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows))) {
    const n = numbers.size + 1;
    numbers.set(row, n);
    for (const s of row.stated) {
      statements.set(s.eventId, n);
      if (!figureIds.has(s.figureId)) figureIds.set(s.figureId, n);
    }
  }
  return {
    rowOf: (row) => numbers.get(row) ?? 0,
    rowOfStatement: (eventId) => statements.get(eventId),
    rowOfFigureId: (figureId) => figureIds.get(figureId),
  };
};

const figureRows = (row: ReportRow, n: number, facts: CampaignFacts, events: EventIndex, lang: Language): Markup => {
  const w = WORDS[lang];
  const explanation = explain(facts, row.key);
  const eventCount = new Set([...explanation.entries.map((e) => e.eventId), ...row.computed.countedEventIds, ...row.computed.shadowedEventIds, ...row.stated.map((s) => s.eventId)]).size;
  const gravest = row.stated.some((s) => s.verdict.severity === 'alarm') ? 'alarm' : row.stated.some((s) => s.verdict.severity === 'warning') ? 'warning' : 'none';
  return html`<tr id="figure-${n}" class="figure figure-${gravest}" data-figure-key="${JSON.stringify(row.key)}" data-computed="${row.computed.value ?? ''}"><th scope="row"><a class="figure-name" href="#lineage-${n}">${rowLabel(row, lang)}</a></th><td class="computed">${computedCell(row.computed, lang)}</td><td class="stated">${
    row.stated.length === 0 ? html`<span class="missing">${w.notStated}</span>` : row.stated.map((s) => statedCell(s, lang))
  }</td></tr><tr class="lineage-row"><td colspan="3"><details class="lineage" id="lineage-${n}"><summary>${w.lineageSummary(formatCount(eventCount, lang), eventCount)}</summary><div class="lineage-body">${renderLineage(explanation, { counted: row.computed.countedEventIds, shadowed: row.computed.shadowedEventIds }, row.stated, events, lang)}</div></details></td></tr>`;
};

/** The figures table: per period and section, each figure beside every statement of it, with the lineage of each a click away. */
export const renderFiguresTable = (report: CampaignReport, facts: CampaignFacts, events: EventIndex, places: RowPlaces, lang: Language): Markup => {
  const w = WORDS[lang];
  const table = (rows: ReadonlyArray<ReportRow>, caption: string) =>
    html`<table class="figures"><caption>${caption}</caption><thead><tr><th scope="col">${w.columns.figure}</th><th scope="col">${w.columns.computed}</th><th scope="col">${w.columns.stated}</th></tr></thead><tbody>${rows.map((row) =>
      figureRows(row, places.rowOf(row), facts, events, lang),
    )}</tbody></table>`;
  return html`<p class="legend">${w.legend}</p>${report.groups.map(
    (group) =>
      html`<section class="period"><h3>${group.title[lang]}</h3>${group.sections.map(
        (section) =>
          html`<h4>${section.title[lang]}</h4>${contestRuns(section.rows).map((run) =>
            run.contest === undefined ? table(run.rows, `${group.title[lang]}: ${section.title[lang]}`) : html`<h5 class="contest">${run.contest}</h5>${table(run.rows, run.contest)}`,
          )}`,
      )}</section>`,
  )}`;
};
