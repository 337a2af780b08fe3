import { describeStoreError } from '@campaign-ledger/core';
import { ContractEvent, KILL_TEST_IMPORT, runKillableImport } from '@campaign-ledger/testing/load';
import * as E from 'fp-ts/lib/Either.js';
import { openSqliteEventStore } from '../src/openSqliteEventStore';

// Test-only, run as a child process by sqliteEventStore.kill.test.ts, which kills it with SIGKILL
// at a random moment: the kit's killable import into a SQLite file. It says "started" once it has
// read what the file holds, and "done" when every batch is in.

const main = async (): Promise<void> => {
  const [path] = process.argv.slice(2);
  if (path === undefined) throw new Error('usage: importUntilKilled PATH');
  const opened = await openSqliteEventStore(path, { codec: ContractEvent })();
  if (E.isLeft(opened)) throw new Error(describeStoreError(opened.left));
  await runKillableImport(opened.right, KILL_TEST_IMPORT, { onStarted: () => process.stdout.write('started\n') });
  await opened.right.close();
  process.stdout.write('done\n');
};

void main();
