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
import { CAMPAIGN_ID, DIRECTIVE, FIVE_YEARS, REPORT, bodies, history, org } from './history';

// White space differs between the page and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/tong-ket-chi-thi-03.txt', import.meta.url)), 'utf8'));

/**
 * What the README finds by hand ("What the audit finds, and why"), in one place: the verdict on
 * each stated figure, the rules compared and those broken. The article is consistent: no alarm.
 */
const expectedFindings = {
  reconciliation: {
    'figure:2011-2016/prime-minister/collective': 'matches-exactly',
    'figure:2011-2016/prime-minister/individual': 'matches-exactly',
    'figure:2011-2016/people-committee-chairman/collective': 'matches-exactly',
    'figure:2011-2016/people-committee-chairman/individual': 'matches-exactly',
    'figure:2011-2016/standing-committee/collective': 'matches-exactly',
    'figure:2011-2016/standing-committee/individual': 'matches-exactly',
    'figure:unknown/standing-committee-organising/collective': 'matches-exactly',
    'figure:unknown/standing-committee-organising/individual': 'matches-exactly',
  },
  // Each statement is checked against its own cell, with no note of a shared one.
  notes: [],
  alarms: [],
  // Nothing is proposed and nothing is decided by a district: the awards rules compare nothing.
  rulesEvaluated: 0,
  violations: [],
};

describe('the Nghệ An history', () => {
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

  it('records every award of the article under the body that decided it, the Prime Minister included', () => {
    const awards = history.flatMap((c) => (c.type === 'GrantAward' ? [[c.data.decidingBody, c.data.recipientKind, c.data.count]] : []));
    expect(awards).toEqual([
      [bodies.primeMinister, 'collective', 5],
      [bodies.primeMinister, 'individual', 10],
      [bodies.chairman, 'collective', 13],
      [bodies.chairman, 'individual', 17],
      [bodies.standing, 'collective', 14],
      [bodies.standing, 'individual', 25],
      [bodies.standing, 'collective', 8],
      [bodies.standing, 'individual', 1],
    ]);
  });
});

describe('the Nghệ An history recorded through the ledger', () => {
  let audit: AuditSection;
  let report: LedgerReport;
  let figures: CampaignFigures;

  beforeAll(async () => {
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const ledger = makeCampaignLedger({
      store: makeInMemoryEventStore({ codec: CampaignEvent }),
      campaignId: CAMPAIGN_ID,
      organisationId: org.province,
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

  it('builds the report of the province, with every stated figure and an intact log', () => {
    expect(report.report.scope?.name).toBe('Tỉnh ủy Nghệ An');
    expect(report.report.audit?.reconciliation.statedFigures).toBe(Object.keys(expectedFindings.reconciliation).length);
    expect(report.text).toContain('Biểu dương, khen thưởng, quyết định, khen thưởng, tập thể, Thủ tướng Chính phủ, bằng khen');
    expect(report.text).toContain('== Không rõ thời gian ==');
    expect(audit.log._tag).toBe('Intact');
  });

  it('finds what the README finds by hand: every award the article prints consistent with its own', () => {
    const reconciled = reconcile(figures.facts);
    expect(Object.fromEntries(reconciled.map((r) => [r.figureId, r.kind]))).toEqual(expectedFindings.reconciliation);
    expect(reconciled.flatMap((r) => r.notes.map((note) => [r.figureId, note.line.en]))).toEqual(expectedFindings.notes);
    expect(audit.reconciliation.alarms).toEqual(expectedFindings.alarms);
    expect(audit.rules.evaluated).toBe(expectedFindings.rulesEvaluated);
    expect(audit.rules.violations.map((v) => [v.ruleId, v.arithmetic.en])).toEqual(expectedFindings.violations);
  });

  it('keeps the two provincial deciders of rewards apart: 13 and 17 by the chairman, 8 and 1 by the standing committee', () => {
    const rewards = (decidingBody: string, period: typeof FIVE_YEARS | 'unknown') =>
      (['collective', 'individual'] as const).map(
        (recipientKind) => figures.figure({ measure: 'awards', period, stage: 'decided-by-province', decidingBody, kind: 'reward', recipientKind }).value,
      );
    expect(rewards(bodies.chairman, FIVE_YEARS)).toEqual([13, 17]);
    expect(rewards(bodies.standing, FIVE_YEARS)).toEqual([null, null]);
    expect(rewards(bodies.standing, 'unknown')).toEqual([8, 1]);
  });

  it("holds the address's 84 over the five years: 5 + 13 + 14 collectives and 10 + 17 + 25 individuals, without the 8 + 1 of no period", () => {
    const honours = (recipientKind?: 'collective' | 'individual') =>
      figures.figure({ measure: 'awards', period: FIVE_YEARS, ...(recipientKind === undefined ? {} : { recipientKind }) }).value;
    expect([honours('collective'), honours('individual'), honours()]).toEqual([32, 52, 84]);
    expect(figures.figure({ measure: 'awards', period: 'unknown' }).value).toBe(9);
  });

  it('raises an alarm for every contradiction found by hand (0), and for nothing else', () => {
    const alarms = audit.findings.filter((f) => f.severity === 'alarm');
    expect(alarms.map((f) => f.kind)).toEqual([]);
    expect(audit.bySeverity.alarm ?? 0).toBe(0);
  });
});
