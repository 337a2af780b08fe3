import type { ReportRow } from '@campaign-ledger/core';

/** A run of a section's rows: those of one contest, under its title, or rows of no contest. */
export interface ContestRun {
  readonly contest?: string;
  readonly rows: ReadonlyArray<ReportRow>;
}

/** The rows of a section, cut where a contest begins: a contest's rows go under its title, once. */
export const contestRuns = (rows: ReadonlyArray<ReportRow>): ReadonlyArray<ContestRun> => {
  const runs: Array<{ contest?: string; id?: string; rows: ReportRow[] }> = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.id === row.contest?.contestId) last.rows.push(row);
    else runs.push({ ...(row.contest === undefined ? {} : { contest: row.contest.title, id: row.contest.contestId }), rows: [row] });
  }
  return runs.map(({ id: _id, ...run }) => run);
};
