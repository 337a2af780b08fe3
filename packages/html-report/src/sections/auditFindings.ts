import { type AuditSection, type Language, formatCount } from '@campaign-ledger/core';
import { type Markup, html } from '../html';
import { WORDS } from '../words';
import type { RowPlaces } from './figuresTable';
import { quoteAndSource } from './lineage';
import type { EventIndex } from './sources';

type Finding = AuditSection['findings'][number];
type Severity = Finding['severity'];

const SEVERITIES: ReadonlyArray<Severity> = ['alarm', 'warning', 'note'];

// The core words a hypothesis "giả thuyết: ..." / "hypothesis: ..."; the page labels it with a tag instead.
const withoutHypothesisWord = (line: string): string => line.replace(/^(giả thuyết|hypothesis):\s*/i, '');

const findingArticle = (finding: Finding, n: number, places: RowPlaces, events: EventIndex, lang: Language): Markup => {
  const w = WORDS[lang];
  const statements = finding.statements.map((s) => {
    const row = places.rowOfStatement(s.eventId) ?? places.rowOfFigureId(s.figureId);
    return html`<li class="finding-statement" data-event-id="${s.eventId}"><span class="number">${s.printed[lang]}</span>${
      row === undefined ? '' : html` <a class="figure-link" href="#lineage-${row}">${w.figureLink}</a>`
    }${quoteAndSource(s.quote, events.source(s.eventId), lang)}</li>`;
  });
  return html`<article class="finding finding-${finding.severity}" id="finding-${n}" data-severity="${finding.severity}" data-kind="${finding.kind}"><details><summary><span class="severity">${
    w[finding.severity === 'alarm' ? 'alarms' : finding.severity === 'warning' ? 'warnings' : 'notes']
  }</span> ${finding.subject[lang]}<span class="arithmetic">${finding.arithmetic.line[lang]}</span></summary><div class="finding-body">${
    finding.ruleId === undefined ? '' : html`<p class="rule">${w.rule}: <code>${finding.ruleId}</code></p>`
  }${statements.length === 0 ? '' : html`<h5>${w.statements}</h5><ol class="finding-statements">${statements}</ol>`}${
    finding.hypotheses.length === 0
      ? ''
      : html`<ul class="hypotheses">${finding.hypotheses.map(
          (h) => html`<li class="hypothesis"><strong class="tag">${w.hypothesis}</strong> ${withoutHypothesisWord(h.line[lang])}</li>`,
        )}</ul>`
  }${finding.localisation === undefined ? '' : html`<p class="localisation"><strong>${w.localisation}:</strong> ${finding.localisation.line[lang]}</p>`}</div></details></article>`;
};

/** The audit: what it checked, then its findings, alarms first, then warnings, then notes, each opening its arithmetic, quotes and hypotheses. */
export const renderAudit = (audit: AuditSection | undefined, places: RowPlaces, events: EventIndex, lang: Language): Markup => {
  const w = WORDS[lang];
  if (audit === undefined) return html`<p>${w.noAudit}</p>`;
  const count = (n: number) => formatCount(n, lang);
  let n = 0;
  return html`<p>${w.auditIntro(count(audit.reconciliation.statedFigures), count(audit.rules.rules), count(audit.rules.evaluated), count(audit.rules.skipped))}</p>${SEVERITIES.map((severity) => {
    const findings = audit.findings.filter((f) => f.severity === severity);
    return html`<section class="severity-group" id="audit-${severity}" data-severity="${severity}"><h3>${w.severities[severity]} (${count(findings.length)})</h3>${
      findings.length === 0 ? html`<p>${w.none}</p>` : findings.map((f) => findingArticle(f, ++n, places, events, lang))
    }</section>`;
  })}`;
};
