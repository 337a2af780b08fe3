// The workspace packages named by the root package.json, read from disk: the packaging checks
// find what is published from the `private` flag, never from a list kept here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Reads and parses a JSON file. */
export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Every workspace package as `{ name, dir, manifest }`, in the order the root `workspaces`
 * patterns list them. Only `dir/*` patterns and plain directories are supported; anything else
 * is refused rather than skipped.
 */
export const workspacePackages = () => {
  const { workspaces = [] } = readJson(join(repoRoot, 'package.json'));
  const dirs = workspaces.flatMap((pattern) => {
    if (pattern.endsWith('/*') && !pattern.slice(0, -2).includes('*')) {
      const parent = join(repoRoot, pattern.slice(0, -2));
      return readdirSync(parent, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(parent, entry.name))
        .sort();
    }
    if (!pattern.includes('*')) return [join(repoRoot, pattern)];
    throw new Error(`workspacePackages: the workspace pattern "${pattern}" is not supported (use "dir/*" or a directory)`);
  });
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const manifest = readJson(join(dir, 'package.json'));
      return { name: manifest.name, dir, manifest };
    });
};

/** The workspace packages that are published: those not marked `private`. */
export const publishedPackages = () => workspacePackages().filter((p) => p.manifest.private !== true);
