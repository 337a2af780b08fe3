import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksRoot, writeBlockModules } from './blockModules';
import type { Claim } from './claims';
import { planDocs } from './docPlan';
import { notAnExcerpt } from './excerpt';
import { codeBlocks } from './markdownBlocks';
import { typeErrors } from './typeErrors';

// The harness itself, on pages made up here: what it reads, what it refuses, and where it says
// the problem is. The docs tests are only as good as these rules.

const fence = '```';
const page = (...lines: ReadonlyArray<string>): string => `${lines.join('\n')}\n`;
const plan = (pages: Readonly<Record<string, string>>, claims: ReadonlyArray<Claim> = []) =>
  planDocs(Object.keys(pages), claims, (p) => pages[p] ?? '');

describe('codeBlocks', () => {
  it('finds each fenced block with its line, language and the markers right above it', () => {
    const blocks = codeBlocks('x.md', page('# X', '', '<!-- setup: muongTe -->', '<!-- file: a.ts -->', `${fence}ts`, 'const a = 1;', fence, '', 'Prose.', `${fence}text`, 'a', fence));
    expect(blocks.map((b) => [b.line, b.lang, b.code, b.markers])).toEqual([
      [5, 'ts', 'const a = 1;\n', [{ key: 'setup', value: 'muongTe' }, { key: 'file', value: 'a.ts' }]],
      [10, 'text', 'a\n', []],
    ]);
    expect(blocks[1]?.lead).toBe('Prose.');
  });

  it('keeps a block shown inside a longer fence as the longer block’s text', () => {
    const blocks = codeBlocks('x.md', page('````markdown', `${fence}ts`, 'shown();', fence, '````'));
    expect(blocks.map((b) => [b.lang, b.code])).toEqual([['markdown', `${fence}ts\nshown();\n${fence}\n`]]);
  });

  it('refuses a block that is never closed, naming its line', () => {
    expect(() => codeBlocks('x.md', page('text', `${fence}ts`, 'open();'))).toThrow('x.md:2: the code block opened here is never closed');
  });
});

describe('notAnExcerpt', () => {
  const source = ['import { a } from "a";', '', '/** A doc comment. */', 'export const f = () => {', '  a();', '  b();', '  c();', '};'].join('\n');

  it('accepts the source’s lines in order, its comments left out or comments of its own added', () => {
    expect(notAnExcerpt('export const f = () => {\n  // what it does\n  a();\n', source)).toBeUndefined();
  });

  it('accepts lines left out where the excerpt says // ...', () => {
    expect(notAnExcerpt('export const f = () => {\n  // ... the calls before c\n  c();\n};\n', source)).toBeUndefined();
  });

  it('refuses a line the source does not have, or one that does not follow, naming it', () => {
    expect(notAnExcerpt('export const f = () => {\n  z();\n', source)).toMatch(/its line 2 \(z\(\);\)/);
    expect(notAnExcerpt('export const f = () => {\n  c();\n', source)).toMatch(/its line 2 \(c\(\);\) does not follow/);
  });
});

describe('planDocs', () => {
  it('runs a TypeScript block and gives it the output shown after it, first and second run', () => {
    const planned = plan({
      'x.md': page(`${fence}ts`, "console.log('a');", fence, '<!-- output -->', `${fence}text`, 'a', fence, '<!-- output: second run -->', `${fence}text`, 'b', fence),
    });
    expect(planned.problems).toEqual([]);
    expect(planned.run.map((r) => [r.block.line, r.kind, r.outputs.first?.line, r.outputs.second?.line])).toEqual([[1, 'script', 5, 9]]);
  });

  it('collects a block that imports a value from vitest as a test file, not one that imports types only', () => {
    const planned = plan({
      'x.md': page(`${fence}ts`, "import { it } from 'vitest';", fence, `${fence}ts`, "import type { StoreTamper } from '@campaign-ledger/testing';", fence),
    });
    expect(planned.run.map((r) => r.kind)).toEqual(['test-file', 'script']);
  });

  it('names the page and line of a text block that is neither an output nor claimed', () => {
    expect(plan({ 'x.md': page('It prints:', '', `${fence}text`, 'a', fence) }).problems).toEqual([
      'x.md:3: a text block must be the output of the TypeScript block before it (mark it <!-- output -->) or be claimed in docs/check/claims.ts by the test that checks it',
    ]);
  });

  it('refuses an output with no block before it, a second output for one run, and a set-up that does not exist', () => {
    const problems = plan({
      'x.md': page('<!-- output -->', `${fence}text`, 'a', fence, '<!-- setup: nowhere -->', `${fence}ts`, 'f();', fence, '<!-- output -->', `${fence}text`, 'b', fence, '<!-- output -->', `${fence}text`, 'c', fence),
    }).problems;
    expect(problems).toEqual([
      'x.md:2: an output block needs a TypeScript block that the docs tests run before it',
      'x.md:6: the set-up nowhere does not exist (docs/setup/nowhere.ts)',
      'x.md:14: the block at x.md:6 already has its first run\'s output at x.md:10',
    ]);
  });

  it('checks a claimed block against the file it claims to be an excerpt of, and a claim against the page', () => {
    const claims: ReadonlyArray<Claim> = [
      {
        kind: 'excerpt',
        page: 'x.md',
        firstLine: 'export const refreshCampaignFacts = async (path: string) => {',
        excerptOf: 'packages/sqlite/test/refreshCampaignFacts.ts',
        runBy: 'packages/sqlite/src/sqliteLedger.docs.test.ts',
      },
      { kind: 'quoted', page: 'x.md', firstLine: 'no such line', why: 'a claim of a block that is gone' },
    ];
    const planned = plan({ 'x.md': page(`${fence}ts`, 'export const refreshCampaignFacts = async (path: string) => {', '  return 42;', fence) }, claims);
    expect(planned.run).toEqual([]);
    expect(planned.problems).toEqual([
      'x.md:1: claimed as an excerpt of packages/sqlite/test/refreshCampaignFacts.ts, but its line 2 (return 42;) does not follow in the source; mark lines left out with // ...',
      'x.md: claimed in docs/check/claims.ts, but no block starts with no such line',
    ]);
  });
});

describe('typeErrors', () => {
  it('names the page and line of a name that does not exist, and of a shape that is not the exported one', () => {
    const modules = writeBlockModules(
      plan({
        'x.md': page(
          '# X',
          `${fence}ts`,
          "import { makeCampaignLedger } from '@campaign-ledger/core';",
          'makeCampaignLedger;',
          'hashEvent;',
          fence,
          '<!-- shape-of: @campaign-ledger/testing -->',
          `${fence}ts`,
          'interface StoreTamper {',
          '  alterData(globalPosition: string, data: unknown): void;',
          '}',
          fence,
        ),
      }),
      join(blocksRoot, 'harness'),
    );
    const errors = typeErrors(modules);
    expect(errors.filter((e) => e.startsWith('x.md'))).toEqual([
      "x.md:5: TS2304 Cannot find name 'hashEvent'.",
      "x.md:8: StoreTamper as shown is not the StoreTamper of @campaign-ledger/testing (they are not assignable both ways): TS2322 Type 'true' is not assignable to type 'false'.",
    ]);
  }, 60_000);
});
