// The API listings of the core's entry points, checked in as etc/core.api.md,
// etc/core-adapter.api.md, etc/core-versions.api.md and etc/core-merkle.api.md: api-extractor reads declarations that tsc emits from the sources into
// a temporary folder. `npm run api:update` rewrites the listings; test/apiListing.test.ts fails
// when an export is added, removed or changed without them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const core = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

/** The entry points and their listings. */
export const ENTRY_POINTS = [
  { entry: 'index', listing: 'core.api.md' },
  { entry: 'adapter', listing: 'core-adapter.api.md' },
  { entry: 'versions', listing: 'core-versions.api.md' },
  { entry: 'merkle', listing: 'core-merkle.api.md' },
] as const;

/** One entry point's listing: whether the declarations still match it. */
export interface ListingOutcome {
  readonly listing: string;
  readonly changed: boolean;
  readonly errors: number;
}

/**
 * Emits the core's declarations and runs api-extractor on each entry point. With `update`, a
 * listing that differs is rewritten; without it, it is left alone and reported as changed.
 */
export const apiListings = (update: boolean): ReadonlyArray<ListingOutcome> => {
  const out = mkdtempSync(join(tmpdir(), 'campaign-ledger-api-'));
  mkdirSync(join(core, 'etc'), { recursive: true });
  try {
    const emitted = spawnSync(process.execPath, [tsc, '-p', join(core, 'tsconfig.declarations.json'), '--outDir', out], { encoding: 'utf8' });
    if (emitted.status !== 0) throw new Error(`tsc could not emit the core's declarations:\n${emitted.stdout}${emitted.stderr}`);
    const configPath = join(core, 'api-extractor.json');
    const base = ExtractorConfig.loadFile(configPath);
    return ENTRY_POINTS.map(({ entry, listing }) => {
      const config = ExtractorConfig.prepare({
        configObject: {
          ...base,
          mainEntryPointFilePath: join(out, `${entry}.d.ts`),
          apiReport: { ...base.apiReport, enabled: true, reportFileName: listing, reportTempFolder: join(out, 'report') },
        },
        configObjectFullPath: configPath,
        packageJsonFullPath: join(core, 'package.json'),
      });
      const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false, messageCallback: (m) => void (m.handled = !update) });
      return { listing, changed: result.apiReportChanged, errors: result.errorCount };
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const update = process.argv.includes('--update');
  const outcomes = apiListings(update);
  for (const o of outcomes) console.log(`${o.listing}: ${o.changed ? (update ? 'updated' : 'differs from the exports') : 'up to date'}`);
  if (!update && outcomes.some((o) => o.changed || o.errors > 0)) {
    console.error('The core\'s exports changed: review them, then run `npm run api:update` and commit etc/*.api.md.');
    process.exitCode = 1;
  }
}
