import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/api.md names every export of the core's entry points, in the first column of its tables; this
// keeps the page and the entry points in step, both ways.

const read = (relative: string): string => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');

const exportsOf = (source: string): ReadonlyArray<string> =>
  [...source.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
    (m[1] ?? '')
      .split(',')
      .map((name) => name.trim().replace(/^type\s+/, ''))
      .filter((name) => name !== ''),
  );

const documentedIn = (section: string): ReadonlyArray<string> =>
  section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1] ?? ''));

const doc = read('../../../docs/api.md');
const mainSection = doc.slice(doc.indexOf('## `@campaign-ledger/core`'), doc.indexOf('## `@campaign-ledger/core/adapter`'));
const adapterSection = doc.slice(doc.indexOf('## `@campaign-ledger/core/adapter`'), doc.indexOf('## `@campaign-ledger/core/versions`'));
const versionsSection = doc.slice(doc.indexOf('## `@campaign-ledger/core/versions`'), doc.indexOf('## `@campaign-ledger/core/merkle`'));
const merkleSection = doc.slice(doc.indexOf('## `@campaign-ledger/core/merkle`'));

describe('docs/api.md', () => {
  it('names every export of @campaign-ledger/core, and nothing else', () => {
    expect([...documentedIn(mainSection)].sort()).toEqual([...exportsOf(read('../src/index.ts'))].sort());
  });

  it('names every export of @campaign-ledger/core/adapter, and nothing else', () => {
    expect([...documentedIn(adapterSection)].sort()).toEqual([...exportsOf(read('../src/adapter.ts'))].sort());
  });

  it('names every export of @campaign-ledger/core/versions, and nothing else', () => {
    expect([...documentedIn(versionsSection)].sort()).toEqual([...exportsOf(read('../src/versions.ts'))].sort());
  });

  it('names every export of @campaign-ledger/core/merkle, and nothing else', () => {
    expect([...documentedIn(merkleSection)].sort()).toEqual([...exportsOf(read('../src/merkle.ts'))].sort());
  });

  it('keeps the main entry point small', () => {
    expect(exportsOf(read('../src/index.ts')).length).toBeLessThanOrEqual(127);
  });
});
