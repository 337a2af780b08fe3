import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm run bench` runs main.ts as a plain script, outside vitest: everything it imports must load
// there (a module that imports vitest, say a test helper, fails at once).
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

describe('the bench as npm runs it', () => {
  it('loads every module of its entry outside vitest and prints its usage', () => {
    const run = spawnSync(TSX, [MAIN, '--help'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, VITEST: undefined, VITEST_WORKER_ID: undefined } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^npm run bench -- \[options\]/);
  });
});
