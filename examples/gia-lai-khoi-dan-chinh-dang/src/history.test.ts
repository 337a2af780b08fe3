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
import { CAMPAIGN_ID, DIRECTIVE, REPORT, history, org } from './history';

// White space differs between the page (doubled spaces) and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/so-ket-3-nam-2009.txt', import.meta.url)), 'utf8'));

/**
 * What the README finds by hand ("What the audit finds, and why"), in one place: the verdict on
 * each stated figure, the rules compared and those broken. No contradiction was found by hand.
 */
const expectedFindings = {
  reconciliation: {
    'figure:2007-2009/classes': 'matches-exactly',
    'figure:2007-2009/attendances': 'matches-exactly',
    'figure:2007-2009/certificates/collective': 'matches-exactly',
    'figure:2007-2009/certificates/individual': 'matches-exactly',
  },
  alarms: [],
  // The 27 classes belong to the agencies bloc through their organisation: 27 ≤ 27.
  rulesEvaluated: 1,
  violations: [],
};

describe('the Gia Lai bloc history', () => {
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
});

describe('the Gia Lai bloc history recorded through the ledger', () => {
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
    expect(report.report.scope?.name).toBe('Đảng bộ Khối Cơ quan Dân Chính Đảng tỉnh');
    expect(report.text).toContain('8.100');
    expect(report.report.audit?.reconciliation.statedFigures).toBe(Object.keys(expectedFindings.reconciliation).length);
    expect(audit.log._tag).toBe('Intact');
  });

  it('labels the certificates with the body that decided them, in the words the history defined', () => {
    expect(report.text).toContain('Biểu dương, khen thưởng, quyết định, khen thưởng, tập thể, Ban Thường vụ Đảng ủy khối, giấy khen');
    expect(report.text).not.toContain('Ban Thường vụ Huyện ủy');
  });

  it('finds what the README finds by hand: 27 classes, 8.100 attendances, 25 and 41 certificates, all consistent', () => {
    expect(Object.fromEntries(reconcile(figures.facts).map((r) => [r.figureId, r.kind]))).toEqual(expectedFindings.reconciliation);
    expect(audit.reconciliation.alarms).toEqual(expectedFindings.alarms);
    expect(audit.rules.evaluated).toBe(expectedFindings.rulesEvaluated);
    expect(audit.rules.violations.map((v) => [v.ruleId, v.arithmetic.en])).toEqual(expectedFindings.violations);
  });

  it('raises an alarm for every contradiction found by hand (0), and for nothing else', () => {
    const alarms = audit.findings.filter((f) => f.severity === 'alarm');
    expect(alarms.map((f) => f.kind)).toEqual([]);
    expect(audit.bySeverity.alarm ?? 0).toBe(0);
  });
});
