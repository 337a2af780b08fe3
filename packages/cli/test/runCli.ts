import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What a run of the tool gave: its exit code and what it wrote. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
// tsx's loader by its path: the child runs in a directory of its own, where no node_modules are.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const REPOSITORY = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Runs `campaign-ledger` as a real child process, from its TypeScript sources, in `cwd`, and
 * waits for it to end. Colour and npm's INIT_CWD are left out of the environment unless given.
 */
export const runCliProcess = (args: ReadonlyArray<string>, options: { readonly cwd: string; readonly env?: Readonly<Record<string, string>> }): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const { INIT_CWD: _initCwd, FORCE_COLOR: _force, ...inherited } = process.env;
    const child = spawn(process.execPath, ['--import', TSX, '--conditions=@campaign-ledger/source', BIN, ...args], {
      cwd: options.cwd,
      env: { ...inherited, NODE_PATH: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

/** The repository's root, where the examples are. */
export const repositoryRoot = REPOSITORY;
