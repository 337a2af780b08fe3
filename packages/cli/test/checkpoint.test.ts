import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { noteSigner, noteVerifier, openCheckpoint, readLogTree, signCheckpoint, verifyEventInclusion, type LogTree } from '@campaign-ledger/core/merkle';
import { openSqliteEventStore } from '@campaign-ledger/sqlite';
import { CampaignEvent } from '@campaign-ledger/core';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LedgerDirectory, expectOneLine, makeLedgerDirectory, recordMuongTe } from './ledgerDirectory';

const ORIGIN = 'ledger.muongte.example/hoc-tap-va-lam-theo';
const HASH = '[0-9a-f]{64}';

let dir: LedgerDirectory;
let tree: LogTree;
beforeAll(async () => {
  dir = makeLedgerDirectory();
  await recordMuongTe(dir);
  const opened = await openSqliteEventStore(join(dir.path, 'campaign-ledger.db'), { codec: CampaignEvent })();
  if (E.isLeft(opened)) throw new Error(JSON.stringify(opened.left));
  const read = await readLogTree(opened.right)();
  await opened.right.close();
  if (E.isLeft(read)) throw new Error(JSON.stringify(read.left));
  tree = read.right;
});
afterAll(() => dir.remove());

const signerKey = (): string => readFileSync(join(dir.path, 'ledger.key'), 'utf8').trim();

/** A checkpoint signed with the ledger's key, of whatever size and root a test needs. */
const signed = (name: string, treeSize: number, rootHash: string): string => {
  const signer = noteSigner(signerKey());
  if (E.isLeft(signer)) throw new Error(signer.left.message);
  return dir.write(name, signCheckpoint({ origin: ORIGIN, treeSize, rootHash }, [signer.right]));
};

describe('checkpoint-key, checkpoint and verify --checkpoint on the Mường Tè log in a SQLite file', () => {
  it('makes a key: the signer key in a file only its owner reads, the verifier key beside it and on stdout; never over a file', async () => {
    const run = await dir.cli('checkpoint-key', ORIGIN, '--output', 'ledger.key');
    expect([run.code, run.stderr]).toEqual([0, `ledger.key: the signer key of ${ORIGIN}; keep it secret\nledger.key.pub: its verifier key, to publish:\n`]);
    const verifierKey = readFileSync(join(dir.path, 'ledger.key.pub'), 'utf8');
    expect(run.stdout).toBe(verifierKey);
    expect(verifierKey).toMatch(new RegExp(`^${ORIGIN.replace(/[.]/g, '\\.')}\\+[0-9a-f]{8}\\+[A-Za-z0-9+/]{44}\\n$`));
    expect(signerKey()).toMatch(/^PRIVATE\+KEY\+/);
    expect(statSync(join(dir.path, 'ledger.key')).mode & 0o777).toBe(0o600);
    expectOneLine(await dir.cli('checkpoint-key', ORIGIN, '--output', 'ledger.key'), 2, 'ledger.key.pub: the file exists; a key is never written over another file: name a new one');
    expectOneLine(await dir.cli('checkpoint-key', 'has space', '--output', 'other.key'), 2, 'checkpoint-key: the key name "has space" must be non-empty, without spaces or +');
  });

  it('writes a signed checkpoint of the log: its size and root, opened with the verifier key; never over a file', async () => {
    const run = await dir.cli('checkpoint', '--key', 'ledger.key', '--output', 'checkpoint-2011.txt');
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(run.stderr).toBe(`checkpoint-2011.txt: the checkpoint of 180 events, root ${tree.root()}, signed by ${ORIGIN}\n`);
    const verifier = noteVerifier(readFileSync(join(dir.path, 'ledger.key.pub'), 'utf8').trim());
    if (E.isLeft(verifier)) throw new Error(verifier.left.message);
    expect(openCheckpoint(readFileSync(join(dir.path, 'checkpoint-2011.txt'), 'utf8'), [verifier.right])).toMatchObject(E.right({ origin: ORIGIN, treeSize: 180, rootHash: tree.root() }));
    expectOneLine(await dir.cli('checkpoint', '--key', 'ledger.key', '--output', 'checkpoint-2011.txt'), 2, 'checkpoint-2011.txt: the file exists; a checkpoint is never written over another file: name a new one');
    expect((await dir.cli('checkpoint', '--key', 'ledger.key')).stdout).toMatch(new RegExp(`^${ORIGIN.replace(/[.]/g, '\\.')}\\n180\\n[A-Za-z0-9+/]{43}=\\n\\n— ${ORIGIN.replace(/[.]/g, '\\.')} \\S+\\n$`));
  });

  it('says the log extends a checkpoint of itself, and of its first 100 events, with the proof', async () => {
    const now = await dir.cli('verify', '--checkpoint', 'checkpoint-2011.txt', '--log-key', 'ledger.key.pub');
    expect([now.code, now.stderr]).toEqual([0, '']);
    expect(now.stdout).toMatch(new RegExp(`^intact: 180 events, head at position 180, hash ${HASH}\\nthe checkpoint holds: the log extends the 180 events of ${ORIGIN.replace(/[.]/g, '\\.')} signed by ${ORIGIN.replace(/[.]/g, '\\.')}, by a consistency proof of 0 hashes; 0 events appended since\\n$`));
    signed('first-100.txt', 100, tree.root(100));
    const key = readFileSync(join(dir.path, 'ledger.key.pub'), 'utf8').trim();
    const earlier = await dir.cli('verify', '--checkpoint', 'first-100.txt', '--log-key', key);
    expect([earlier.code, earlier.stderr]).toEqual([0, '']);
    expect(earlier.stdout).toMatch(/\nthe checkpoint holds: the log extends the 100 events of .* by a consistency proof of \d+ hashes; 80 events appended since\n$/);
  });

  it('names a rollback, a fork and a rewrite, and exits 1', async () => {
    signed('larger.txt', 181, tree.root());
    signed('forked.txt', 180, 'ab'.repeat(32));
    signed('rewritten.txt', 100, 'cd'.repeat(32));
    const cases = [
      ['larger.txt', 'rollback', /the log holds 180 events, fewer than the 181 of the checkpoint/],
      ['forked.txt', 'fork', /the log holds the checkpoint's 180 events, but its root is /],
      ['rewritten.txt', 'rewrite', /no consistency proof leads from the checkpoint to the log/],
    ] as const;
    for (const [file, what, message] of cases) {
      const run = await dir.cli('verify', '--checkpoint', file, '--log-key', 'ledger.key.pub');
      expectOneLine(run, 1, `the log does not extend the checkpoint ${file}: a ${what}`);
      expect(run.stdout.split('\n')[1]).toMatch(new RegExp(`^the checkpoint does not hold \\(${what}\\): `));
      expect(run.stdout).toMatch(message);
    }
  });

  it('refuses a checkpoint it cannot trust or read, in one line: no key, another key, a changed checkpoint, no file', async () => {
    expectOneLine(await dir.cli('verify', '--checkpoint', 'checkpoint-2011.txt'), 2, "--checkpoint needs --log-key: the verifier key of the log's checkpoints");
    expectOneLine(await dir.cli('verify', '--log-key', 'ledger.key.pub'), 2, '--log-key names the verifier key of a checkpoint: give the checkpoint with --checkpoint');
    await dir.cli('checkpoint-key', 'someone.else/log', '--output', 'other.key');
    expectOneLine(await dir.cli('verify', '--checkpoint', 'checkpoint-2011.txt', '--log-key', 'other.key.pub'), 2, /^campaign-ledger: checkpoint-2011\.txt: the checkpoint is refused: no signature by a known key \(signed by ledger\.muongte\.example\/hoc-tap-va-lam-theo; known: someone\.else\/log\)\n$/);
    dir.write('changed.txt', readFileSync(join(dir.path, 'checkpoint-2011.txt'), 'utf8').replace('\n180\n', '\n179\n'));
    expectOneLine(await dir.cli('verify', '--checkpoint', 'changed.txt', '--log-key', 'ledger.key.pub'), 2, /^campaign-ledger: changed\.txt: the checkpoint is refused: the signature of .* does not verify/);
    expectOneLine(await dir.cli('verify', '--checkpoint', 'nowhere.txt', '--log-key', 'ledger.key.pub'), 2, 'nowhere.txt: there is no such file; expected a signed checkpoint written by campaign-ledger checkpoint');
    expectOneLine(await dir.cli('verify', '--checkpoint', 'checkpoint-2011.txt', '--log-key', 'not-a-key'), 2, /^campaign-ledger: --log-key not-a-key: there is no such file, and it is not a verifier key: /);
    expectOneLine(await dir.cli('checkpoint', '--key', 'ledger.key.pub'), 2, /^campaign-ledger: ledger\.key\.pub: not a signer key: /);
  });

  it('writes no checkpoint of a log that does not verify', async () => {
    copyFileSync(join(dir.path, 'campaign-ledger.db'), join(dir.path, 'tampered.db'));
    const db = new Database(join(dir.path, 'tampered.db'));
    db.prepare(`UPDATE events SET data = replace(data, '"value":36', '"value":35') WHERE json_extract(data, '$.figureId') = 'figure:2010/classes'`).run();
    db.close();
    expectOneLine(await dir.cli('checkpoint', '--key', 'ledger.key', '--store', 'sqlite:./tampered.db'), 1, /^campaign-ledger: the log does not verify, so no checkpoint was written: the first break is at position \d+ \(altered\)\n$/);
  });
});

describe('explain with the inclusion proofs of a figure against a checkpoint', () => {
  it('attaches a checked proof to every event of the lineage, in text and as JSON an auditor checks without the database', async () => {
    const text = await dir.cli('explain', '2010/classes', '--lang', 'en', '--checkpoint', 'checkpoint-2011.txt', '--log-key', 'ledger.key.pub');
    expect([text.code, text.stderr]).toEqual([0, '']);
    const lines = text.stdout.trimEnd().split('\n');
    const heading = lines.findIndex((line) => line.startsWith('Proofs of inclusion against the checkpoint '));
    expect(lines[heading]).toBe(`Proofs of inclusion against the checkpoint ${ORIGIN} (180 events, root ${tree.root()}):`);
    const proofLines = lines.slice(heading + 1);
    expect(proofLines.length).toBeGreaterThan(0);
    for (const line of proofLines) expect(line).toMatch(/^ {2}@\d+: leaf \d+, \d+ hashes, holds$/);

    const json = await dir.cli('explain', '2010/classes', '--format', 'json', '--checkpoint', 'checkpoint-2011.txt', '--log-key', 'ledger.key.pub');
    expect([json.code, json.stderr]).toEqual([0, '']);
    const bundle = JSON.parse(json.stdout) as {
      readonly checkpoint: { readonly rootHash: string; readonly treeSize: number };
      readonly events: ReadonlyArray<{ readonly event: Record<string, unknown> & { readonly type: string; readonly data: unknown; readonly globalPosition: number }; readonly proof: Parameters<typeof verifyEventInclusion>[1] }>;
    };
    expect(bundle.checkpoint).toMatchObject({ treeSize: 180, rootHash: tree.root() });
    expect(bundle.events.map((e) => e.event.globalPosition)).toEqual(proofLines.map((line) => Number(/@(\d+)/.exec(line)?.[1])));
    for (const { event, proof } of bundle.events) {
      const envelope = { ...event, event: { type: event.type, data: event.data } } as unknown as Parameters<typeof verifyEventInclusion>[0];
      expect(verifyEventInclusion(envelope, proof, bundle.checkpoint.rootHash), `position ${event.globalPosition}`).toEqual(E.right(undefined));
      const altered = { ...envelope, event: { type: event.type, data: { ...(event.data as object), value: 99 } } };
      expect(E.isLeft(verifyEventInclusion(altered, proof, bundle.checkpoint.rootHash))).toBe(true);
    }
  });

  it('refuses proofs against a checkpoint the log does not extend, and a checkpoint without its key', async () => {
    expectOneLine(await dir.cli('explain', '2010/classes', '--checkpoint', 'forked.txt', '--log-key', 'ledger.key.pub'), 1, /^campaign-ledger: the log does not extend the checkpoint, so no proof against it holds: a fork: /);
    expectOneLine(await dir.cli('explain', '2010/classes', '--checkpoint', 'checkpoint-2011.txt'), 2, "--checkpoint needs --log-key: the verifier key of the log's checkpoints");
  });
});

describe('report --format html --checkpoint', () => {
  it('embeds the checkpoint only in the HTML page, and only of a log that extends it', async () => {
    expectOneLine(await dir.cli('report', '--checkpoint', 'checkpoint-2011.txt', '--log-key', 'ledger.key.pub'), 2, '--checkpoint is for the HTML page, which embeds it: add --format html');
    expectOneLine(await dir.cli('report', '--format', 'html', '--checkpoint', 'forked.txt', '--log-key', 'ledger.key.pub'), 1, /^campaign-ledger: the log does not extend the checkpoint, so the page cannot carry proofs against it: a fork: /);
    const page = await dir.cli('report', '--format', 'html', '--checkpoint', 'checkpoint-2011.txt', '--log-key', 'ledger.key.pub');
    expect([page.code, page.stderr]).toEqual([0, '']);
    const embedded = /<script type="application\/json" id="campaign-ledger-checkpoint">([\s\S]*?)<\/script>/.exec(page.stdout)?.[1];
    expect(embedded).toBeDefined();
    const checkpoint = JSON.parse(embedded ?? '{}') as { readonly format: string; readonly note: string; readonly proofs: ReadonlyArray<unknown> };
    expect(checkpoint.format).toBe('campaign-ledger.checkpoint-proofs/1');
    expect(checkpoint.note).toBe(readFileSync(join(dir.path, 'checkpoint-2011.txt'), 'utf8'));
    expect(checkpoint.proofs.length).toBeGreaterThan(0);
    expect(page.stdout).toContain('id="browser-checkpoint"');
  });
});
