import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blocksOf, matchesShown, sessionSetupsOf, sessionsOf } from './docSessions';
import { MALFORMED_RULES, SESSION_SETUPS, TAMPERING } from './docSessionSetups';
import { repositoryRoot, runCliProcess } from './runCli';

// docs/cli.md shows sessions of the tool; each is run here, command by command, in a directory
// holding the Mường Tè transcription (and what the set-up it names, <!-- session: NAME -->, makes
// there: see docSessionSetups.ts), and must print exactly what the page shows.
const PAGE = 'docs/cli.md';
const markdown = readFileSync(join(repositoryRoot, PAGE), 'utf8');
const sessions = sessionsOf(markdown);
const setups = sessionSetupsOf(markdown);
const directories: string[] = [];
afterAll(() => {
  for (const d of directories) rmSync(d, { recursive: true, force: true });
});

describe(`the sessions shown in ${PAGE}`, () => {
  it('are there', () => {
    expect(sessions.length).toBeGreaterThan(0);
  });

  it('name set-ups that exist, which write the files and run the SQL the page shows', () => {
    for (const setup of setups) if (setup !== undefined) expect(Object.keys(SESSION_SETUPS)).toContain(setup);
    expect(blocksOf(markdown, 'json')).toContain(MALFORMED_RULES);
    expect(blocksOf(markdown, 'sql')).toContain(TAMPERING);
  });

  sessions.forEach((steps, n) => {
    it(`session ${n + 1} (line ${steps[0]?.line ?? '?'}) prints what the page shows`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'campaign-ledger-docs-cli-'));
      directories.push(dir);
      copyFileSync(join(repositoryRoot, 'examples/muong-te/muong-te.report.yaml'), join(dir, 'muong-te.report.yaml'));
      const setup = setups[n];
      if (setup !== undefined) await SESSION_SETUPS[setup]?.(dir);
      for (const step of steps) {
        const run = await runCliProcess(step.args, { cwd: dir, env: { NO_COLOR: '1', COLUMNS: '100' } });
        const printed = `${run.stdout}${run.stderr}`.replace(new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), '.').replace(/\n$/, '').split('\n');
        const where = `${PAGE}:${step.line}: campaign-ledger ${step.args.join(' ')}`;
        expect(run.code, where).toBe(step.exitCode);
        expect(matchesShown(printed, step.expected), `${where} printed:\n${printed.join('\n')}`).toBe(true);
      }
    }, 180_000);
  });
});
