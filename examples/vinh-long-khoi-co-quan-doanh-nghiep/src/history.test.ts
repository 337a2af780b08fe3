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
import { CAMPAIGN_ID, DIRECTIVE, REPORT, history, org, terms } from './history';

// White space differs between the page and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/thi-dua-thuc-hien-chi-thi-05-2021.txt', import.meta.url)), 'utf8'));

/**
 * What the README finds by hand ("What the audit finds, and why"), in one place: the verdict on
 * each stated figure, the rules compared and those broken. No contradiction was found by hand.
 */
const expectedFindings = {
  reconciliation: {
    'figure:2020/grassroots/collective': 'matches-exactly',
    'figure:2020/grassroots/individual': 'matches-exactly',
    'figure:2020/bloc/collective': 'matches-exactly',
    'figure:2020/bloc/individual': 'matches-exactly',
  },
  alarms: [],
  // No proposal is reported, and no built-in rule sets one level's decisions against another's.
  rulesEvaluated: 0,
  violations: [],
};

describe('the Vĩnh Long bloc history', () => {
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

  it('records the awards of both levels, each under the body that decided it', () => {
    const awards = history.flatMap((c) => (c.type === 'GrantAward' ? [[c.data.stage, c.data.decidingBody, c.data.recipientKind, c.data.count]] : []));
    expect(awards).toEqual([
      ['decided', 'grassroots-unit', 'collective', 130],
      ['decided', 'grassroots-unit', 'individual', 762],
      ['decided', terms.blocCommittee, 'collective', 20],
      ['decided', terms.blocCommittee, 'individual', 84],
    ]);
  });
});

describe('the Vĩnh Long bloc history recorded through the ledger', () => {
  let audit: AuditSection;
  let report: LedgerReport;
  let figures: CampaignFigures;

  beforeAll(async () => {
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: CAMPAIGN_ID, organisationId: org.bloc, newId });
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

  it('builds the report of the bloc, with every stated figure and an intact log', () => {
    expect(report.report.scope?.name).toBe('Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh');
    expect(report.report.audit?.reconciliation.statedFigures).toBe(Object.keys(expectedFindings.reconciliation).length);
    expect(report.text).toContain('Biểu dương, khen thưởng, quyết định, cá nhân, các chi, đảng bộ cơ sở');
    expect(report.text).toContain('Biểu dương, khen thưởng, quyết định, cá nhân, Đảng ủy khối');
    expect(audit.log._tag).toBe('Intact');
  });

  it('finds what the README finds by hand: 130, 762, 20 and 84 consistent, no rule broken', () => {
    expect(Object.fromEntries(reconcile(figures.facts).map((r) => [r.figureId, r.kind]))).toEqual(expectedFindings.reconciliation);
    expect(audit.reconciliation.alarms).toEqual(expectedFindings.alarms);
    expect(audit.rules.evaluated).toBe(expectedFindings.rulesEvaluated);
    expect(audit.rules.violations.map((v) => [v.ruleId, v.arithmetic.en])).toEqual(expectedFindings.violations);
  });

  it('keeps the two levels apart, and adds them only as honours when the body is left open: 130 + 20, 762 + 84', () => {
    const honours = (recipientKind: 'collective' | 'individual', decidingBody?: string) =>
      figures.figure({ measure: 'awards', period: 2020, stage: 'decided', recipientKind, ...(decidingBody === undefined ? {} : { decidingBody }) }).value;
    expect([honours('collective', 'grassroots-unit'), honours('collective', terms.blocCommittee), honours('collective')]).toEqual([130, 20, 150]);
    expect([honours('individual', 'grassroots-unit'), honours('individual', terms.blocCommittee), honours('individual')]).toEqual([762, 84, 846]);
  });

  it('knows personal pledges were reported in 2021 but not how many', () => {
    expect(figures.figure({ measure: 'commitments', period: 2021, organisationId: org.bloc, kind: 'pledge' }).status).toBe('not-computable');
  });

  it('raises an alarm for every contradiction found by hand (0), and for nothing else', () => {
    const alarms = audit.findings.filter((f) => f.severity === 'alarm');
    expect(alarms.map((f) => f.kind)).toEqual([]);
    expect(audit.bySeverity.alarm ?? 0).toBe(0);
  });
});
