// The import boundaries of the workspace, checked by `npm run lint` (dependency-cruiser). Imports
// are resolved as the tests resolve them: workspace packages through their exports maps, to their
// TypeScript sources (the @campaign-ledger/source condition). A rule speaks of resolved files, so
// "the core's public entry" is the file that `@campaign-ledger/core` resolves to.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const coreExports = JSON.parse(readFileSync(join(__dirname, 'packages/core/package.json'), 'utf8')).exports;
const sourceOf = (subpath) => coreExports[subpath]?.['@campaign-ledger/source'];
const escape = (path) => path.replace(/^\.\//, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The only ways into the core from another package: its entry points `@campaign-ledger/core`,
// `@campaign-ledger/core/adapter`, `@campaign-ledger/core/versions` and `@campaign-ledger/core/merkle`. Each resolves to one file;
// any other file of the core is a deep import.
const coreEntries = ['.', './adapter', './versions', './merkle'].map(sourceOf).filter((path) => path !== undefined).map((path) => `^packages/core/${escape(path)}$`);
const entryOf = (pkg) => `^packages/${pkg}/src/index\\.ts$`;

const storePackages = '(sqlite|postgres|eventstoredb)';
const storeDrivers = ['better-sqlite3', 'pg', '@eventstore/db-client'].map((name) => name.replace('/', '\\/'));
const testFile = ['\\.test\\.ts$', '^packages/[^/]+/test/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-import-cycles',
      comment:
        'Modules form layers (model, text, projections, audit, report, ledger): a cycle of imports that run ties two layers into one knot. Type-only imports are left out: the event table names every event type, and every event type names the table.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-layers',
      comment:
        'The domain (model, text, events, commands, decider, projections, store, integrity, checkpoints) knows nothing of the audit, the report or the ledger facade built on it.',
      severity: 'error',
      from: { path: '^packages/core/src/(model|text|events|commands|decider|projections|store|integrity|checkpoints|errors|catalog)/', pathNot: testFile },
      to: { path: '^packages/core/src/(audit|report|ledger)/' },
    },
    {
      name: 'audit-never-imports-report',
      comment: 'The audit is the one judge of a stated figure; the report only carries its verdicts, so the report imports the audit and never the reverse.',
      severity: 'error',
      from: { path: '^packages/core/src/audit/' },
      to: { path: '^packages/core/src/(report|ledger)/' },
    },
    {
      name: 'core-is-portable',
      comment: 'The core runs anywhere JavaScript runs (a browser, a worker): it imports no Node built-in, bare or node:. Its tests may.',
      severity: 'error',
      from: { path: '^packages/core/src/', pathNot: testFile },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-knows-no-store',
      comment: 'The core defines the EventStore port; the stores depend on it, never the reverse (tests included).',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: {
        path: [`^packages/${storePackages}/`, ...storeDrivers.flatMap((name) => [`(^|/)node_modules/${name}/`, `^${name}$`])],
      },
    },
    {
      name: 'store-uses-core-entries',
      comment:
        'A store package reaches the core only through its entry points (@campaign-ledger/core, /adapter, /versions, /merkle), and no other workspace package from its source.',
      severity: 'error',
      from: { path: `^packages/${storePackages}/`, pathNot: testFile },
      to: { path: '^packages/', pathNot: ['^packages/$1/', ...coreEntries] },
    },
    {
      name: 'store-tests-use-public-entries',
      comment: "A store package's tests may also use the conformance kit (@campaign-ledger/testing, and its load entry) and the shared test data (@campaign-ledger/fixtures).",
      severity: 'error',
      from: { path: [`^packages/${storePackages}/src/.+\\.test\\.ts$`, `^packages/${storePackages}/test/`] },
      to: {
        path: '^packages/',
        pathNot: [
          '^packages/$1/',
          ...coreEntries,
          entryOf('testing'),
          '^packages/testing/src/load\\.ts$',
          entryOf('fixtures'),
        ],
      },
    },
    {
      name: 'kit-and-fixtures-use-core-entries',
      comment: 'The conformance kit and the shared test data use the core as its users do, through its entries.',
      severity: 'error',
      from: { path: '^packages/(testing|fixtures)/' },
      to: { path: '^packages/core/', pathNot: coreEntries },
    },
    {
      name: 'no-relative-import-into-another-package',
      comment: 'A package imports another one by its name (through its exports), never by a relative path into its files.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/', pathNot: '^packages/[^/]+/test/|\\.test\\.ts$' },
      to: { dependencyTypes: ['local'], path: '^(packages|examples)/', pathNot: ['^packages/$1/'] },
    },
    {
      name: 'tests-share-only-the-postgres-harness',
      comment:
        "A package's tests import another package by its name too, except the PostgreSQL test harness (packages/postgres/test), which starts the throwaway server every suite that needs PostgreSQL shares.",
      severity: 'error',
      from: { path: '^packages/([^/]+)/(test/|.*\\.test\\.ts$)' },
      to: { dependencyTypes: ['local'], path: '^(packages|examples)/', pathNot: ['^packages/$1/', '^packages/postgres/test/'] },
    },
    {
      name: 'packages-never-import-examples',
      comment: 'The examples use the packages, never the reverse; test data the packages share lives in @campaign-ledger/fixtures.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^examples/' },
    },
    {
      name: 'imports-resolve',
      comment: "Every import resolves: a deep import into a workspace package that its exports map does not offer is an error, not an unchecked edge.",
      severity: 'error',
      from: { path: '^packages/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^packages/[^/]+/dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['@campaign-ledger/source', 'import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
