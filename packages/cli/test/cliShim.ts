import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
// tsx's loader by its path: a shell in a temp directory finds no node_modules.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const quoted = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

/**
 * Writes a `campaign-ledger` command into `dir`/bin, which runs the tool from its TypeScript
 * sources, as the installed bin runs it from its build; returns the directory to put first on PATH.
 */
export const writeCliShim = (dir: string): string => {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const shim = join(bin, 'campaign-ledger');
  writeFileSync(shim, `#!/bin/sh\nexec ${[process.execPath, '--import', TSX, '--conditions=@campaign-ledger/source', BIN].map(quoted).join(' ')} "$@"\n`);
  chmodSync(shim, 0o755);
  return bin;
};
