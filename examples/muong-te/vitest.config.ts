import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages resolve to their TypeScript sources, so tests need no build first.
  resolve: { conditions: ['@campaign-ledger/source'] },
  ssr: { resolve: { conditions: ['@campaign-ledger/source'] } },
  test: {
    name: 'example-muong-te',
    include: ['src/**/*.test.ts'],
    // The same report from every store needs a PostgreSQL server: the postgres package's harness
    // starts a throwaway one (and, with CI=true, fails the run when it cannot).
    globalSetup: ['../../packages/postgres/test/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
