import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';
import { type DocPlan, type RunBlock, setupPath } from './docPlan';
import { repoRoot } from './docPages';
import { markerOf, whereIs } from './markdownBlocks';

/** Where the docs tests write the blocks they run and type-check (ignored by git). */
export const blocksRoot = join(repoRoot, 'docs/check/.blocks');

/** The names a set-up module exports, except `tearDown`, which the docs tests call after the blocks ran. */
export const setupExports = (name: string): ReadonlyArray<string> => {
  const path = join(repoRoot, setupPath(name));
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.map((e) => e.name.text));
      continue;
    }
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      names.push(statement.name.text);
    }
  }
  return names.filter((n) => n !== 'tearDown');
};

const parse = (code: string): ts.SourceFile => ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);

const identifiersIn = (source: ts.SourceFile): ReadonlySet<string> => {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) found.add(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
};

const bindingNames = (name: ts.BindingName): ReadonlyArray<string> =>
  ts.isIdentifier(name) ? [name.text] : name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));

/** The names a block declares or imports at its top level: a set-up's export of the same name is not imported. */
const declaredIn = (source: ts.SourceFile): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const s of source.statements) {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bindingNames(d.name).forEach((n) => names.add(n));
    else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name !== undefined) names.add(s.name.text);
    else if (ts.isImportDeclaration(s) && s.importClause !== undefined) {
      const { name, namedBindings } = s.importClause;
      if (name !== undefined) names.add(name.text);
      if (namedBindings !== undefined) {
        if (ts.isNamespaceImport(namedBindings)) names.add(namedBindings.name.text);
        else namedBindings.elements.forEach((e) => names.add(e.name.text));
      }
    }
  }
  return names;
};

/** A block's module: line 1 imports its set-up, the block follows from line 2, shape checks after it. */
export interface BlockModule {
  readonly run: RunBlock;
  /** Its absolute path. */
  readonly path: string;
  /** The lines appended after the block that check a shape, by line number, with what each checks. */
  readonly shapeChecks: ReadonlyMap<number, string>;
}

/** The page line of a line of a block's module (line 2 is the block's first line), or undefined past the block. */
export const pageLineOf = (module: BlockModule, moduleLine: number): number | undefined => {
  const lines = module.run.block.code.split('\n').length - 1;
  const offset = moduleLine - 2;
  return offset >= 0 && offset < lines ? module.run.block.line + 1 + offset : undefined;
};

const importPath = (from: string, to: string): string => {
  const path = relative(dirname(from), to).split(sep).join('/').replace(/\.ts$/, '');
  return path.startsWith('.') ? path : `./${path}`;
};

// A block marked <!-- shape-of: MODULE --> shows types that MODULE exports: each interface or type
// alias it declares must be assignable both ways with the export of the same name, type
// parameters taken at their constraints.
const shapeChecksOf = (run: RunBlock, source: ts.SourceFile): ReadonlyArray<{ readonly code: string; readonly checks: string }> => {
  const module = markerOf(run.block, 'shape-of');
  if (module === undefined) return [];
  const declared = source.statements.filter((s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration => ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s));
  return [
    { code: 'type ShapeOfDocs<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;', checks: '' },
    ...declared.map((d) => {
      const args = d.typeParameters === undefined ? '' : `<${d.typeParameters.map((p) => p.constraint?.getText(source) ?? 'unknown').join(', ')}>`;
      const name = d.name.text;
      return {
        code: `export const shapeOfDocs_${name}: ShapeOfDocs<${name}${args}, import('${module}').${name}${args}> = true;`,
        checks: `${name} as shown is not the ${name} of ${module} (they are not assignable both ways)`,
      };
    }),
  ];
};

/** The text of a block's module, and the checks appended to it. */
export const blockModuleText = (run: RunBlock, path: string): { readonly text: string; readonly shapeChecks: ReadonlyMap<number, string> } => {
  const source = parse(run.block.code);
  let header = '';
  if (run.setup !== undefined) {
    const used = identifiersIn(source);
    const declared = declaredIn(source);
    const names = setupExports(run.setup).filter((n) => used.has(n) && !declared.has(n));
    const from = importPath(path, join(repoRoot, setupPath(run.setup)));
    header = names.length === 0 ? `import '${from}';` : `import { ${names.join(', ')} } from '${from}';`;
  }
  const body = run.block.code.endsWith('\n') || run.block.code === '' ? run.block.code : `${run.block.code}\n`;
  const checks = shapeChecksOf(run, source);
  const firstCheckLine = 1 + body.split('\n').length;
  const shapeChecks = new Map(checks.flatMap((c, i) => (c.checks === '' ? [] : [[firstCheckLine + i, c.checks] as const])));
  // A block with no import or export is a script to TypeScript; `export {}` keeps it a module.
  const text = `${header}\n${body}${checks.map((c) => c.code).join('\n')}${checks.length > 0 ? '\n' : ''}export {};\n`;
  return { text, shapeChecks };
};

/**
 * Writes every block the plan runs, and every block it writes as a file, under `dir` (emptied
 * first): one directory per page, so that a page's blocks can import each other by file name.
 */
export const writeBlockModules = (plan: DocPlan, dir: string): ReadonlyArray<BlockModule> => {
  rmSync(dir, { recursive: true, force: true });
  const pageDir = (page: string): string => join(dir, page.replace(/\.md$/, '_md'));
  for (const { block, file } of plan.files) {
    const path = join(pageDir(block.page), file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, block.code);
  }
  return plan.run.map((run) => {
    const path = join(pageDir(run.block.page), run.file);
    mkdirSync(dirname(path), { recursive: true });
    const { text, shapeChecks } = blockModuleText(run, path);
    writeFileSync(path, text);
    return { run, path, shapeChecks };
  });
};

/** Where a module's block is, as a reader finds it. */
export const blockOf = (module: BlockModule): string => whereIs(module.run.block);
