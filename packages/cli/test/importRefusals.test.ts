import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventLineJson, eventsFileText, parseEventsFile, resealed } from './eventsFiles';
import { runCliProcess } from './runCli';
import { runCliInProcess } from './runCliInProcess';

const MUONG_TE = fileURLToPath(new URL('../../../examples/muong-te/muong-te.report.yaml', import.meta.url));

let dir: string;
let exported: string;
let lines: ReadonlyArray<string>;
let events: ReadonlyArray<EventLineJson>;

const write = (name: string, text: string | Uint8Array): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
// The exported file with line `n` (from 1) replaced.
const withLine = (n: number, line: string): string => lines.map((l, i) => (i === n - 1 ? line : l)).join('\n') + '\n';
const editLine = (n: number, edit: (line: Record<string, unknown>) => unknown): string =>
  withLine(n, JSON.stringify(edit(JSON.parse(lines[n - 1] as string) as Record<string, unknown>)));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'campaign-ledger-import-refusals-'));
  const recorded = await runCliInProcess(['--store', 'sqlite:recorded.db', 'record', MUONG_TE], dir);
  expect(recorded.code, recorded.stderr).toBe(0);
  exported = (await runCliInProcess(['--store', 'sqlite:recorded.db', 'export'], dir)).stdout;
  lines = exported.split('\n').slice(0, -1);
  events = parseEventsFile(exported).events;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every refusal: its exit code, one line on stderr (no stack trace) that names what it says, and nothing imported.
const refusals: ReadonlyArray<{ readonly name: string; readonly file: () => string; readonly code: number; readonly stderr: RegExp | string }> = [
  { name: 'a missing file', file: () => 'nowhere.ndjson', code: 2, stderr: 'campaign-ledger: nowhere.ndjson: there is no such file\n' },
  {
    name: 'a directory',
    file: () => (mkdirSync(join(dir, 'folder.ndjson'), { recursive: true }), 'folder.ndjson'),
    code: 2,
    stderr: /^campaign-ledger: folder\.ndjson: not a file/,
  },
  {
    name: 'an empty file',
    file: () => write('empty.ndjson', ''),
    code: 2,
    stderr:
      'campaign-ledger: empty.ndjson: the file is empty: expected the header line {"format":"campaign-ledger.events/1","campaign":…,"eventCount":…}, then one event per line\n',
  },
  {
    name: 'a line that is no JSON',
    file: () => write('malformed.ndjson', withLine(7, (lines[6] as string).replace('{"eventId"', '{eventId'))),
    code: 2,
    stderr: /^campaign-ledger: malformed\.ndjson:7: not JSON: .* at column 2; nothing was imported\n$/,
  },
  {
    name: 'an unknown event type',
    file: () =>
      write(
        'type.ndjson',
        editLine(4, (l) => ({ ...l, type: 'OrganisationRegistred' })),
      ),
    code: 2,
    stderr:
      /^campaign-ledger: type\.ndjson:4: type: expected a type of CampaignEvent, one of OrganisationRegistered, .*, got "OrganisationRegistred"; nothing was imported\n$/,
  },
  {
    name: 'a field of the wrong type',
    file: () =>
      write(
        'wrong.ndjson',
        editLine(5, (l) => ({ ...l, streamRevision: String(l['streamRevision']) })),
      ),
    code: 2,
    stderr: 'campaign-ledger: wrong.ndjson:5: streamRevision: expected an integer from 0, got "3"; nothing was imported\n',
  },
  {
    name: 'data that its type does not allow',
    file: () =>
      write(
        'data.ndjson',
        editLine(2, (l) => ({ ...l, data: { ...(l['data'] as object), launchedOn: '26-11-2006' } })),
      ),
    code: 2,
    stderr: /^campaign-ledger: data\.ndjson:2: data\.launchedOn: expected .*, got "26-11-2006"; nothing was imported\n$/,
  },
  {
    name: 'an unknown field',
    file: () =>
      write(
        'unknown.ndjson',
        editLine(3, (l) => ({ ...l, recordedBy: 'me' })),
      ),
    code: 2,
    stderr:
      /^campaign-ledger: unknown\.ndjson:3: recordedBy: expected a known field of an event line \(nearest first: recordedAt, .*\), got "me"; nothing was imported\n$/,
  },
  {
    name: 'a last line cut short',
    file: () => write('cut.ndjson', exported.slice(0, exported.length - 300)),
    code: 2,
    stderr:
      'campaign-ledger: cut.ndjson:181: cut short: the file ends inside this line (expected the rest of its JSON object and a line end); nothing was imported\n',
  },
  {
    name: 'a file cut at the end of a line',
    file: () => write('short.ndjson', `${lines.slice(0, 100).join('\n')}\n`),
    code: 2,
    stderr: 'campaign-ledger: short.ndjson: the header announces 180 events, but the file holds 99: it was cut short after line 100; nothing was imported\n',
  },
  {
    name: 'bytes that are not UTF-8',
    file: () => write('latin1.ndjson', Buffer.concat([Buffer.from(withLine(9, lines[8] as string).slice(0, 3000)), Buffer.from([0xe9, 0x0a])])),
    code: 2,
    stderr: /^campaign-ledger: latin1\.ndjson:\d+: not UTF-8 text; nothing was imported\n$/,
  },
  {
    name: 'a line altered after it was sealed',
    file: () =>
      write(
        'altered.ndjson',
        editLine(3, (l) => ({ ...l, data: { ...(l['data'] as object), name: 'Bộ Chính trị khóa X' } })),
      ),
    code: 1,
    stderr:
      /^campaign-ledger: altered\.ndjson:3: the file's hash chain does not hold: the line says its hash is [0-9a-f]{64}, but its content hashes to [0-9a-f]{64}: the line was altered after it was sealed; nothing was imported\n$/,
  },
  {
    name: 'an event removed from the middle of the log',
    file: () => write('removed.ndjson', eventsFileText([...events.slice(0, 49), ...events.slice(50)])),
    code: 1,
    stderr: /^campaign-ledger: removed\.ndjson:51: the file's hash chain does not hold: globalPosition 51, expected 50: /,
  },
  {
    name: '--campaign naming a campaign the file does not hold',
    file: () => write('valid.ndjson', exported),
    code: 2,
    stderr: 'campaign-ledger: valid.ndjson holds the campaign muong-te, not lai-chau (--campaign)\n',
  },
];

describe.concurrent('import refuses, appends nothing and says where', () => {
  for (const refusal of refusals) {
    it(refusal.name, async ({ expect }) => {
      const store = `${refusal.name.replaceAll(/\W+/g, '-')}.db`;
      const args = refusal.name.startsWith('--campaign') ? ['--campaign', 'lai-chau'] : [];
      const run = await runCliProcess(['--store', `sqlite:${store}`, ...args, 'import', refusal.file()], { cwd: dir });
      if (typeof refusal.stderr === 'string') expect(run.stderr).toBe(refusal.stderr);
      else expect(run.stderr).toMatch(refusal.stderr);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
      expect(run.code).toBe(refusal.code);
      // A file that does not read is refused before any store is opened: not even an empty SQLite file is left.
      if (!refusal.name.startsWith('--campaign')) expect(existsSync(join(dir, store))).toBe(false);
      else expect((await runCliInProcess(['--store', `sqlite:${store}`, 'export'], dir)).stdout).toBe(eventsFileText([]));
    });
  }
});

describe('import refuses a file that contradicts the store', () => {
  it('names the line whose id the store holds with other content, and appends nothing', async () => {
    const forged = resealed(events.map((e, i) => (i === 2 ? { ...e, data: { ...(e.data as object), name: 'Bộ Chính trị khóa X' } } : e)));
    const run = await runCliProcess(['--store', 'sqlite:recorded.db', 'import', write('forged.ndjson', eventsFileText(forged))], { cwd: dir });
    expect(run.stderr).toBe(
      `campaign-ledger: forged.ndjson:4: the store holds the event ${events[2]?.eventId} (in the stream campaign-muong-te) with other content than this line; nothing was imported\n`,
    );
    expect(run.code).toBe(2);
    expect((await runCliInProcess(['--store', 'sqlite:recorded.db', 'export'], dir)).stdout).toBe(exported);
    expect(readFileSync(join(dir, 'forged.ndjson'), 'utf8')).not.toBe(exported);
  });
});

describe.concurrent('export refuses in one line', () => {
  const cases: ReadonlyArray<{ readonly name: string; readonly args: ReadonlyArray<string>; readonly code: number; readonly stderr: RegExp }> = [
    {
      name: 'a SQLite file that does not exist',
      args: ['--store', 'sqlite:nothing.db', 'export'],
      code: 3,
      stderr: /^campaign-ledger: cannot open the store sqlite:.*nothing\.db: there is no such file; record a transcription or import events into it first\n$/,
    },
    {
      name: 'a campaign the store does not hold',
      args: ['--store', 'sqlite:recorded.db', '--campaign', 'lai-chau', 'export'],
      code: 2,
      stderr: /^campaign-ledger: the store holds no campaign lai-chau; it holds muong-te\n$/,
    },
    {
      name: 'an output file in a directory that does not exist',
      args: ['--store', 'sqlite:recorded.db', 'export', '--output', 'no/such/dir/out.ndjson'],
      code: 2,
      stderr: /^campaign-ledger: cannot write no\/such\/dir\/out\.ndjson: its directory does not exist\n$/,
    },
  ];
  for (const refusal of cases) {
    it(refusal.name, async ({ expect }) => {
      const run = await runCliProcess(refusal.args, { cwd: dir });
      expect(run.stderr).toMatch(refusal.stderr);
      expect(run.stdout).toBe('');
      expect(run.code).toBe(refusal.code);
      expect(existsSync(join(dir, 'nothing.db'))).toBe(false);
    });
  }
});
