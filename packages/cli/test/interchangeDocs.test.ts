import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventLine } from '../src/interchange/eventLine';
import { InterchangeHeader } from '../src/interchange/interchangeHeader';
import { docBlocks, readDoc, tableUnder } from './docsBlocks';
import { runCliInProcess } from './runCliInProcess';

// docs/interchange.md specifies the events file: its tables must be the codecs' fields, and what it
// shows must be what the tool prints.

const MUONG_TE = fileURLToPath(new URL('../../../examples/muong-te/muong-te.report.yaml', import.meta.url));
// The time every event of the pages was recorded at, so that their hashes can be shown.
const clock = () => new Date('2011-01-20T08:00:00.000Z');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'campaign-ledger-interchange-docs-'));
  copyFileSync(MUONG_TE, join(dir, 'muong-te.report.yaml'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs/interchange.md', () => {
  const page = readDoc('docs/interchange.md');

  it('lists the fields of the header line with the types its codec names, in the order export writes them', () => {
    const rows = tableUnder(page, 'The header line');
    expect(rows.map(([field, type]) => [field, type])).toEqual(Object.entries(InterchangeHeader.fields).map(([field, codec]) => [field, codec.name]));
  });

  it('lists the fields of an event line with the types its codec names, in the order export writes them', () => {
    const rows = tableUnder(page, 'An event line');
    expect(rows.map(([field, type]) => [field, type])).toEqual(Object.entries(EventLine.fields).map(([field, codec]) => [field, codec.name]));
    expect(rows.every((row) => row.length === 3 && row[2] !== '')).toBe(true);
  });

  it('shows the first lines of a real export of the Mường Tè campaign', async () => {
    const example = docBlocks(page).find((b) => b.lang === 'text' && b.heading === 'An event line');
    if (example === undefined) throw new Error('docs/interchange.md: the example is gone');
    expect((await runCliInProcess(['--store', 'sqlite:example.db', 'record', 'muong-te.report.yaml'], dir, clock)).code).toBe(0);
    const exported = await runCliInProcess(['--store', 'sqlite:example.db', '--campaign', 'muong-te', 'export'], dir, clock);
    const shown = example.code.split('\n').slice(0, -1);
    expect(shown.length).toBeGreaterThan(1);
    expect(exported.stdout.split('\n').slice(0, shown.length)).toEqual(shown);
  });

  // Each ```sh block, run line by line in one directory, prints what the ```text block after it shows.
  it('shows what import prints for a file altered after its export', async () => {
    const blocks = docBlocks(page);
    const shown = blocks.flatMap((block, i) => {
      const output = blocks[i + 1];
      return block.lang === 'sh' && output?.lang === 'text' ? [{ commands: block, output }] : [];
    });
    expect(shown.length).toBeGreaterThan(0);
    for (const { commands, output } of shown) {
      let printed = '';
      for (const line of commands.code.split('\n').filter((l) => l !== '')) {
        expect(line, `docs/interchange.md:${commands.line}: a command starts with "$ "`).toMatch(/^\$ /);
        const command = line.slice(2);
        if (command.startsWith('campaign-ledger ')) {
          const run = await runCliInProcess(command.split(' ').slice(1), dir, clock);
          printed += run.stdout + run.stderr;
        } else {
          printed += execFileSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
        }
      }
      expect(printed, `docs/interchange.md:${output.line}`).toBe(output.code);
    }
  });
});
