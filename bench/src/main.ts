// `npm run bench`: throughput of our stores against their raw drivers and Emmett (see cliOptions.ts for the flags).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseBenchOptions, usage } from './cliOptions';
import { millionVerdictOf, verdictOf } from './correctness';
import { formatReport } from './formatReport';
import { runBench } from './runBench';

const main = async (): Promise<number> => {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(usage);
    return 0;
  }
  const report = await runBench(options, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${formatReport(report)}\n`);
  await mkdir(dirname(options.jsonFile), { recursive: true });
  await writeFile(options.jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`results written to ${options.jsonFile}\n`);
  // Figures that disagree make the run fail: a fast wrong store is no result.
  const agree = report.subjects.every((s) => verdictOf(s, report.expected).ok) && (report.million?.replays.every((r) => report.million !== null && millionVerdictOf(r, report.million.expected).ok) ?? true);
  return agree && report.failures.length === 0 ? 0 : 1;
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof RangeError ? `${error.message}\n\n${usage}` : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
