import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root directory. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A path relative to the repository root, with forward slashes. */
export const repoPath = (absolute: string): string => relative(repoRoot, absolute).split(sep).join('/');

const markdownUnder = (dir: string): ReadonlyArray<string> =>
  readdirSync(join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return markdownUnder(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });

// A published package is one whose package.json does not say "private": true.
const publishedReadmes = (): ReadonlyArray<string> =>
  readdirSync(join(repoRoot, 'packages'))
    .filter((name) => {
      const manifest = join(repoRoot, 'packages', name, 'package.json');
      return existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { private?: boolean }).private !== true;
    })
    .map((name) => `packages/${name}/README.md`)
    .filter((path) => existsSync(join(repoRoot, path)));

/**
 * Every page whose blocks the docs tests run: README.md, CONTRIBUTING.md, every page under docs/,
 * and the README of every published package.
 */
export const docPages = (): ReadonlyArray<string> => ['README.md', 'CONTRIBUTING.md', ...[...markdownUnder('docs')].sort(), ...publishedReadmes()];

/** A page's text. */
export const readPage = (page: string): string => readFileSync(join(repoRoot, page), 'utf8');
