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
import { CAMPAIGN_ID, DIRECTIVE, REPORT, contest, history, org } from './history';

// White space differs between the page and the quotes; NFC makes one encoding.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const source = fold(readFileSync(fileURLToPath(new URL('../source/hoi-thi-ke-chuyen-2018.txt', import.meta.url)), 'utf8'));

/**
 * What the README finds by hand ("What the audit finds, and why"), in one place: the verdict on
 * each stated figure, the rules compared and those broken. Each printed number agrees with its own
 * fact; the contradiction found by hand, 19 prizes for 18 contestants, is the one violation.
 */
const expectedFindings = {
  reconciliation: {
    'figure:2018/contestants': 'matches-exactly',
    'figure:2018/prizes/second': 'matches-exactly',
    'figure:2018/prizes/third': 'matches-exactly',
    'figure:2018/prizes/consolation': 'matches-exactly',
  },
  alarms: [],
  rulesEvaluated: 1,
  violations: [['prizes-within-contestants', 'high', '1 + 2 + 3 + 13 = 19 > 18']],
};

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

  it('cites the directive only for the launch and the phase, which the article does not name, and dates no launch', () => {
    const elsewhere = history.filter((c) => c.data.provenance.source.document !== REPORT);
    expect(elsewhere.map((c) => [c.type, c.data.provenance.source.document])).toEqual([
      ['LaunchCampaign', DIRECTIVE],
      ['DeclarePhase', DIRECTIVE],
    ]);
    const launch = history.find((c) => c.type === 'LaunchCampaign');
    expect(launch?.type === 'LaunchCampaign' && launch.data.launchedOn).toBeUndefined();
  });
});

describe('the Vĩnh Thạnh history recorded through the ledger', () => {
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
    expect(report.report.scope?.name).toBe('Huyện ủy Vĩnh Thạnh');
    expect(report.report.audit?.reconciliation.statedFigures).toBe(Object.keys(expectedFindings.reconciliation).length);
    expect(audit.log._tag).toBe('Intact');
  });

  it('finds what the README finds by hand: each number consistent with its fact, and more prizes than contestants', () => {
    expect(Object.fromEntries(reconcile(figures.facts).map((r) => [r.figureId, r.kind]))).toEqual(expectedFindings.reconciliation);
    expect(audit.reconciliation.alarms).toEqual(expectedFindings.alarms);
    expect(audit.rules.evaluated).toBe(expectedFindings.rulesEvaluated);
    expect(audit.rules.violations.map((v) => [v.ruleId, v.importance, v.arithmetic.en])).toEqual(expectedFindings.violations);
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

  it('counts the contest under each of its two organisers: the propaganda commission and the Youth Union', () => {
    for (const organiserId of [org.propaganda, org.youthUnion]) {
      expect(figures.figure({ measure: 'contest-contestants', organiserId, period: 2018 }).value, organiserId).toBe(18);
      expect(figures.figure({ measure: 'prizes', organiserId, period: 2018 }).value, organiserId).toBe(19);
    }
    expect(figures.figure({ measure: 'prizes', organiserId: org.schoolYouthUnion, period: 2018 }).status).toBe('no-data');
    expect(figures.figure({ measure: 'prizes', contestId: contest.storytelling, period: 2018, grade: 'first' }).value).toBe(1);
  });

  it('raises an alarm for every contradiction found by hand (1), and for nothing else', () => {
    const alarms = audit.findings.filter((f) => f.severity === 'alarm');
    expect(alarms.map((f) => f.kind)).toEqual(['rule-violated']);
    expect(audit.bySeverity.alarm ?? 0).toBe(1);
  });
});
