import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What one run of the tool gave: its exit code and everything it wrote on each stream. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The repository's root, where the examples are. */
export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The tool's entry, run from its TypeScript sources. */
export const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

/** tsx's loader, by its path: a child runs in a temp directory, where no node_modules are found. */
export const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The arguments `node` runs the tool with, before the tool's own. */
export const NODE_ARGS: ReadonlyArray<string> = ['--import', TSX_LOADER, '--conditions=@campaign-ledger/source', BIN];

/**
 * Runs `campaign-ledger` as a real child process (`node --import tsx
 * --conditions=@campaign-ledger/source packages/cli/src/bin.ts`) in `cwd`, and waits for it to end.
 * The parent's INIT_CWD and FORCE_COLOR are left out of the child's environment unless given.
 */
export const runCliProcess = (args: ReadonlyArray<string>, options: { readonly cwd: string; readonly env?: Readonly<Record<string, string>> }): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const { INIT_CWD: _npmDirectory, FORCE_COLOR: _colour, ...inherited } = process.env;
    const child = spawn(process.execPath, [...NODE_ARGS, ...args], { cwd: options.cwd, env: { ...inherited, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
