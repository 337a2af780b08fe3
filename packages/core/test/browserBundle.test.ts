import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build, transform, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldMuongTe, type MuongTeFold } from './browser/muongTeFold';

// The core must run where there is no Node: a browser, a worker. This bundles it for the browser
// from its sources (the @campaign-ledger/source condition), with the Mường Tè history from
// @campaign-ledger/fixtures, and runs the fold in a context that offers only what a browser does.

const entry = fileURLToPath(new URL('./browser/muongTeFold.ts', import.meta.url));
const repository = fileURLToPath(new URL('../../../', import.meta.url));

// Node's globals. The built bundle goes through esbuild once more, with each of them defined as a
// marker: esbuild substitutes a define only where the name is a free variable (even behind a typeof
// guard), never a local, a property or a string, so a marker in the output is a read of Node's global.
const nodeGlobals = ['process', 'Buffer', 'require', 'global', 'setImmediate', '__dirname', '__filename', 'module', 'exports'] as const;
const marker = (name: string): string => `__nodeOnlyGlobal_${name}`;

const isNodeBuiltin = (path: string): boolean => path.startsWith('node:') || builtinModules.includes(path.split('/')[0] ?? path);

const documentedDigest = (): unknown => {
  const doc = readFileSync(fileURLToPath(new URL('../../../docs/audit.md', import.meta.url)), 'utf8');
  const block = /<!-- audit:digest -->\n```json\n([\s\S]*?)```/.exec(doc);
  if (block?.[1] === undefined) throw new Error('docs/audit.md has no digest block');
  return JSON.parse(block[1]);
};

/** What a browser offers a script, and nothing of Node's. */
const browserGlobals = () => ({
  TextEncoder,
  TextDecoder,
  URL,
  console,
  queueMicrotask,
  setTimeout,
  clearTimeout,
  crypto: { getRandomValues: crypto.getRandomValues.bind(crypto), randomUUID: crypto.randomUUID.bind(crypto) },
});

let code: string;
let metafile: Metafile;

beforeAll(async () => {
  const result = await build({
    absWorkingDir: repository,
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName: 'muongTe',
    target: 'es2022',
    conditions: ['@campaign-ledger/source'],
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]?.text ?? '';
  metafile = result.metafile;
}, 30_000);

describe('the core bundled for the browser', () => {
  it('is built from the sources of the core and the fixtures, with no Node module', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs, 'the core from its sources').toContain('packages/core/src/integrity/hashEvent.ts');
    expect(inputs.filter((path) => path.includes('/dist/') && !path.includes('node_modules')), 'workspace builds').toEqual([]);
    expect(inputs.some((path) => path.startsWith('packages/fixtures/src/'))).toBe(true);
    expect(inputs.filter(isNodeBuiltin), 'Node modules').toEqual([]);
    for (const [path, input] of Object.entries(metafile.inputs)) {
      expect(input.imports.filter((i) => isNodeBuiltin(i.path)).map((i) => i.path), `Node modules imported by ${path}`).toEqual([]);
    }
  });

  it('reads none of Node’s globals, even behind a guard', async () => {
    expect(code.length).toBeGreaterThan(10_000);
    const marked = await transform(code, { define: Object.fromEntries(nodeGlobals.map((name) => [name, marker(name)])), logLevel: 'silent' });
    expect(nodeGlobals.filter((name) => marked.code.includes(marker(name))), 'Node globals the bundle reads').toEqual([]);
    // The check itself: the same pass finds a read of each global that a bundle might make.
    const probe = await transform(`export const probe = [${nodeGlobals.map((name) => `typeof ${name}`).join(', ')}];`, {
      define: Object.fromEntries(nodeGlobals.map((name) => [name, marker(name)])),
    });
    expect(nodeGlobals.filter((name) => !probe.code.includes(marker(name)))).toEqual([]);
  });

  describe('run where only browser globals exist', () => {
    let inBrowser: MuongTeFold;
    let inNode: MuongTeFold;

    beforeAll(async () => {
      const context = createContext(browserGlobals());
      expect(runInContext('typeof process + typeof require + typeof Buffer + typeof global', context)).toBe('undefinedundefinedundefinedundefined');
      runInContext(code, context, { filename: 'muongTe.browser.js' });
      inBrowser = JSON.parse(await runInContext('muongTe.foldMuongTe().then((fold) => JSON.stringify(fold))', context));
      inNode = JSON.parse(JSON.stringify(await foldMuongTe()));
    }, 30_000);

    it('folds the Mường Tè history into the report’s figures', () => {
      expect(inBrowser.figures).toEqual({
        'classes 2007': 24,
        'participants 2007': 3573,
        'party members 2007': 1795,
        'eligible party members 2007': 1923,
        'party members 2009': 2181,
        'district steering committee members': 15,
      });
    });

    it('verifies the log, to the digest docs/audit.md quotes, and finds a count changed in storage', () => {
      expect(inBrowser.verification).toEqual({ _tag: 'Intact', headPosition: 180, headHash: inBrowser.digest.headHash, eventCount: 180 });
      expect(inBrowser.digest).toEqual(documentedDigest());
      expect(inBrowser.tampered).toMatchObject({ _tag: 'Broken', problem: { kind: 'altered', globalPosition: 49 } });
    });

    it('gives new events random v4 ids from crypto.getRandomValues', () => {
      expect(inBrowser.randomIds.count).toBeGreaterThan(1);
      expect(inBrowser.randomIds).toEqual({ count: inBrowser.randomIds.count, distinct: inBrowser.randomIds.count, allV4: true });
    });

    it('gives exactly what the same fold gives in Node', () => {
      expect(inBrowser).toEqual(inNode);
    });
  });
});
