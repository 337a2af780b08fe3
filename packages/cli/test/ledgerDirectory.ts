import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type CliRun, repositoryRoot, runCliProcess } from './runCli';

/** The Mường Tè transcription, as `npm start` records it. */
export const MUONG_TE = join(repositoryRoot, 'examples/muong-te/muong-te.report.yaml');

/** A campaign whose report agrees with itself: one sentence, one fact, one statement. */
export const CLEAN_TRANSCRIPTION = `transcription: 1
document: { id: tutorial, campaign: tutorial, title: Báo cáo thử, scope: org:district }
launch: { title: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh }
organisations:
  - { id: org:district, name: Huyện uỷ Thử, kind: district-committee }
sentences:
  - at: 1.1
    quote: Năm 2009, toàn huyện tổ chức 28 lớp.
    year: 2009
    facts:
      - ReportClasses: { factId: classes-2009, count: "28" }
    states:
      - { figure: classes, id: classes-2009, number: "28" }
`;

/** A temp directory the tool runs in, holding the transcriptions, removed at the end. */
export interface LedgerDirectory {
  readonly path: string;
  /** Runs the tool in the directory (its default store is ./campaign-ledger.db there). */
  readonly cli: (...args: ReadonlyArray<string>) => Promise<CliRun>;
  readonly write: (name: string, text: string) => string;
  readonly remove: () => void;
}

/** Makes a temp directory with muong-te.report.yaml and clean.report.yaml in it. */
export const makeLedgerDirectory = (): LedgerDirectory => {
  const path = mkdtempSync(join(tmpdir(), 'campaign-ledger-cli-'));
  copyFileSync(MUONG_TE, join(path, 'muong-te.report.yaml'));
  writeFileSync(join(path, 'clean.report.yaml'), CLEAN_TRANSCRIPTION);
  return {
    path,
    cli: (...args) => runCliProcess(args, { cwd: path, env: { NO_COLOR: '1' } }),
    write: (name, text) => {
      writeFileSync(join(path, name), text);
      return join(path, name);
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
};

/** Records the Mường Tè transcription into the directory's default store, with the tool. */
export const recordMuongTe = async (directory: LedgerDirectory, ...storeArgs: ReadonlyArray<string>): Promise<void> => {
  const recorded = await directory.cli('record', 'muong-te.report.yaml', ...storeArgs);
  expect([recorded.code, recorded.stderr]).toEqual([0, 'muong-te.report.yaml: recorded 180 events into the campaign muong-te: 180 new, 0 corrected, 0 retracted; 0 already recorded\n']);
};

/** A user's mistake: one line on stderr, starting with the tool's name, never a stack trace. */
export const expectOneLine = (run: CliRun, code: number, line: string | RegExp): void => {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr.endsWith('\n') && run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  if (typeof line === 'string') expect(run.stderr).toBe(`campaign-ledger: ${line}\n`);
  else expect(run.stderr).toMatch(line);
};
