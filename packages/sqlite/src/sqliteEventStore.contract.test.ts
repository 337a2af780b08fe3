import { describeEventStoreContract, type ContractEvent } from '@campaign-ledger/testing';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll } from 'vitest';
import { onFile, onHandle, sqliteTamper } from '../test/sqliteTamper';
import { makeTempDirectory } from '../test/tempDirectory';
import { openSqliteEventStore } from './openSqliteEventStore';
import { makeSqliteEventStore } from './sqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

// A file per test, opened as an application opens it (WAL, migrations); the kit's tampering goes
// through a second connection, as another process would write, so nothing cached in the store
// could hide it.
describeEventStoreContract('sqlite file', async ({ clock, codec }) => {
  const path = directory.file('contract');
  const opened = await openSqliteEventStore<ContractEvent>(path, { clock, codec })();
  if (E.isLeft(opened)) throw new Error(`cannot open ${path}: ${JSON.stringify(opened.left)}`);
  return { store: opened.right, tamper: sqliteTamper(onFile(path)) };
});

// The same store over a handle the caller owns: a private in-memory database.
describeEventStoreContract('sqlite :memory:', ({ clock, codec }) => {
  const db = new Database(':memory:');
  return {
    store: makeSqliteEventStore<ContractEvent>(db, { clock, codec }),
    tamper: sqliteTamper(onHandle(db)),
    teardown: () => {
      db.close();
    },
  };
});
