// Global set-up of the cli tests: bundles the tool from its TypeScript sources (and those of the
// workspace packages it uses) into one file, so that each test runs it as a real child process
// without compiling hundreds of files again: node starts it in well under a second.
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { TEST_BIN, TEST_BIN_DIR } from './testBin';

export default async function setup(project: TestProject): Promise<void> {
  mkdirSync(TEST_BIN_DIR, { recursive: true });
  await build({
    entryPoints: [new URL('../src/bin.ts', import.meta.url).pathname],
    outfile: TEST_BIN,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@campaign-ledger/source'],
    logLevel: 'warning',
    // The workspace packages are bundled from their sources; every other package is loaded from node_modules, as installed.
    plugins: [
      {
        name: 'external-dependencies',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@campaign-ledger/') ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  project.provide('cliTestBin', TEST_BIN);
}

declare module 'vitest' {
  export interface ProvidedContext {
    cliTestBin: string;
  }
}
