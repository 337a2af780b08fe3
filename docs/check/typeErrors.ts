import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { type BlockModule, blockOf, pageLineOf } from './blockModules';
import { repoPath, repoRoot } from './docPages';
import { SETUP_DIR } from './docPlan';

// The repository's strict settings, but for unused names: a snippet may declare a value only to
// show it, and a set-up export it does not use is never imported anyway.
const compilerOptions = (): ts.CompilerOptions => {
  const path = join(repoRoot, 'tsconfig.base.json');
  const { config, error } = ts.readConfigFile(path, (p) => ts.sys.readFile(p));
  if (error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options, errors } = ts.convertCompilerOptionsFromJson((config as { compilerOptions: unknown }).compilerOptions, repoRoot, path);
  if (errors.length > 0) throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('\n'));
  return { ...options, noEmit: true, declaration: false, noUnusedLocals: false, noUnusedParameters: false };
};

const setupFiles = (): ReadonlyArray<string> =>
  readdirSync(join(repoRoot, SETUP_DIR))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(repoRoot, SETUP_DIR, f));

const describeAt = (module: BlockModule | undefined, file: string, line: number, message: string): string => {
  if (module === undefined) return `${repoPath(file)}:${line}: ${message}`;
  const pageLine = pageLineOf(module, line);
  if (pageLine !== undefined) return `${module.run.block.page}:${pageLine}: ${message}`;
  const shape = module.shapeChecks.get(line);
  if (shape !== undefined) return `${blockOf(module)}: ${shape}: ${message}`;
  if (line === 1) return `${blockOf(module)}: its set-up ${module.run.setup ?? ''}: ${message}`;
  return `${blockOf(module)}: ${message}`;
};

/**
 * Type-checks every block module, and the set-up modules, in one program with the repository's
 * strict settings; returns each error as `page:line: message`, an empty list when there is none.
 */
export const typeErrors = (modules: ReadonlyArray<BlockModule>): ReadonlyArray<string> => {
  const roots = [...modules.map((m) => m.path), ...setupFiles()];
  const program = ts.createProgram({ rootNames: roots, options: compilerOptions() });
  const byPath = new Map(modules.map((m) => [ts.sys.resolvePath(m.path), m]));
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...roots.flatMap((root) => {
      const file = program.getSourceFile(root);
      return file === undefined ? [] : [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    }),
  ];
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (d.file === undefined || d.start === undefined) return `TS${d.code}: ${message}`;
    const line = d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    return describeAt(byPath.get(ts.sys.resolvePath(d.file.fileName)), d.file.fileName, line, `TS${d.code} ${message}`);
  });
};
