// Measures what core's published types cost a consumer (npm run measure:types): builds core,
// reports the size of the emitted declaration files, then type-checks a small consumer (the
// README's embedding example) against dist with `tsc --extendedDiagnostics`, beside the same
// check of a file that does not import core, and prints what importing core adds. Times vary
// with the load of the machine, so each check runs several times (`-- --runs 5`; 3 by default)
// and the fastest is kept; the type and instantiation counts and the memory do not vary.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const core = join(here, '..');
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

const run = (command: string, args: ReadonlyArray<string>, cwd: string): string => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error(`${command} ${args.join(' ')} exited with ${String(result.status)}`);
  }
  return result.stdout;
};

const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument < 0 ? 3 : Number(process.argv[runsArgument + 1]);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, at least 1');

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

interface Diagnostics {
  readonly files: number;
  readonly types: number;
  readonly instantiations: number;
  readonly memoryKb: number;
  readonly checkSeconds: number;
  readonly totalSeconds: number;
}

const numberAfter = (output: string, label: string): number => {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output);
  if (match?.[1] === undefined) throw new Error(`tsc --extendedDiagnostics printed no "${label}"`);
  return Number(match[1]);
};

// The consumer is checked as a stranger would check it: against dist (no source condition), strict, on its own.
const checkOnce = (file: string, skipLibCheck: boolean): Diagnostics => {
  const output = run(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--target', 'ES2022',
      '--lib', 'ES2022',
      '--module', 'ESNext',
      '--moduleResolution', 'Bundler',
      '--types', 'node',
      '--skipLibCheck', String(skipLibCheck),
      '--extendedDiagnostics',
      join(here, 'typesConsumer', file),
    ],
    core,
  );
  return {
    files: numberAfter(output, 'Files'),
    types: numberAfter(output, 'Types'),
    instantiations: numberAfter(output, 'Instantiations'),
    memoryKb: numberAfter(output, 'Memory used'),
    checkSeconds: numberAfter(output, 'Check time'),
    totalSeconds: numberAfter(output, 'Total time'),
  };
};

const fastest = (a: Diagnostics, b: Diagnostics): Diagnostics => (b.totalSeconds < a.totalSeconds ? b : a);

const check = (file: string, skipLibCheck: boolean): Diagnostics =>
  Array.from({ length: runs - 1 }, () => checkOnce(file, skipLibCheck)).reduce(fastest, checkOnce(file, skipLibCheck));

const row = (label: string, d: Diagnostics): string =>
  `| ${label} | ${d.files} | ${d.types} | ${d.instantiations} | ${Math.round(d.memoryKb / 1024)} MB | ${d.checkSeconds.toFixed(2)} s | ${d.totalSeconds.toFixed(2)} s |`;

const minus = (a: Diagnostics, b: Diagnostics): Diagnostics => ({
  files: a.files - b.files,
  types: a.types - b.types,
  instantiations: a.instantiations - b.instantiations,
  memoryKb: a.memoryKb - b.memoryKb,
  checkSeconds: a.checkSeconds - b.checkSeconds,
  totalSeconds: a.totalSeconds - b.totalSeconds,
});

process.stdout.write('building @campaign-ledger/core ...\n');
run('npm', ['run', 'build'], core);

const lines = ['', '| declaration file | size |', '| --- | --- |'];
for (const file of ['index.d.ts', 'index.d.cts']) lines.push(`| dist/${file} | ${kb(statSync(join(core, 'dist', file)).size)} |`);

for (const skipLibCheck of [false, true]) {
  const consumer = check('consumer.ts', skipLibCheck);
  const baseline = check('baseline.ts', skipLibCheck);
  lines.push(
    '',
    `type check of the consumer, skipLibCheck ${String(skipLibCheck)} (fastest of ${runs} runs):`,
    '',
    '| checked | files | types | instantiations | memory | check time | total time |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    row('consumer (imports core)', consumer),
    row('baseline (no core)', baseline),
    row('what core adds', minus(consumer, baseline)),
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
