import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AuditSection, CampaignCommand, CampaignEvent, type LedgerReport, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_ID, DIRECTIVE, REPORT, history, org } from './history';

// White space differs between the page (doubled spaces) and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/so-ket-3-nam-2009.txt', import.meta.url)), 'utf8'));

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

  it('cites the directive only for the launch and the phase, which the article does not give', () => {
    const elsewhere = history.filter((c) => c.data.provenance.source.document !== REPORT);
    expect(elsewhere.map((c) => [c.type, c.data.provenance.source.document])).toEqual([
      ['LaunchCampaign', DIRECTIVE],
      ['DeclarePhase', DIRECTIVE],
    ]);
  });
});

describe('the Gia Lai bloc history recorded through the ledger', () => {
  let audit: AuditSection;
  let report: LedgerReport;

  beforeAll(async () => {
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: CAMPAIGN_ID, organisationId: org.bloc, newId });
    for (const [i, command] of history.entries()) {
      const recorded = await ledger.record(command)();
      expect(recorded._tag, `command #${i} ${command.type}: ${E.isLeft(recorded) ? recorded.left._tag : ''}`).toBe('Right');
    }
    const [audited, reported] = await Promise.all([ledger.audit()(), ledger.report({ lang: 'vi' })()]);
    if (E.isLeft(audited) || E.isLeft(reported)) throw new Error('the log cannot be read');
    audit = audited.right;
    report = reported.right;
  });

  it('builds the report of the bloc, with every stated figure and an intact log', () => {
    expect(report.report.scope?.name).toBe('Đảng bộ Khối Cơ quan Dân Chính Đảng tỉnh');
    expect(report.text).toContain('8.100');
    expect(report.report.audit?.reconciliation.statedFigures).toBe(4);
    expect(audit.log._tag).toBe('Intact');
  });

  it('finds every figure the article prints consistent: 27 classes, 8.100 attendances, 25 and 41 certificates', () => {
    expect(audit.reconciliation.byKind).toEqual({ 'matches-exactly': 4 });
    expect(audit.reconciliation.alarms).toEqual([]);
  });

  it('finds no rule broken, and compares the classes of the bloc with its total', () => {
    expect(audit.rules.violations).toEqual([]);
    // The 27 classes belong to the agencies bloc (through their organisation): 27 ≤ 27.
    expect(audit.rules.evaluated).toBe(1);
  });
});
