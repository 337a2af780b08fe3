import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages resolve to their TypeScript sources, so tests need no build first; tests
  // run server-side, where Vite reads the ssr conditions.
  resolve: { conditions: ['@campaign-ledger/source'] },
  ssr: { resolve: { conditions: ['@campaign-ledger/source'] } },
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The commands run against PostgreSQL too: the postgres package's harness starts a throwaway
    // server (and, with CI=true, fails the run when it cannot).
    globalSetup: ['../postgres/test/globalSetup.ts'],
    // Each test runs the tool as a child process, which loads its TypeScript sources.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
