#!/usr/bin/env node
// Packs every published workspace package and checks the tarball a user would get: its files
// (README, LICENSE, nothing test-only), the metadata npm shows, and, with
// @arethetypeswrong/cli, that every entry of its `exports` map resolves to the right types
// under Node's ESM and CommonJS resolution and under bundler resolution.
//
// attw runs with the node16 profile: `moduleResolution: node` (node10) predates `exports` and
// cannot see subpath entries at all, and these packages need Node 20.19 or later.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { packPackage } from './packPackage.mjs';
import { publishedPackages, repoRoot } from './workspacePackages.mjs';

const REPOSITORY_URL = 'git+https://github.com/campaign-ledger/campaign-ledger.git';
const ISSUES_URL = 'https://github.com/campaign-ledger/campaign-ledger/issues';

// Files that serve the repository's own tests and builds, never a user.
const TEST_ONLY = [
  /(^|\/)[^/]+\.(test|spec)\.[cm]?[jt]sx?$/,
  /(^|\/)(test|tests|__tests__|fixtures)\//,
  /(^|\/)(vitest|tsup|vite)\.config\.[cm]?[jt]s$/,
  /(^|\/)tsconfig(\.[^/]*)?\.json$/,
  /\.tsbuildinfo$/,
];

const attwBin = join(repoRoot, 'node_modules', '.bin', 'attw');
const rootLicense = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');

/** What is wrong with a package's manifest, as messages. */
const manifestProblems = ({ dir, manifest }) => {
  const directory = relative(repoRoot, dir).split('\\').join('/');
  const problems = [];
  const expect = (ok, message) => ok || problems.push(message);
  expect(manifest.license === 'MIT', `license is ${JSON.stringify(manifest.license)}, not "MIT"`);
  expect(
    manifest.repository?.type === 'git' && manifest.repository?.url === REPOSITORY_URL && manifest.repository?.directory === directory,
    `repository must be { type: "git", url: "${REPOSITORY_URL}", directory: "${directory}" }`,
  );
  expect(
    manifest.homepage === `https://github.com/campaign-ledger/campaign-ledger/tree/main/${directory}#readme`,
    `homepage must point at ${directory}'s README`,
  );
  expect((manifest.bugs?.url ?? manifest.bugs) === ISSUES_URL, `bugs must be ${ISSUES_URL}`);
  expect(typeof manifest.engines?.node === 'string', 'engines.node is missing');
  expect(typeof manifest.sideEffects === 'boolean' || Array.isArray(manifest.sideEffects), 'sideEffects is missing');
  expect(Array.isArray(manifest.files), 'files is missing: the tarball would hold the whole directory');
  for (const lib of ['fp-ts', 'io-ts']) {
    expect(!(lib in (manifest.dependencies ?? {})), `${lib} is a dependency: make it a peer dependency so that the app and the library share one copy`);
  }
  return problems;
};

/** What is wrong with the packed file list, as messages. */
const fileProblems = ({ name, dir, manifest }, files) => {
  const problems = [];
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(required)) problems.push(`the tarball has no ${required}`);
  }
  if (files.includes('LICENSE') && readFileSync(join(dir, 'LICENSE'), 'utf8') !== rootLicense) {
    problems.push('LICENSE differs from the repository root LICENSE');
  }
  for (const file of files.filter((f) => TEST_ONLY.some((pattern) => pattern.test(f)))) {
    problems.push(`the tarball holds the test-only file ${file}`);
  }
  if (files.includes('README.md')) {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const install = new RegExp(`npm install (--save-dev |-D )?${name.replace(/[/.]/g, '\\$&')}\\b`);
    if (!install.test(readme)) problems.push(`README.md does not say how to install it (\`npm install ${name} …\`)`);
    const optional = manifest.peerDependenciesMeta ?? {};
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
      if (optional[peer]?.optional !== true && !readme.includes(peer)) {
        problems.push(`README.md does not name the peer dependency ${peer}, which users must install beside it`);
      }
    }
  }
  return problems;
};

/** Runs attw on a tarball; returns the entrypoints it checked and its problems as messages. */
const attwProblems = (tarball) => {
  const args = [tarball, '--profile', 'node16'];
  const run = spawnSync(attwBin, [...args, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { entrypoints: [], problems: [`attw did not report (exit ${run.status}): ${run.stderr.trim() || run.stdout.trim()}`] };
  }
  const entrypoints = Object.keys(report.analysis?.entrypoints ?? {});
  if (run.status === 0) return { entrypoints, problems: [] };
  const explained = spawnSync(attwBin, [...args, '--format', 'ascii', '--no-color'], { encoding: 'utf8' });
  return { entrypoints, problems: [`attw found problems:\n${explained.stdout.trim()}`] };
};

const packages = publishedPackages();
if (packages.length === 0) throw new Error('lintPacked: no published workspace package found');
const destination = mkdtempSync(join(tmpdir(), 'campaign-ledger-lint-'));
let failed = 0;
try {
  for (const pkg of packages) {
    const { tarball, files } = packPackage(pkg, destination);
    const { entrypoints, problems: typeProblems } = attwProblems(tarball);
    const problems = [...manifestProblems(pkg), ...fileProblems(pkg, files), ...typeProblems];
    if (problems.length === 0) {
      console.log(`ok ${pkg.name}: ${files.length} files; types resolve for ${entrypoints.join(', ')}`);
    } else {
      failed += 1;
      console.log(`FAIL ${pkg.name}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}
if (failed > 0) {
  console.error(`${failed} of ${packages.length} packages are not ready to publish`);
  process.exit(1);
}
console.log(`${packages.length} packages ready to publish`);
