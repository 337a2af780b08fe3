import { join } from 'node:path';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type BlockModule, blockOf, blocksRoot, pageLineOf, writeBlockModules } from './blockModules';
import { repoRoot } from './docPages';
import { planDocs, setupPath } from './docPlan';
import { whereIs } from './markdownBlocks';

// Every TypeScript block of the docs that no other test claims runs here (docs/check/claims.ts
// lists those), after its set-up (`<!-- setup: NAME -->`, docs/setup/NAME.ts). A script's
// console.log output must be exactly the output block shown after it (`<!-- output -->`); a block
// that imports vitest is a test file, collected here under its page and line.

const plan = planDocs();
const modules = writeBlockModules(plan, join(blocksRoot, 'run'));
const ci = process.env['CI'] === 'true';
const setupsUsed = new Set<string>();

// Each set-up a block ran after is torn down once all blocks ran; one that never came up (it
// threw, or was unavailable) has nothing to tear down.
afterAll(async () => {
  for (const name of setupsUsed) {
    let setup: { tearDown?: () => Promise<void> | void };
    try {
      setup = (await import(join(repoRoot, setupPath(name)))) as typeof setup;
    } catch {
      continue;
    }
    await setup.tearDown?.();
  }
});

it('runs every block of every page here, or leaves it to the test that claims it', () => {
  expect(plan.run.length).toBeGreaterThan(0);
  expect(plan.problems).toEqual([]);
});

// An error thrown by a block, with the page and line it came from when its stack says so.
const located = (module: BlockModule, error: unknown): Error => {
  // What vite throws for a block it cannot transform is an object with a message, not an Error.
  const field = (name: string): string => {
    const value = typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' ? value : '';
  };
  const message = field('message') || String(error);
  const stack = field('stack');
  const escaped = module.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const moduleLine = new RegExp(`${escaped}(?:\\?[^:]*)?:(\\d+)`).exec(stack)?.[1];
  const pageLine = moduleLine === undefined ? undefined : pageLineOf(module, Number(moduleLine));
  const where = pageLine === undefined ? blockOf(module) : `${module.run.block.page}:${pageLine}`;
  const inSetup = pageLine === undefined && module.run.setup !== undefined ? ` (or its set-up ${module.run.setup})` : '';
  return new Error(`${where}: the block at ${blockOf(module)}${inSetup} failed: ${message}`, { cause: error });
};

const isUnavailable = (error: unknown): error is Error => error instanceof Error && error.name === 'SetupUnavailable';

// Runs a script block once and returns what it printed with console.log, one line per call.
const runScript = async (module: BlockModule, run: number): Promise<string> => {
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(format(...args));
  });
  try {
    await import(run === 1 ? module.path : `${module.path}?run=${run}`);
  } finally {
    log.mockRestore();
  }
  return printed.length === 0 ? '' : `${printed.join('\n')}\n`;
};

for (const page of [...new Set(modules.map((m) => m.run.block.page))]) {
  describe(page, () => {
    for (const module of modules.filter((m) => m.run.block.page === page)) {
      const { block, setup, outputs } = module.run;
      if (module.run.kind === 'test-file') {
        // Collected, not run: its tests are registered under its page and line. A block that
        // cannot even be collected fails in a test of its own, and the other blocks still run.
        describe(whereIs(block), async () => {
          if (setup !== undefined) setupsUsed.add(setup);
          try {
            await import(module.path);
          } catch (error) {
            it('is collected', () => {
              throw located(module, error);
            });
          }
        });
        continue;
      }
      it(whereIs(block), async (context) => {
        if (setup !== undefined) setupsUsed.add(setup);
        const runs = outputs.second === undefined ? 1 : 2;
        for (let run = 1; run <= runs; run += 1) {
          let printed: string;
          try {
            printed = await runScript(module, run);
          } catch (error) {
            if (isUnavailable(error) && !ci) return context.skip(`did not run: ${error.message}`);
            throw located(module, error);
          }
          const shown = run === 1 ? outputs.first : outputs.second;
          if (shown !== undefined) expect(printed, `${whereIs(shown)}: the output shown is not what the block at ${blockOf(module)} prints`).toBe(shown.code);
        }
      });
    }
  });
}
