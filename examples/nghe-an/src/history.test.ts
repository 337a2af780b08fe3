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

// White space differs between the page and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/tong-ket-chi-thi-03.txt', import.meta.url)), 'utf8'));

const FIVE_YEARS = { from: 2011, to: 2016 };

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

  it('cites the directive only for the launch and the phase, which the article does not date', () => {
    const elsewhere = history.filter((c) => c.data.provenance.source.document !== REPORT);
    expect(elsewhere.map((c) => [c.type, c.data.provenance.source.document])).toEqual([
      ['LaunchCampaign', DIRECTIVE],
      ['DeclarePhase', DIRECTIVE],
    ]);
  });

  it('records no award of the Prime Minister: no award stage holds a national decision yet', () => {
    const counts = history.flatMap((c) => (c.type === 'GrantAward' ? [c.data.count] : []));
    expect(counts).toEqual([13, 17, 14, 25, 8, 1]);
  });
});

describe('the Nghệ An history recorded through the ledger', () => {
  let audit: AuditSection;
  let report: LedgerReport;
  let figures: CampaignFigures;

  beforeAll(async () => {
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: CAMPAIGN_ID, organisationId: org.province, newId });
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
    expect(report.report.audit?.reconciliation.statedFigures).toBe(6);
    expect(audit.log._tag).toBe('Intact');
  });

  it('finds every award the article prints consistent with the award recorded from it', () => {
    expect(audit.reconciliation.byKind).toEqual({ 'matches-exactly': 6 });
    expect(audit.reconciliation.alarms).toEqual([]);
    expect(audit.rules.violations).toEqual([]);
  });

  it('adds the rewards of two deciders in one cell, since the awards figure has no decider: 13 + 8 collectives, 17 + 1 individuals', () => {
    const rewards = (recipientKind: 'collective' | 'individual') =>
      figures.figure({ measure: 'awards', period: FIVE_YEARS, stage: 'decided-by-province', kind: 'reward', recipientKind }).value;
    expect([rewards('collective'), rewards('individual')]).toEqual([21, 18]);
  });

  it('notes, beside each reward checked against its own fact, the cell it shares with the other decider', () => {
    const notes = reconcile(figures.facts)
      .filter((r) => r.stated.parts !== undefined)
      .map((r) => [r.figureId, r.arithmetic.line.en, r.notes.map((note) => note.line.en)]);
    expect(notes).toEqual([
      ['figure:2011-2016/people-committee-chairman/collective', '13 = 13', ["the figure key's own cell: 13 + 8 = 21 ≠ 13"]],
      ['figure:2011-2016/people-committee-chairman/individual', '17 = 17', ["the figure key's own cell: 17 + 1 = 18 ≠ 17"]],
      ['figure:2011-2016/standing-committee-organising/collective', '8 = 8', ["the figure key's own cell: 13 + 8 = 21 ≠ 8"]],
      ['figure:2011-2016/standing-committee-organising/individual', '1 = 1', ["the figure key's own cell: 17 + 1 = 18 ≠ 1"]],
    ]);
  });

  it('holds 13 + 14 + 8 = 35 collectives and 17 + 25 + 1 = 43 individuals decided in the province', () => {
    const all = (recipientKind: 'collective' | 'individual') =>
      figures.figure({ measure: 'awards', period: FIVE_YEARS, stage: 'decided-by-province', recipientKind }).value;
    expect([all('collective'), all('individual')]).toEqual([35, 43]);
  });
});
