import { describeStoreError } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { openSqliteEventStore } from '../src/openSqliteEventStore';
import { Counted } from './counted';
import { importBatch, IMPORT_BATCH_SIZE, IMPORT_BATCHES } from './importBatches';

// Test-only, run as a child process by sqliteEventStore.kill.test.ts, which kills it with SIGKILL
// at a random moment: an import of IMPORT_BATCHES batches, each one append. Run again, it resumes
// as an import does, from what the store holds, but one batch early: that batch, already stored,
// is appended again (as after an answer lost to the kill) and must be answered as stored, by its
// ids, not stored twice. It says "started" once the file is open, and "done" when every batch is in.

const [path] = process.argv.slice(2);

const main = async (): Promise<void> => {
  if (path === undefined) throw new Error('usage: importUntilKilled PATH');
  const opened = await openSqliteEventStore(path, { codec: Counted })();
  if (E.isLeft(opened)) throw new Error(describeStoreError(opened.left));
  const store = opened.right;
  const head = await store.readAll({ direction: 'backwards', limit: 1 })();
  if (E.isLeft(head)) throw new Error(describeStoreError(head.left));
  const storedBatches = Math.floor((head.right[0]?.globalPosition ?? 0) / IMPORT_BATCH_SIZE);
  process.stdout.write('started\n');
  for (let b = Math.max(0, storedBatches - 1); b < IMPORT_BATCHES; b++) {
    const { stream, events } = importBatch(b);
    const appended = await store.append(stream, events)();
    if (E.isLeft(appended)) throw new Error(`batch ${b}: ${describeStoreError(appended.left)}`);
  }
  await store.close();
  process.stdout.write('done\n');
};

void main();
