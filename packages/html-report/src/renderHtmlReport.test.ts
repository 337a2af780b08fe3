import { createHash } from 'node:crypto';
import { CampaignEvent, type CampaignFacts, type CampaignReport, type EventEnvelope, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import { CAMPAIGN_ID, muongTeHistory, org, replayHistory } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsFileOf } from './eventsFile';
import { PAGE_SCRIPT } from './page/pageScript.generated';
import { renderHtmlReport } from './renderHtmlReport';

let report: CampaignReport;
let facts: CampaignFacts;
let events: ReadonlyArray<EventEnvelope<CampaignEvent>>;
let page: string;

beforeAll(async () => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replayed = await replayHistory(store, muongTeHistory);
  if (E.isLeft(replayed)) throw new Error(replayed.left.message);
  const ledger = makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district });
  const [built, figures, log] = await Promise.all([ledger.report()(), ledger.figures()(), store.readAll()()]);
  if (E.isLeft(built) || E.isLeft(figures) || E.isLeft(log)) throw new Error('the Mường Tè history cannot be read');
  report = built.right.report;
  facts = figures.right.facts;
  events = log.right;
  page = renderHtmlReport({ report, facts, events, lang: 'vi' });
}, 60_000);

const documentOf = (html: string) => parseHTML(html).document;
const rows = () => report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows));

describe('renderHtmlReport', () => {
  it('admits only its own script, by hash, and loads nothing', () => {
    const document = documentOf(page);
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src 'sha256-${createHash('sha256').update(PAGE_SCRIPT).digest('base64')}'`);
    const scripts = Array.from(document.querySelectorAll('script'));
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/x-ndjson', null]);
    expect(scripts[1]?.textContent).toBe(PAGE_SCRIPT);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  });

  it('embeds the whole log as the events file export writes, with no "<" left to end its element', () => {
    const embedded = documentOf(page).getElementById('campaign-ledger-events')?.textContent ?? '';
    expect(embedded).not.toContain('<');
    expect(embedded.replaceAll('\\u003c', '<')).toBe(eventsFileOf(null, events).replaceAll('\\u003c', '<'));
    expect(embedded.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l))).toEqual(eventsFileOf(null, events).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l)));
  });

  it('gives every figure of the report a row, its computed value, its statements and its lineage', () => {
    const document = documentOf(page);
    const figures = Array.from(document.querySelectorAll('tr.figure'));
    expect(figures.map((tr) => tr.getAttribute('data-figure-key'))).toEqual(rows().map((r) => JSON.stringify(r.key)));
    for (const [i, row] of rows().entries()) {
      const tr = figures[i];
      const lineage = document.getElementById(tr?.querySelector('a.figure-name')?.getAttribute('href')?.slice(1) ?? '');
      expect(lineage?.tagName.toLowerCase(), row.label.en).toBe('details');
      expect(tr?.querySelectorAll('.statement').length).toBe(row.stated.length);
      const counted = Array.from(lineage?.querySelectorAll('li.lineage-event[data-effect="added"]') ?? []).map((li) => li.getAttribute('data-event-id'));
      expect(new Set(counted), row.label.en).toEqual(new Set(row.computed.countedEventIds));
    }
  });

  it('lists the findings gravest first, hypotheses tagged, each statement linked to its figure', () => {
    const document = documentOf(page);
    const findings = report.audit?.findings ?? [];
    const articles = Array.from(document.querySelectorAll('article.finding'));
    expect(articles.map((a) => a.getAttribute('data-kind'))).toEqual(findings.map((f) => f.kind));
    expect(articles.map((a) => a.querySelectorAll('.hypothesis .tag').length)).toEqual(findings.map((f) => f.hypotheses.length));
    for (const link of Array.from(document.querySelectorAll('a.figure-link'))) expect(document.getElementById(link.getAttribute('href')?.slice(1) ?? '')?.tagName.toLowerCase()).toBe('details');
  });

  it('shows quotes as text: markup in a quote is escaped, never run', () => {
    const first = events[0] as EventEnvelope<CampaignEvent>;
    const quoted = JSON.stringify(rows()[0]?.stated[0]?.quote ?? '');
    const hostile = renderHtmlReport({
      report: { ...report, scope: { organisationId: 'org:x', name: '<img src=x onerror=alert(1)>' } },
      facts,
      events: [first],
      lang: 'en',
    });
    expect(hostile).not.toContain('<img src=x');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(quoted.length).toBeGreaterThan(0);
  });

  it('writes numbers the way each language does', () => {
    const english = renderHtmlReport({ report, facts, events, lang: 'en' });
    const rate = rows().find((r) => r.computed.percent !== undefined && r.computed.percent.denominator >= 1000);
    if (rate?.computed.percent === undefined) throw new Error('no rate over a thousand');
    const cellOf = (html: string) => documentOf(html).querySelector(`tr.figure[data-figure-key='${JSON.stringify(rate.key)}'] td.computed`)?.textContent;
    const { numerator, denominator } = rate.computed.percent;
    expect(cellOf(page)).toMatch(new RegExp(`^${numerator.toLocaleString('de-DE')}/${denominator.toLocaleString('de-DE')} = \\d+,\\d\\d%$`));
    expect(cellOf(english)).toMatch(new RegExp(`^${numerator.toLocaleString('en-US')}/${denominator.toLocaleString('en-US')} = \\d+\\.\\d\\d%$`));
    expect(documentOf(english).documentElement.getAttribute('lang')).toBe('en');
  });
});
