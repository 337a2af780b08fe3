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
const source = fold(readFileSync(fileURLToPath(new URL('../source/bieu-duong-2017.txt', import.meta.url)), 'utf8'));

/**
 * What the README finds by hand ("What the audit finds, and why"), in one place: the verdict on
 * each stated figure, the rules compared and those broken. No contradiction was found by hand: the
 * headline's 10 is the committee's 2 + 8.
 */
const expectedFindings = {
  reconciliation: {
    'figure:unknown/party-cells': 'matches-exactly',
    'figure:unknown/party-members': 'matches-exactly',
    'figure:2017/decided-by-committee/collective': 'matches-exactly',
    'figure:2017/decided-by-committee/individual': 'matches-exactly',
    'figure:2017/proposed-to-bloc/collective': 'matches-exactly',
    'figure:2017/proposed-to-bloc/individual': 'matches-exactly',
    'figure:2017/headline': 'matches-exactly',
  },
  headline: '2 + 8 = 10',
  alarms: [],
  // Nothing decided by a district to set against the proposals; no participants to set against the 45.
  rulesEvaluated: 0,
  violations: [],
};

describe('the Vĩnh Long labour federation history', () => {
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

  it('cites the directive only for the phase, which the article does not name, and dates no launch', () => {
    const elsewhere = history.filter((c) => c.data.provenance.source.document !== REPORT);
    expect(elsewhere.map((c) => [c.type, c.data.provenance.source.document])).toEqual([['DeclarePhase', DIRECTIVE]]);
    const launch = history.find((c) => c.type === 'LaunchCampaign');
    expect(launch?.type === 'LaunchCampaign' && launch.data.launchedOn).toBeUndefined();
  });

  it('records the awards the committee decided itself and those it proposed to the bloc committee', () => {
    const awards = history.flatMap((c) => (c.type === 'GrantAward' ? [[c.data.stage, c.data.decidingBody, c.data.recipientKind, c.data.count]] : []));
    expect(awards).toEqual([
      ['decided', 'grassroots-unit', 'collective', 2],
      ['decided', 'grassroots-unit', 'individual', 8],
      [terms.proposedToBloc, undefined, 'collective', 1],
      [terms.proposedToBloc, undefined, 'individual', 1],
    ]);
  });
});

describe('the Vĩnh Long labour federation history recorded through the ledger', () => {
  let audit: AuditSection;
  let report: LedgerReport;
  let figures: CampaignFigures;

  beforeAll(async () => {
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: CAMPAIGN_ID, organisationId: org.labour, newId });
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

  it('builds the report of the grassroots committee, with every stated figure and an intact log', () => {
    expect(report.report.scope?.name).toBe('Đảng bộ cơ sở Liên đoàn Lao động tỉnh');
    expect(report.report.audit?.reconciliation.statedFigures).toBe(Object.keys(expectedFindings.reconciliation).length);
    expect(report.text).toContain('Biểu dương, khen thưởng, đề nghị Đảng ủy khối, tập thể');
    expect(report.text).toContain('Số tổ chức trực thuộc, chi bộ trực thuộc đảng bộ cơ sở');
    expect(report.text).toContain('== Không rõ thời gian ==');
    expect(audit.log._tag).toBe('Intact');
  });

  it("finds what the README finds by hand: 3 cells, 45 members, 2 + 8 decided, 1 + 1 proposed, and the headline's 10", () => {
    const reconciled = reconcile(figures.facts);
    expect(Object.fromEntries(reconciled.map((r) => [r.figureId, r.kind]))).toEqual(expectedFindings.reconciliation);
    expect(reconciled.find((r) => r.figureId === 'figure:2017/headline')?.arithmetic.line.en).toBe(expectedFindings.headline);
    expect(audit.reconciliation.alarms).toEqual(expectedFindings.alarms);
    expect(audit.rules.evaluated).toBe(expectedFindings.rulesEvaluated);
    expect(audit.rules.violations.map((v) => [v.ruleId, v.arithmetic.en])).toEqual(expectedFindings.violations);
  });

  it('knows pledges were written in 2017 but not how many: "100%" is no count', () => {
    const pledges = figures.figure({ measure: 'commitments', period: 2017, organisationId: org.labour, kind: 'pledge' });
    expect(pledges.status).toBe('not-computable');
  });

  it('files the members and cells of the present tense under no year', () => {
    const members = (period: 2017 | 2018 | 'unknown') =>
      figures.figure({ measure: 'eligible', organisationId: org.labour, period, category: 'party-members' }).value;
    expect([members('unknown'), members(2017), members(2018)]).toEqual([45, null, null]);
  });

  it('raises an alarm for every contradiction found by hand (0), and for nothing else', () => {
    const alarms = audit.findings.filter((f) => f.severity === 'alarm');
    expect(alarms.map((f) => f.kind)).toEqual([]);
    expect(audit.bySeverity.alarm ?? 0).toBe(0);
  });
});
