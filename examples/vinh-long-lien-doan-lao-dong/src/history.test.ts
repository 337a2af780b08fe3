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
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_ID, DIRECTIVE, REPORT, history, org } from './history';

// White space differs between the page and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/bieu-duong-2017.txt', import.meta.url)), 'utf8'));

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

  it('cites the directive only for the launch and the phase, which the article does not name', () => {
    const elsewhere = history.filter((c) => c.data.provenance.source.document !== REPORT);
    expect(elsewhere.map((c) => [c.type, c.data.provenance.source.document])).toEqual([
      ['LaunchCampaign', DIRECTIVE],
      ['DeclarePhase', DIRECTIVE],
    ]);
  });

  it('records the proposals to the bloc committee, not the 2 + 8 awards the committee decided itself', () => {
    const awards = history.flatMap((c) => (c.type === 'GrantAward' ? [[c.data.stage, c.data.recipientKind, c.data.count]] : []));
    expect(awards).toEqual([
      ['proposed-by-unit', 'collective', 1],
      ['proposed-by-unit', 'individual', 1],
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
    expect(report.report.audit?.reconciliation.statedFigures).toBe(4);
    expect(audit.log._tag).toBe('Intact');
  });

  it('finds the 3 cells, 45 members and the 1 + 1 proposals consistent, and no rule broken', () => {
    expect(audit.reconciliation.byKind).toEqual({ 'matches-exactly': 4 });
    expect(audit.reconciliation.alarms).toEqual([]);
    expect(audit.rules.violations).toEqual([]);
  });

  it('knows pledges were written in 2017 but not how many: "100%" is no count', () => {
    const pledges = figures.figure({ measure: 'commitments', period: 2017, organisationId: org.labour });
    expect(pledges.status).toBe('not-computable');
  });
});
