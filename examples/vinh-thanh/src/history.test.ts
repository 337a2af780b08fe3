import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AuditSection, CampaignCommand, CampaignEvent, type LedgerReport, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_ID, DIRECTIVE, REPORT, history, org } from './history';

// White space differs between the page and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/hoi-thi-ke-chuyen-2018.txt', import.meta.url)), 'utf8'));

describe('the Vĩnh Thạnh history', () => {
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
});

describe('the Vĩnh Thạnh history recorded through the ledger', () => {
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

  it('builds the report of the district, with every stated figure and an intact log', () => {
    expect(report.report.scope?.name).toBe('Huyện ủy Vĩnh Thạnh');
    expect(report.report.audit?.reconciliation.statedFigures).toBe(4);
    expect(audit.log._tag).toBe('Intact');
  });

  it('finds each printed number consistent with its own fact: 18 contestants, 2, 3 and 13 prizes', () => {
    expect(audit.reconciliation.byKind).toEqual({ 'matches-exactly': 4 });
    expect(audit.reconciliation.alarms).toEqual([]);
  });

  it('finds more prizes than contestants: 1 + 2 + 3 + 13 = 19 > 18, and nothing else', () => {
    expect(audit.rules.violations.map((v) => [v.ruleId, v.importance, v.arithmetic.en])).toEqual([
      ['prizes-within-contestants', 'high', '1 + 2 + 3 + 13 = 19 > 18'],
    ]);
    expect(audit.rules.violations[0]?.message.vi).toBe(
      'Số giải không vượt số thí sinh (Hội thi Kể chuyện về tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2018, 2018): 1 + 2 + 3 + 13 = 19 > 18, yêu cầu ≤',
    );
    expect(report.text).toContain('1 + 2 + 3 + 13 = 19 > 18');
  });

  it('traces both sides of the violation to the sentences of the article', () => {
    const [violation] = audit.rules.violations;
    const quotes = (side: 'left' | 'right') =>
      violation?.[side].operands.flatMap((o) => (o.kind === 'figure' ? o.figure.contributions.map((c) => [c.value, c.quote ?? '']) : [])) ?? [];
    expect(quotes('left').map(([value]) => value)).toEqual([1, 2, 3, 13]);
    expect(quotes('left').every(([, quote]) => String(quote).includes('13 giải khuyến khích'))).toBe(true);
    expect(quotes('right')).toEqual([[18, 'Tham dự Hội thi có 18 thí sinh đến từ các chi đoàn, đoàn cơ sở trên địa bàn huyện.']]);
  });
});
