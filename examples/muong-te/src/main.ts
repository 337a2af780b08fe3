// npm start: the campaign-ledger command on the Mường Tè example. It records the report's
// transcription into the store (by default the SQLite file ./campaign-ledger.db where npm was run;
// a second run finds it there and records nothing), then prints the report with its audit.
// Arguments after `--` go to both: --store, --campaign, --quiet to each, --lang, --format and
// --organisation to the report.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@campaign-ledger/cli';

const TRANSCRIPTION = fileURLToPath(new URL('../muong-te.report.yaml', import.meta.url));
const REPORT_OPTIONS = new Set(['--lang', '--format', '--organisation']);

const args = process.argv.slice(2).flatMap((a) => (a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
const common: string[] = [];
const reportOnly: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] as string;
  const takesValue = arg.startsWith('--') && arg !== '--quiet' && i + 1 < args.length;
  const target = REPORT_OPTIONS.has(arg) ? reportOnly : common;
  target.push(arg, ...(takesValue ? [args[i + 1] as string] : []));
  if (takesValue) i += 1;
}

const environment = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
// Named from where the user ran npm, as they would name it.
const file = relative(process.env['INIT_CWD'] ?? process.cwd(), TRANSCRIPTION);
const recorded = await runCli([...common, 'record', file], environment);
process.exitCode = recorded !== 0 ? recorded : await runCli([...common, 'report', ...reportOnly], environment);
