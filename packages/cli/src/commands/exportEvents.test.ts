import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CampaignEvent } from '@campaign-ledger/core';
import { eventsFileOf } from '@campaign-ledger/html-report';
import { openSqliteEventStore } from '@campaign-ledger/sqlite';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../test/runCliInProcess';
import type { CliContext } from '../cliContext';
import { parseStoreSpec } from '../store/storeSpec';
import { exportCommand } from './exportEvents';

const MUONG_TE = fileURLToPath(new URL('../../../../examples/muong-te/muong-te.report.yaml', import.meta.url));
const HUNG_NGUYEN = fileURLToPath(new URL('../../../../examples/hung-nguyen/hung-nguyen.report.yaml', import.meta.url));

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'campaign-ledger-export-'));
  // Two campaigns in one file, so that the log is not one stream.
  for (const file of [MUONG_TE, HUNG_NGUYEN]) {
    const recorded = await runCliInProcess(['--store', 'sqlite:two.db', '--campaign', file === MUONG_TE ? 'muong-te' : 'hung-nguyen', 'record', file], dir);
    expect(recorded.code, recorded.stderr).toBe(0);
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collected = (): { readonly stream: Writable; readonly text: () => string } => {
  const chunks: string[] = [];
  return {
    stream: new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    text: () => chunks.join(''),
  };
};

const exported = async (pageSize: number, campaign?: string, output?: string) => {
  const stdout = collected();
  const stderr = collected();
  const store = parseStoreSpec('sqlite:two.db', dir);
  if (E.isLeft(store)) return expect.unreachable(store.left);
  const context: CliContext = { cwd: dir, store: store.right, quiet: true, stdout: stdout.stream, stderr: stderr.stream, env: {}, ...(campaign === undefined ? {} : { campaign }) };
  const result = await exportCommand(context, { pageSize, ...(output === undefined ? {} : { output }) });
  expect(result, stderr.text()).toEqual(E.right(undefined));
  return { stdout: stdout.text(), stderr: stderr.text() };
};

// What export must write: the events file of everything the store reads in one go.
const expectedFile = async (stream?: string): Promise<string> => {
  const store = await openSqliteEventStore(join(dir, 'two.db'), { codec: CampaignEvent })();
  if (E.isLeft(store)) return expect.unreachable('the file opens');
  const read = await (stream === undefined ? store.right.readAll() : store.right.readStream(stream))();
  await store.right.close();
  if (E.isLeft(read)) return expect.unreachable('the file reads');
  return eventsFileOf(stream === undefined ? null : stream.replace(/^campaign-/, ''), read.right);
};

describe('export reads and writes a page of events at a time', () => {
  it('writes the same file whatever the page size, across pages that end inside a campaign and between them', async () => {
    const whole = await expectedFile();
    const lines = whole.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(181);
    for (const pageSize of [1, 7, 180, 10_000]) {
      const run = await exported(pageSize);
      expect(run.stdout).toBe(whole);
      expect(run.stderr).toBe(`exported ${lines.length - 1} events of the whole log to standard output\n`);
    }
  });

  it("writes one campaign's stream the same way, and to a file", async () => {
    const campaign = await expectedFile('campaign-muong-te');
    expect((await exported(7, 'muong-te')).stdout).toBe(campaign);
    const run = await exported(13, 'muong-te', 'muong-te.ndjson');
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'muong-te.ndjson'), 'utf8')).toBe(campaign);
  });
});
