import type { CampaignReport } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { muongTeReport } from '../../test/muongTeReport';
import { reportOfYear } from './reportOfYear';

let report: CampaignReport;
beforeAll(async () => {
  report = await muongTeReport();
});

describe('the report of one year', () => {
  it("keeps the year's group only: not the other years, the span of years or the whole campaign", () => {
    expect(report.groups.map((g) => g.title.en)).toEqual(['The whole campaign', 'Year 2007', 'Year 2008', 'Year 2009', 'Year 2010', '2007–2010']);
    const year = reportOfYear(report, 2009);
    if (E.isLeft(year)) throw new Error(year.left);
    expect(year.right.groups).toEqual(report.groups.filter((g) => g.period === 2009));
    expect(year.right.groups.map((g) => g.title.en)).toEqual(['Year 2009']);
  });

  it("leaves out the audit, which is the whole campaign's, and keeps each statement's verdict", () => {
    const year = reportOfYear(report, 2009);
    if (E.isLeft(year)) throw new Error(year.left);
    expect(report.audit).toBeDefined();
    expect(year.right.audit).toBeUndefined();
    const verdicts = year.right.groups.flatMap((g) => g.sections.flatMap((s) => s.rows.flatMap((r) => r.stated.map((st) => st.verdict.severity))));
    expect(verdicts).toContain('alarm');
    expect(verdicts).toContain('warning');
    expect({ ...year.right, groups: report.groups, audit: report.audit }).toEqual(report);
  });

  it('names the years the report has when it has none of the year asked for', () => {
    expect(reportOfYear(report, 2015)).toEqual(E.left('--year 2015: the report has no figures of 2015; its years: 2007, 2008, 2009, 2010'));
  });
});
