import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/program';
import { writeCliShim } from './cliShim';
import { type LedgerDirectory, makeLedgerDirectory } from './ledgerDirectory';
import { repositoryRoot } from './runCli';

// docs/cli.md shows the commands as a user types them in a shell (```console blocks: `$ ` and the
// command, then what it printed, stdout and stderr as a terminal shows them) and SQL run on a file
// (a ```sql block marked <!-- sqlite: FILE -->). This runs every block in order in one directory,
// each command through sh with a `campaign-ledger` on the PATH that runs the tool from its sources,
// and compares what it printed with the page, exactly.
//
// The page says what the directory holds: the Mường Tè transcription recorded on 20 January 2011
// with a slip (2.118 party members studied in 2009, where the report says 2.181), then the
// corrected file on 1 March 2011. Those two recordings run here in-process, with the stores' clock
// set to those instants (what CliEnvironment.clock is for), so that the times and hashes shown repeat.

const PAGE = 'docs/cli.md';
const FIRST_RECORDING = new Date('2011-01-20T08:02:00Z');
const CORRECTION = new Date('2011-03-01T09:30:00Z');

type Block = { readonly line: number; readonly lang: 'console' | 'sql'; readonly body: string; readonly sqliteFile?: string };

const blocksOf = (markdown: string): ReadonlyArray<Block> => {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(console|sql)\s*$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`${PAGE}:${i + 1}: the block is never closed`);
    const marker = /^<!--\s*sqlite:\s*(\S+)\s*-->$/.exec(lines[i - 1] ?? '');
    blocks.push({ line: i + 1, lang: open[1] as Block['lang'], body: lines.slice(i + 1, end).join('\n'), ...(marker?.[1] === undefined ? {} : { sqliteFile: marker[1] }) });
    i = end;
  }
  return blocks;
};

// A console block's commands, each with the output the page shows for it.
const commandsOf = (body: string): ReadonlyArray<{ readonly command: string; readonly output: string }> => {
  const steps: Array<{ command: string; output: string[] }> = [];
  for (const line of body.split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), output: [] });
    else if (steps.length === 0) throw new Error(`${PAGE}: a console block starts with a command ($ ...), not with ${line}`);
    else steps[steps.length - 1]?.output.push(line);
  }
  return steps.map((s) => ({ command: s.command, output: s.output.map((l) => `${l}\n`).join('') }));
};

const sink = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });

// Runs one command line through sh in the directory, stdout and stderr on one pipe, in the order written.
const shell = (command: string, cwd: string, bin: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const { INIT_CWD: _npmDirectory, FORCE_COLOR: _colour, ...inherited } = process.env;
    const child = spawn('sh', ['-c', `exec 2>&1\n${command}`], { cwd, env: { ...inherited, NO_COLOR: '1', PATH: `${bin}:${process.env['PATH'] ?? ''}` }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', () => resolve(output));
  });

let dir: LedgerDirectory;
let bin: string;
beforeAll(async () => {
  dir = makeLedgerDirectory();
  bin = writeCliShim(dir.path);
  const seed = readFileSync(join(dir.path, 'muong-te.report.yaml'), 'utf8');
  dir.write('first-draft.report.yaml', seed.replace('count: "2.181"', 'count: "2.118"'));
  for (const [file, at] of [
    ['first-draft.report.yaml', FIRST_RECORDING],
    ['muong-te.report.yaml', CORRECTION],
  ] as const) {
    const code = await runCli(['record', file], { cwd: dir.path, env: {}, stdout: sink(), stderr: sink(), clock: () => at });
    expect(code, `recording ${file}`).toBe(0);
  }
});
afterAll(() => dir.remove());

describe(`the commands ${PAGE} shows print what it shows`, () => {
  const blocks = blocksOf(readFileSync(join(repositoryRoot, PAGE), 'utf8'));

  it('shows some', () => {
    expect(blocks.filter((b) => b.lang === 'console').length).toBeGreaterThan(5);
    expect(blocks.filter((b) => b.lang === 'sql').every((b) => b.sqliteFile !== undefined), 'every sql block names its file: <!-- sqlite: FILE -->').toBe(true);
  });

  for (const block of blocks) {
    it(`${PAGE}:${block.line}`, async () => {
      if (block.lang === 'sql') {
        const db = new Database(join(dir.path, block.sqliteFile ?? ''), { fileMustExist: true });
        try {
          expect(db.prepare(block.body).run().changes, `${PAGE}:${block.line}: the statement changes one row`).toBe(1);
        } finally {
          db.close();
        }
        return;
      }
      for (const { command, output } of commandsOf(block.body)) {
        expect(await shell(command, dir.path, bin), `${PAGE}:${block.line}: $ ${command}`).toBe(output);
      }
    }, 180_000);
  }
});
