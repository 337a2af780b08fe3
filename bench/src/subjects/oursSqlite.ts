import { CampaignEvent } from '@campaign-ledger/core';
import { openSqliteEventStore } from '@campaign-ledger/sqlite';
import { freshSqliteFile } from '../freshDatabases';
import { orThrow } from '../orThrow';
import { oursSession } from '../oursSession';
import { storeOperations, type Subject } from '../subject';

/** Our SQLite store on a new file, with the pragmas openSqliteDatabase sets (WAL, synchronous=NORMAL). */
export const oursSqlite: Subject = {
  name: 'ours-sqlite',
  family: 'ours',
  backend: 'sqlite',
  operations: storeOperations,
  open: async ({ tempDir }) => {
    const file = freshSqliteFile(tempDir, 'ours');
    const store = await orThrow(openSqliteEventStore(file.where, { codec: CampaignEvent }), 'open the SQLite store');
    const session = oursSession(store, async () => {
      await store.close();
      await file.remove();
    });
    return { ...session, storedBytes: file.storedBytes };
  },
};
