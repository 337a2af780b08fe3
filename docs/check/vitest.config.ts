import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages resolve to their TypeScript sources, so tests need no build first.
  resolve: { conditions: ['@campaign-ledger/source'] },
  ssr: { resolve: { conditions: ['@campaign-ledger/source'] } },
  test: {
    name: 'docs',
    // The harness's own tests; the blocks it writes under .blocks/ are imported by them, never collected.
    include: ['*.test.ts'],
    // Blocks of the PostgreSQL pages run against the throwaway server the postgres package's tests
    // use (and, with CI=true, the run fails when it cannot start).
    globalSetup: ['../../packages/postgres/test/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
