import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Test-only: database files live in a temp directory of their own, removed after the file's tests.

/** A fresh temp directory, and how to remove it with everything in it. */
export interface TempDirectory {
  readonly path: string;
  /** A path for a new database file in the directory, unique within it. */
  readonly file: (name: string) => string;
  readonly remove: () => void;
}

/** Makes a temp directory for database files. */
export const makeTempDirectory = (): TempDirectory => {
  const path = mkdtempSync(join(tmpdir(), 'campaign-ledger-sqlite-'));
  let count = 0;
  return {
    path,
    file: (name) => join(path, `${++count}-${name}.sqlite`),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
};
