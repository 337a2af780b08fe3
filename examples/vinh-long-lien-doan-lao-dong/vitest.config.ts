import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages resolve to their TypeScript sources, so tests need no build first.
  resolve: { conditions: ['@campaign-ledger/source'] },
  ssr: { resolve: { conditions: ['@campaign-ledger/source'] } },
  test: { name: 'example-vinh-long-lien-doan-lao-dong', include: ['src/**/*.test.ts'] },
});
