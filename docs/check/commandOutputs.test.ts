import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { claims } from './claims';
import { readPage, repoRoot } from './docPages';
import { codeBlocks, whereIs } from './markdownBlocks';

// docs/adapters/postgres.md shows what vitest prints for a PostgreSQL suite on a machine without
// PostgreSQL. This runs that command, for the file the page shows, and finds the page's lines in
// what it printed; only the duration, which changes from run to run, is not compared.

const claimed = claims.find((c) => c.kind === 'checked' && c.checkedBy === 'docs/check/commandOutputs.test.ts' && c.page === 'docs/adapters/postgres.md');
const block = codeBlocks('docs/adapters/postgres.md', readPage('docs/adapters/postgres.md')).find(
  (b) => claimed !== undefined && b.code.trimStart().startsWith(claimed.firstLine),
);

const withoutDuration = (text: string): string => text.replace(/ \d+ms$/gm, ' Nms');

it('shows what vitest prints for a PostgreSQL suite when CAMPAIGN_LEDGER_PG_BIN names no binaries (docs/adapters/postgres.md)', () => {
  if (block === undefined) throw new Error('docs/adapters/postgres.md: the output block claimed in docs/check/claims.ts is gone');
  // Outside CI, which is what the page shows: with CI=true the suite fails instead of skipping.
  const env: NodeJS.ProcessEnv = { ...process.env, CAMPAIGN_LEDGER_PG_BIN: '/nonexistent', NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name === 'CI' || name.startsWith('VITEST') || name === 'TEST') delete env[name];
  const run = spawnSync(join(repoRoot, 'node_modules/.bin/vitest'), ['run', '--project', 'postgres', 'src/migratePostgres.int.test.ts'], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const printed = withoutDuration(run.stdout).split('\n');
  for (const line of withoutDuration(block.code).trimEnd().split('\n')) {
    expect(printed, `${whereIs(block)}: vitest does not print this line`).toContain(line);
  }
}, 90_000);
