import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { type Claim, claims as allClaims } from './claims';
import { docPages, readPage, repoRoot } from './docPages';
import { notAnExcerpt } from './excerpt';
import { type CodeBlock, codeBlocks, isText, isTypeScript, markerOf, whereIs } from './markdownBlocks';

/** How a TypeScript block runs: as a script (imported by a test), or as a test file (collected by vitest). */
export type RunKind = 'script' | 'test-file';

/** A TypeScript block the docs tests run and type-check. */
export interface RunBlock {
  readonly block: CodeBlock;
  readonly kind: RunKind;
  /** The set-up module it names (`docs/setup/<name>.ts`), if any. */
  readonly setup?: string;
  /** Its file name among the page's blocks (`<!-- file: NAME -->`, else `L<line>.ts`). */
  readonly file: string;
  /** The output shown for its first run, and for a second run (`<!-- output: second run -->`). */
  readonly outputs: { readonly first?: CodeBlock; readonly second?: CodeBlock };
}

/** A block of another language written beside the page's blocks, so that they can read it (`<!-- file: NAME -->`). */
export interface FileBlock {
  readonly block: CodeBlock;
  readonly file: string;
}

/** What the docs tests do with every block of every page, and what is wrong with the pages. */
export interface DocPlan {
  readonly run: ReadonlyArray<RunBlock>;
  readonly files: ReadonlyArray<FileBlock>;
  readonly claimed: ReadonlyArray<{ readonly block: CodeBlock; readonly claim: Claim }>;
  /** Each problem, starting with the page and line it is at. */
  readonly problems: ReadonlyArray<string>;
}

/** The directory of the set-up modules a block may name. */
export const SETUP_DIR = 'docs/setup';

/** The path of a set-up module, relative to the repository root. */
export const setupPath = (name: string): string => `${SETUP_DIR}/${name}.ts`;

const TEST_MODULES = new Set(['vitest', '@campaign-ledger/testing']);

// A block that imports a value from vitest (or from the testing package, whose helpers call
// vitest) registers tests: it is collected as a test file, not run as a script. Importing types only
// registers nothing.
const runKindOf = (block: CodeBlock): RunKind => {
  const source = ts.createSourceFile('block.ts', block.code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const importsValueFrom = (s: ts.Statement): boolean => {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || !TEST_MODULES.has(s.moduleSpecifier.text)) return false;
    const clause = s.importClause;
    if (clause === undefined) return true;
    if (clause.isTypeOnly) return false;
    const named = clause.namedBindings;
    return clause.name !== undefined || named === undefined || ts.isNamespaceImport(named) || named.elements.some((e) => !e.isTypeOnly);
  };
  return source.statements.some(importsValueFrom) ? 'test-file' : 'script';
};

const firstLineOf = (block: CodeBlock): string => block.code.split('\n')[0]?.trim() ?? '';

const checkClaim = (block: CodeBlock, claim: Claim): ReadonlyArray<string> => {
  const at = whereIs(block);
  switch (claim.kind) {
    case 'excerpt': {
      const problems: string[] = [];
      for (const path of [claim.excerptOf, claim.runBy]) {
        if (!existsSync(join(repoRoot, path))) problems.push(`${at}: claimed in docs/check/claims.ts, but ${path} does not exist`);
      }
      if (problems.length > 0) return problems;
      const why = notAnExcerpt(block.code, readFileSync(join(repoRoot, claim.excerptOf), 'utf8'));
      const runner = readFileSync(join(repoRoot, claim.runBy), 'utf8');
      const base = claim.excerptOf.split('/').pop()?.replace(/\.ts$/, '') ?? '';
      return [
        ...(why === undefined ? [] : [`${at}: claimed as an excerpt of ${claim.excerptOf}, but ${why}`]),
        ...(claim.runBy === claim.excerptOf || runner.includes(base) ? [] : [`${at}: claimed as run by ${claim.runBy}, which does not import ${base}`]),
      ];
    }
    case 'checked': {
      if (!existsSync(join(repoRoot, claim.checkedBy))) return [`${at}: claimed in docs/check/claims.ts, but ${claim.checkedBy} does not exist`];
      const checker = readFileSync(join(repoRoot, claim.checkedBy), 'utf8');
      return checker.includes(block.page) ? [] : [`${at}: claimed as checked by ${claim.checkedBy}, which never names ${block.page}`];
    }
    case 'quoted':
      return [];
  }
};

/** Reads every page and decides, for each block, who runs it; `claims` and `pages` are for tests of the harness. */
export const planDocs = (pages: ReadonlyArray<string> = docPages(), claims: ReadonlyArray<Claim> = allClaims, read: (page: string) => string = readPage): DocPlan => {
  const run: RunBlock[] = [];
  const files: FileBlock[] = [];
  const claimed: Array<{ block: CodeBlock; claim: Claim }> = [];
  const problems: string[] = [];
  const used = new Set<Claim>();

  for (const page of pages) {
    const blocks = codeBlocks(page, read(page));
    const fileNames = new Set<string>();
    const pageRun: RunBlock[] = [];
    const outputs = new Map<RunBlock, { first?: CodeBlock; second?: CodeBlock }>();
    let last: RunBlock | 'claimed' | undefined;

    for (const block of blocks) {
      const at = whereIs(block);
      const claim = claims.find((c) => c.page === page && c.firstLine === firstLineOf(block));
      const file = markerOf(block, 'file');
      const setup = markerOf(block, 'setup');
      const output = markerOf(block, 'output');
      if (file !== undefined) {
        if (fileNames.has(file)) problems.push(`${at}: another block of ${page} is already written as ${file}`);
        fileNames.add(file);
      }
      if (setup !== undefined && !existsSync(join(repoRoot, setupPath(setup)))) problems.push(`${at}: the set-up ${setup} does not exist (${setupPath(setup)})`);

      if (claim !== undefined) {
        used.add(claim);
        claimed.push({ block, claim });
        problems.push(...checkClaim(block, claim));
        if (isTypeScript(block)) last = 'claimed';
        continue;
      }
      if (isTypeScript(block)) {
        if (output !== undefined) problems.push(`${at}: a TypeScript block cannot be an output`);
        const planned: RunBlock = {
          block,
          kind: runKindOf(block),
          ...(setup === undefined ? {} : { setup }),
          file: file ?? `L${block.line}.ts`,
          outputs: {},
        };
        pageRun.push(planned);
        outputs.set(planned, {});
        last = planned;
        continue;
      }
      if (setup !== undefined) problems.push(`${at}: only a TypeScript block can name a set-up`);
      if (output !== undefined) {
        const slot = output === '' ? 'first' : output === 'second run' ? 'second' : undefined;
        const shown = last === undefined || last === 'claimed' ? undefined : outputs.get(last);
        if (slot === undefined) problems.push(`${at}: <!-- output: ${output} --> names no run: write <!-- output --> or <!-- output: second run -->`);
        else if (last === undefined || last === 'claimed' || shown === undefined) problems.push(`${at}: an output block needs a TypeScript block that the docs tests run before it`);
        else if (last.kind === 'test-file') problems.push(`${at}: the block before this output is a test file (it imports vitest), which prints nothing to compare`);
        else if (shown[slot] !== undefined) problems.push(`${at}: the block at ${whereIs(last.block)} already has its ${slot} run's output at ${whereIs(shown[slot])}`);
        else shown[slot] = block;
        continue;
      }
      if (file !== undefined) {
        files.push({ block, file });
        continue;
      }
      if (isText(block)) {
        problems.push(
          `${at}: a text block must be the output of the TypeScript block before it (mark it <!-- output -->) ` +
            'or be claimed in docs/check/claims.ts by the test that checks it',
        );
      }
    }
    run.push(...pageRun.map((r) => ({ ...r, outputs: outputs.get(r) ?? {} })));
  }
  for (const claim of claims) {
    if (!used.has(claim) && pages.includes(claim.page)) problems.push(`${claim.page}: claimed in docs/check/claims.ts, but no block starts with ${claim.firstLine}`);
  }
  return { run, files, claimed, problems };
};
