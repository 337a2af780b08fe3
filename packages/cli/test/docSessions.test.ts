import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matchesShown, sessionsOf } from './docSessions';
import { repositoryRoot, runCliProcess } from './runCli';

// docs/cli.md shows sessions of the tool; each is run here, command by command, in a directory
// holding the Mường Tè transcription, and must print exactly what the page shows.
const PAGE = 'docs/cli.md';
const sessions = sessionsOf(readFileSync(join(repositoryRoot, PAGE), 'utf8'));
const directories: string[] = [];
afterAll(() => {
  for (const d of directories) rmSync(d, { recursive: true, force: true });
});

describe(`the sessions shown in ${PAGE}`, () => {
  it('are there', () => {
    expect(sessions.length).toBeGreaterThan(0);
  });

  sessions.forEach((steps, n) => {
    it(`session ${n + 1} (line ${steps[0]?.line ?? '?'}) prints what the page shows`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'campaign-ledger-docs-cli-'));
      directories.push(dir);
      copyFileSync(join(repositoryRoot, 'examples/muong-te/muong-te.report.yaml'), join(dir, 'muong-te.report.yaml'));
      for (const step of steps) {
        const run = await runCliProcess(step.args, { cwd: dir, env: { NO_COLOR: '1', COLUMNS: '100' } });
        const printed = `${run.stdout}${run.stderr}`.replace(new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), '.').replace(/\n$/, '').split('\n');
        const where = `${PAGE}:${step.line}: campaign-ledger ${step.args.join(' ')}`;
        expect(run.code, where).toBe(step.exitCode);
        expect(matchesShown(printed, step.expected), `${where} printed:\n${printed.join('\n')}`).toBe(true);
      }
    });
  });
});
