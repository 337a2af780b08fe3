import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AuditSection, CampaignCommand, CampaignEvent, type LedgerReport, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_ID, DIRECTIVE, REPORT, history, org } from './history';

// White space differs between the page (doubled spaces) and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/tong-ket-chi-thi-03.txt', import.meta.url)), 'utf8'));

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

  it('cites the directive only for the launch and the phase, which the article does not date', () => {
    const elsewhere = history.filter((c) => c.data.provenance.source.document !== REPORT);
    expect(elsewhere.map((c) => [c.type, c.data.provenance.source.document])).toEqual([
      ['LaunchCampaign', DIRECTIVE],
      ['DeclarePhase', DIRECTIVE],
    ]);
  });

  it('records none of its figures: the rates by bloc (97%, 97%, 100%) and the awards of the whole district', () => {
    const figures = history.filter((c) => c.type === 'ReportFigure' || c.type === 'GrantAward' || c.type === 'ReportParticipation');
    expect(figures).toEqual([]);
    expect(source).toContain('khối cơ quan đạt 97%, khối nông thôn đạt 97%, khối lực lượng vũ trang đạt 100%');
    expect(source).toContain('Toàn huyện đã biểu dương khen thưởng195 tập thể và 320 cá nhân tiêu biểu.');
  });
});

describe('the Hưng Nguyên history recorded through the ledger', () => {
  let audit: AuditSection;
  let report: LedgerReport;

  beforeAll(async () => {
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: CAMPAIGN_ID, organisationId: org.district, newId });
    for (const [i, command] of history.entries()) {
      const recorded = await ledger.record(command)();
      expect(recorded._tag, `command #${i} ${command.type}: ${E.isLeft(recorded) ? recorded.left._tag : ''}`).toBe('Right');
    }
    const [audited, reported] = await Promise.all([ledger.audit()(), ledger.report({ lang: 'vi' })()]);
    if (E.isLeft(audited) || E.isLeft(reported)) throw new Error('the log cannot be read');
    audit = audited.right;
    report = reported.right;
  });

  it('builds the report of the district, with an intact log and nothing to reconcile', () => {
    expect(report.report.scope?.name).toBe('Đảng bộ huyện Hưng Nguyên');
    expect(report.report.audit?.reconciliation.statedFigures).toBe(0);
    expect(audit.log._tag).toBe('Intact');
    expect(audit.reconciliation.alarms).toEqual([]);
    expect(audit.rules.violations).toEqual([]);
    expect(audit.rules.evaluated).toBe(0);
  });
});
