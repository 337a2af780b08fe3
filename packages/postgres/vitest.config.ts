import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages resolve to their TypeScript sources, so tests need no build first; tests
  // run server-side, where Vite reads the ssr conditions.
  resolve: { conditions: ['@campaign-ledger/source'] },
  ssr: { resolve: { conditions: ['@campaign-ledger/source'] } },
  test: {
    name: 'postgres',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One throwaway server for the run; each test file creates its own databases on it.
    globalSetup: ['test/globalSetup.ts'],
    // A database answers in milliseconds, but a busy 2-core CI machine runs several suites at once.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
