import {
  CampaignEvent,
  type CampaignFacts,
  type CampaignReport,
  type ReportRow,
  campaignFactsProjection,
  formatReport,
  makeInMemoryEventStore,
  reconcile,
  runProjection,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { muongTeHistory, replayHistory } from '@campaign-ledger/fixtures';
import { muongTeReport } from './muongTeReport';

// The marks a printed row gives each verdict (docs/report-format.md): an alarm ≠, a warning ⚠,
// otherwise the agreement of the statement's own check.
const MARKS = { agrees: '✓', differs: '≠', incomplete: '~', 'not-comparable': '?' } as const;
const markOf = (v: ReportRow['stated'][number]['verdict']): string => (v.severity === 'alarm' ? '≠' : v.severity === 'warning' ? '⚠' : MARKS[v.agreement]);

let report: CampaignReport;
let facts: CampaignFacts;

beforeAll(async () => {
  const result = await muongTeReport(makeInMemoryEventStore({ codec: CampaignEvent }));
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  report = result.right;
  // The audit on its own, from a second recording of the same history.
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  expect(await replayHistory(store, muongTeHistory)).toEqual(E.right(muongTeHistory.length));
  const log = await store.readAll()();
  if (E.isLeft(log)) throw new Error(log.left._tag);
  facts = runProjection(campaignFactsProjection, log.right);
});

const rows = (): ReadonlyArray<ReportRow> => report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows));

describe('one verdict per stated figure, over the whole Mường Tè report', () => {
  it('gives every statement of every row the audit’s own classification of it', () => {
    const reconciliations = reconcile(facts);
    const byFigure = new Map(reconciliations.map((r) => [r.figureId, r]));
    const stated = rows().flatMap((r) => r.stated);
    expect(stated).toHaveLength(reconciliations.length);
    for (const s of stated) {
      const audit = byFigure.get(s.figureId);
      expect(audit, s.figureId).toBeDefined();
      expect({
        figureId: s.figureId,
        kind: s.verdict.kind,
        alarm: s.verdict.alarm,
        severity: s.verdict.severity,
        agreement: s.verdict.agreement,
        line: s.verdict.arithmetic,
      }).toEqual({
        figureId: s.figureId,
        kind: audit?.kind,
        alarm: audit?.alarm,
        severity: audit?.severity,
        agreement: audit?.agreement,
        line: audit?.arithmetic.line,
      });
    }
  });

  it('marks a row ≠ exactly where the audit raises an alarm, and the audit lists the same alarms', () => {
    const stated = rows().flatMap((r) => r.stated);
    const differing = stated.filter((s) => s.verdict.agreement === 'differs').map((s) => s.figureId);
    const alarms = stated.filter((s) => s.verdict.alarm).map((s) => s.figureId);
    expect(differing).toEqual(alarms);
    expect([...(report.audit?.reconciliation.alarms.map((r) => r.figureId) ?? [])].sort()).toEqual([...alarms].sort());
  });

  it('gives each statement the gravest severity of the audit’s findings about it', () => {
    const severities = rows()
      .flatMap((r) => r.stated)
      .filter((s) => s.verdict.severity !== 'none')
      .map((s) => [s.figureId, s.verdict.severity]);
    expect(severities).toEqual([
      ['figure:2007/participants', 'note'],
      ['figure:2008/party-members', 'note'],
      ['figure:2009/party-members', 'alarm'],
      ['figure:2009/participants', 'note'],
      ['figure:2009/outreach-attendances', 'warning'],
      ['figure:2009/public-attendances', 'warning'],
      ['figure:2010/classes', 'alarm'],
      ['figure:2010/classes/teachers-summer', 'note'],
      ['figure:2010/participants', 'alarm'],
      ['figure:2010/areas-reached', 'note'],
    ]);
    // Each statement's severity is the gravest of the audit findings that are about it.
    const findings = report.audit?.findings ?? [];
    for (const s of rows().flatMap((r) => r.stated)) {
      const about = findings.filter((f) => f.kind !== 'rule-violated' && (f.figureIds[0] === s.figureId || (f.kind === 'restatement-differs' && f.figureIds.includes(s.figureId))));
      const gravest = ['alarm', 'warning', 'note'].find((g) => about.some((f) => f.severity === g)) ?? 'none';
      expect([s.figureId, s.verdict.severity]).toEqual([s.figureId, gravest]);
    }
  });

  it('prints each statement with the mark of its verdict', () => {
    const text = formatReport(report, 'vi');
    const printedMarks = [...text.matchAll(/báo cáo: [^✓≠⚠~?\n]*([✓≠⚠~?])/g)].map((m) => m[1]);
    const expected = rows().flatMap((r) => r.stated.map((s) => markOf(s.verdict)));
    expect(printedMarks).toEqual(expected);
    expect(printedMarks.filter((m) => m === '≠')).toHaveLength(3);
    expect(printedMarks.filter((m) => m === '⚠')).toHaveLength(2);
  });
});
