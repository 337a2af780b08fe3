import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages resolve to their TypeScript sources, so tests need no build first; tests
  // run server-side, where Vite reads the ssr conditions.
  resolve: { conditions: ['@campaign-ledger/source'] },
  ssr: { resolve: { conditions: ['@campaign-ledger/source'] } },
  test: { name: 'html-report', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'] },
});
