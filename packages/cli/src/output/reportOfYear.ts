import type { CampaignReport } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';

const yearsOf = (report: CampaignReport): ReadonlyArray<number> => report.groups.flatMap((g) => (typeof g.period === 'number' ? [g.period] : []));

/**
 * The report restricted to one year: the group of that year's figures, as the report filed them.
 * Figures of a span of years (the awards "over the four years") and of the whole campaign are not
 * one year's, and the core never splits a span, so they are left out. The audit is left out too:
 * it speaks of the whole campaign (its rules compare figures across years), and cannot be cut by
 * year honestly; each stated figure of the year still carries the audit's verdict.
 */
export const reportOfYear = (report: CampaignReport, year: number): E.Either<string, CampaignReport> => {
  const groups = report.groups.filter((g) => g.period === year);
  if (groups.length === 0) {
    const years = yearsOf(report);
    return E.left(`--year ${year}: the report has no figures of ${year}; ${years.length === 0 ? 'it has none of a single year' : `its years: ${years.join(', ')}`}`);
  }
  const { audit: _wholeCampaign, ...rest } = report;
  return E.right({ ...rest, groups });
};

/** The line a year's text report ends with: where its audit is. */
export const yearAuditNote = { vi: 'Phần kiểm tra là của cả Cuộc vận động: campaign-ledger audit.', en: 'The audit covers the whole campaign: campaign-ledger audit.' } as const;
