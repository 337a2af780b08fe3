#!/usr/bin/env node
// Installs the packed packages into a fresh project outside the repository, as a user would, and
// runs the README's embedding example there: as ESM, as CommonJS, and as TypeScript that tsc
// type-checks under nodenext and bundler module resolution before it runs. Each run must print
// what the README says it prints.
//
// The example is read from README.md on every run (the ```ts block under the heading below, and
// the ```text block after it for its output), and the packages to pack are the
// @campaign-ledger/* packages it imports, with theirs: the README stays the only copy.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { npmEnv } from './npmEnv.mjs';
import { packPackage } from './packPackage.mjs';
import { readJson, repoRoot, workspacePackages } from './workspacePackages.mjs';

const HEADING = '## Embedding the core in an app';
const SCOPE = '@campaign-ledger/';

/** A failed check, as opposed to a bug in this script. */
class CheckFailure extends Error {}

const fail = (message) => {
  throw new CheckFailure(message);
};

/** The lines of a markdown section, from its heading to the next heading of the same level. */
const sectionOf = (markdown, heading) => {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) return undefined;
  const level = heading.match(/^#+/)[0];
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level.length}} `).test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
};

/** The fenced code blocks of a markdown text, in order, with their info string's language. */
const fencedBlocks = (markdown) =>
  [...markdown.matchAll(/^```([\w-]*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => ({ lang: m[1], code: m[2], at: m.index }));

/** The example and the output the README shows for it. */
const readExample = () => {
  const section = sectionOf(readFileSync(join(repoRoot, 'README.md'), 'utf8'), HEADING);
  if (section === undefined) fail(`README.md has no "${HEADING}" section`);
  const blocks = fencedBlocks(section);
  const example = blocks.find((b) => b.lang === 'ts' || b.lang === 'typescript');
  if (example === undefined) fail(`the "${HEADING}" section of README.md has no \`\`\`ts block`);
  const output = blocks.find((b) => b.at > example.at && b.lang === 'text');
  if (output === undefined) fail(`the "${HEADING}" section of README.md does not show what its example prints (a \`\`\`text block after it)`);
  return { code: example.code, expected: output.code.trimEnd() };
};

/** The package a bare module specifier names: `@scope/name` or `name`. */
const packageOf = (specifier) => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

/** The packages a block of TypeScript imports (static, dynamic and `require`), without Node's own modules. */
const importedPackages = (code) => {
  const specifiers = ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
  const relativeOnes = specifiers.filter((s) => s.startsWith('.') || s.startsWith('/'));
  if (relativeOnes.length > 0) fail(`the README example imports files (${relativeOnes.join(', ')}): a reader has none of them`);
  return [...new Set(specifiers.filter((s) => !isBuiltin(s)).map(packageOf))];
};

/** The workspace packages to pack: those imported, and the workspace packages they depend on, transitively. */
const packagesToPack = (imported, workspace) => {
  const byName = new Map(workspace.map((p) => [p.name, p]));
  const needed = new Map();
  const visit = (name, by) => {
    if (needed.has(name)) return;
    const pkg = byName.get(name);
    if (pkg === undefined) fail(`${by} needs ${name}, which is not a package of this repository`);
    if (pkg.manifest.private === true) fail(`${by} needs ${name}, which is private and will never be published`);
    needed.set(name, pkg);
    const { dependencies = {}, peerDependencies = {} } = pkg.manifest;
    for (const dep of Object.keys({ ...dependencies, ...peerDependencies })) if (byName.has(dep)) visit(dep, name);
  };
  for (const name of imported.filter((n) => n.startsWith(SCOPE))) visit(name, 'the README example');
  return [...needed.values()];
};

/** The registry packages a user installs beside them: their peer dependencies (optional ones only when they are types). */
const peersOf = (packages) => {
  const peers = new Map();
  const names = new Set(packages.map((p) => p.name));
  for (const { manifest } of packages) {
    for (const [peer, range] of Object.entries(manifest.peerDependencies ?? {})) {
      const optional = manifest.peerDependenciesMeta?.[peer]?.optional === true;
      if (names.has(peer) || (optional && !peer.startsWith('@types/'))) continue;
      if (!peers.has(peer)) peers.set(peer, range);
    }
  }
  return peers;
};

/** Runs a command; returns its output, or fails the check with it. */
const run = (what, command, args, options) => {
  const started = Date.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000, ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error || result.status !== 0) {
    fail(`${what} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`);
  }
  return { stdout: result.stdout, output, seconds: ((Date.now() - started) / 1000).toFixed(1) };
};

/** Runs one form of the example with node and checks that it prints exactly the README's output. */
const runExample = (label, file, cwd, expected) => {
  const { stdout, seconds } = run(`${label} (node ${relative(cwd, file)})`, process.execPath, [file], { cwd });
  const printed = stdout.trimEnd();
  if (printed !== expected) {
    fail(`${label} printed\n${printed}\nbut README.md says it prints\n${expected}`);
  }
  console.log(`ok ${label}: ${printed.split('\n').join(' / ')} (${seconds} s)`);
};

const strict = {
  strict: true,
  target: 'es2022',
  lib: ['es2022'],
  types: ['node'],
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitReturns: true,
  noEmitOnError: true,
  rootDir: '.',
};

// Type-checks the example as a user's TypeScript project would, then emits it so that it can run.
// nodenext also checks the packages' own declaration files (skipLibCheck off).
const tsProjects = [
  { label: 'TypeScript (moduleResolution nodenext)', config: 'tsconfig.nodenext.json', out: 'out/nodenext',
    options: { ...strict, module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false } },
  { label: 'TypeScript (moduleResolution bundler)', config: 'tsconfig.bundler.json', out: 'out/bundler',
    options: { ...strict, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true } },
];

const main = () => {
  const started = Date.now();
  const { code, expected } = readExample();
  const imported = importedPackages(code);
  const workspace = workspacePackages();
  const packages = packagesToPack(imported, workspace);
  if (packages.length === 0) fail('the README example imports no @campaign-ledger package');
  const peers = peersOf(packages);
  const provided = new Set([...packages.map((p) => p.name), ...peers.keys()]);
  const unprovided = imported.filter((name) => !provided.has(name));
  if (unprovided.length > 0) {
    fail(`the README example imports ${unprovided.join(', ')}, which none of its packages names as a peer dependency, so a reader would not know to install it`);
  }

  const root = mkdtempSync(join(tmpdir(), 'campaign-ledger-packed-'));
  let passed = false;
  try {
    const tarballs = join(root, 'tarballs');
    const app = join(root, 'app');
    mkdirSync(tarballs);
    mkdirSync(app);
    const packed = packages.map((pkg) => packPackage(pkg, tarballs).tarball);
    console.log(`packed ${packages.map((p) => p.name).join(', ')} into ${tarballs}`);

    const rootManifest = readJson(join(repoRoot, 'package.json'));
    writeFileSync(join(app, 'package.json'), `${JSON.stringify({
      name: 'campaign-ledger-packed-install',
      private: true,
      type: 'module',
      // What the README tells users to approve, so that npm 11 runs (or skips) those scripts without asking.
      allowScripts: rootManifest.allowScripts ?? {},
    }, null, 2)}\n`);
    // As in the repository: a native addon is compiled from source, never downloaded.
    if (existsSync(join(repoRoot, '.prebuild-installrc'))) copyFileSync(join(repoRoot, '.prebuild-installrc'), join(app, '.prebuild-installrc'));

    const typesNode = rootManifest.devDependencies?.['@types/node'];
    const registry = [...[...peers].map(([name, range]) => `${name}@${range}`), `@types/node@${typesNode ?? '20'}`];
    const install = run('npm install', 'npm', ['install', '--no-audit', '--no-fund', ...packed, ...registry], { cwd: app, env: npmEnv() });
    console.log(`installed the tarballs with ${registry.join(', ')} in ${app} (${install.seconds} s)`);
    const notices = install.output.split('\n').filter((line) => line.includes('install-scripts'));
    if (notices.length > 0) console.log(notices.join('\n'));

    writeFileSync(join(app, 'embedding.ts'), code);
    const transpile = (module) =>
      ts.transpileModule(code, { fileName: 'embedding.ts', compilerOptions: { module, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;

    writeFileSync(join(app, 'embedding.mjs'), transpile(ts.ModuleKind.ESNext));
    runExample('ESM (import)', join(app, 'embedding.mjs'), app, expected);

    // CommonJS has no top-level await: the module body runs inside an async function instead.
    const cjs = transpile(ts.ModuleKind.CommonJS);
    for (const name of packages.map((p) => p.name).filter((n) => imported.includes(n))) {
      const required = new RegExp(`require\\("${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^"]*)?"\\)`);
      if (!required.test(cjs)) fail(`the CommonJS form does not require("${name}"):\n${cjs}`);
    }
    writeFileSync(
      join(app, 'embedding.cjs'),
      `(async () => {\n${cjs}\n})().catch((error) => {\n  console.error(error);\n  process.exitCode = 1;\n});\n`,
    );
    runExample('CJS (require)', join(app, 'embedding.cjs'), app, expected);

    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const { label, config, out, options } of tsProjects) {
      writeFileSync(join(app, config), `${JSON.stringify({ compilerOptions: { ...options, outDir: out }, files: ['embedding.ts'] }, null, 2)}\n`);
      const checked = run(`tsc -p ${config}`, process.execPath, [tsc, '-p', config], { cwd: app });
      console.log(`ok tsc -p ${config}: no errors (${checked.seconds} s)`);
      runExample(label, join(app, out, 'embedding.js'), app, expected);
    }
    passed = true;
  } finally {
    if (passed) rmSync(root, { recursive: true, force: true });
    else console.error(`check:packed: the project is left in ${root}`);
  }
  console.log(`the README's embedding example runs from the packed packages in 4 forms (${((Date.now() - started) / 1000).toFixed(0)} s)`);
};

try {
  main();
} catch (error) {
  if (!(error instanceof CheckFailure)) throw error;
  console.error(`check:packed: ${error.message}`);
  process.exitCode = 1;
}
