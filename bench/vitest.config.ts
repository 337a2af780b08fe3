import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages resolve to their TypeScript sources, so the smoke test needs no build first;
  // tests run server-side, where Vite reads the ssr conditions.
  resolve: { conditions: ['@campaign-ledger/source'] },
  ssr: { resolve: { conditions: ['@campaign-ledger/source'] } },
  test: {
    name: 'bench',
    include: ['src/**/*.test.ts'],
    // The PostgreSQL subjects run on the throwaway server the postgres package's tests start (with
    // CI=true the run fails when it cannot start, so nothing skips there).
    globalSetup: ['../packages/postgres/test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
