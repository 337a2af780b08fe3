import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type AuditSection,
  CampaignCommand,
  CampaignEvent,
  type CampaignFigures,
  type LedgerReport,
  makeCampaignLedger,
  makeInMemoryEventStore,
  reconcile,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_ID, DIRECTIVE, FIVE_YEARS, RATE_CATEGORY, REPORT, history, org } from './history';

// White space differs between the page (doubled spaces) and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/tong-ket-chi-thi-03.txt', import.meta.url)), 'utf8'));

/**
 * What the README finds by hand ("What the audit finds, and why"), in one place: the verdict on
 * each stated figure, the rules compared and those broken. The rates have no counts to check them
 * with (not computable, never guessed); the awards match; no contradiction, no alarm.
 */
const expectedFindings = {
  reconciliation: {
    'figure:2011-2016/topic-study-rate/agencies': 'not-computable',
    'figure:2011-2016/topic-study-rate/rural': 'not-computable',
    'figure:2011-2016/topic-study-rate/armed-forces': 'not-computable',
    'figure:2011-2016/district-wide/collective': 'matches-exactly',
    'figure:2011-2016/district-wide/individual': 'matches-exactly',
  },
  alarms: [],
  rulesEvaluated: 0,
  violations: [],
};

describe('the Hưng Nguyên history', () => {
  it('decodes command by command', () => {
    for (const [i, command] of history.entries()) {
      expect(E.isRight(CampaignCommand.decode(command)), `command #${i} ${command.type}`).toBe(true);
    }
  });

  it('quotes every fact from the article as written', () => {
    const fromReport = history.filter((c) => c.data.provenance.source.document === REPORT);
    for (const command of fromReport) {
      const quote = command.data.provenance.source.quote ?? '';
      expect(quote, `${command.type} has no quote`).not.toBe('');
      expect(source.includes(fold(quote)), `${command.type}: "${quote}" is not in the article`).toBe(true);
    }
  });

  it('cites the directive only for the phase, which the article does not date, and dates no launch', () => {
    const elsewhere = history.filter((c) => c.data.provenance.source.document !== REPORT);
    expect(elsewhere.map((c) => [c.type, c.data.provenance.source.document])).toEqual([['DeclarePhase', DIRECTIVE]]);
    const launch = history.find((c) => c.type === 'LaunchCampaign');
    expect(launch?.type === 'LaunchCampaign' && launch.data.launchedOn).toBeUndefined();
  });

  it('states the three rates by bloc as printed: percentages only, at 0 decimals, without counts', () => {
    const rates = history.flatMap((c) =>
      c.type === 'ReportFigure' && c.data.figure.measure === 'participation-rate'
        ? [[c.data.figure.bloc, c.data.percent, c.data.numerator, c.data.denominator, c.data.qualifier]]
        : [],
    );
    expect(rates).toEqual([
      ['agencies', { scaled: 97, decimals: 0 }, undefined, undefined, undefined],
      ['rural', { scaled: 97, decimals: 0 }, undefined, undefined, undefined],
      ['armed-forces', { scaled: 100, decimals: 0 }, undefined, undefined, undefined],
    ]);
  });
});

describe('the Hưng Nguyên history recorded through the ledger', () => {
  let audit: AuditSection;
  let report: LedgerReport;
  let figures: CampaignFigures;

  beforeAll(async () => {
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const ledger = makeCampaignLedger({
      store: makeInMemoryEventStore({ codec: CampaignEvent }),
      campaignId: CAMPAIGN_ID,
      organisationId: org.district,
      newId,
    });
    for (const [i, command] of history.entries()) {
      const recorded = await ledger.record(command)();
      expect(recorded._tag, `command #${i} ${command.type}: ${E.isLeft(recorded) ? recorded.left._tag : ''}`).toBe('Right');
    }
    const [audited, reported, computed] = await Promise.all([ledger.audit()(), ledger.report({ lang: 'vi' })(), ledger.figures()()]);
    if (E.isLeft(audited) || E.isLeft(reported) || E.isLeft(computed)) throw new Error('the log cannot be read');
    audit = audited.right;
    report = reported.right;
    figures = computed.right;
  });

  it('builds the report of the district, with every stated figure and an intact log', () => {
    expect(report.report.scope?.name).toBe('Đảng bộ huyện Hưng Nguyên');
    expect(report.report.audit?.reconciliation.statedFigures).toBe(Object.keys(expectedFindings.reconciliation).length);
    expect(report.text).toContain('Tỷ lệ tham gia, người tham gia (mọi đối tượng), khối lực lượng vũ trang');
    expect(audit.log._tag).toBe('Intact');
  });

  it('finds what the README finds by hand: the rates cannot be checked, the 195 and 320 honours match', () => {
    expect(Object.fromEntries(reconcile(figures.facts).map((r) => [r.figureId, r.kind]))).toEqual(expectedFindings.reconciliation);
    expect(audit.reconciliation.alarms).toEqual(expectedFindings.alarms);
    expect(audit.rules.evaluated).toBe(expectedFindings.rulesEvaluated);
    expect(audit.rules.violations.map((v) => [v.ruleId, v.arithmetic.en])).toEqual(expectedFindings.violations);
  });

  it('never guesses a rate: without eligible or participants by bloc, each is not computable', () => {
    for (const bloc of ['agencies', 'rural', 'armed-forces']) {
      const rate = figures.figure({ measure: 'participation-rate', period: FIVE_YEARS, organisationId: org.district, category: RATE_CATEGORY, bloc });
      expect(rate.status, bloc).not.toBe('computed');
      expect(rate.value, bloc).toBeNull();
    }
  });

  it('holds the honours of the whole district, decided by no body it names: 195 + 320 = 515', () => {
    expect(figures.figure({ measure: 'awards', period: FIVE_YEARS, stage: 'decided', kind: 'reward-or-commendation' }).value).toBe(515);
  });

  it('raises an alarm for every contradiction found by hand (0), and for nothing else', () => {
    const alarms = audit.findings.filter((f) => f.severity === 'alarm');
    expect(alarms.map((f) => f.kind)).toEqual([]);
    expect(audit.bySeverity.alarm ?? 0).toBe(0);
  });
});
