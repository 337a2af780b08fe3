import type { EventStore, StoreError } from '@campaign-ledger/core';
import type { StoredEventShape } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { openSqliteDatabase, type OpenSqliteOptions } from './openSqliteDatabase';
import { makeSqliteEventStore, type SqliteEventStoreOptions } from './sqliteEventStore';

/** Options of openSqliteEventStore: the store's and the file's. */
export type OpenSqliteEventStoreOptions<E extends StoredEventShape> = SqliteEventStoreOptions<E> & OpenSqliteOptions;

/**
 * Opens a ledger file (see openSqliteDatabase for the pragmas and migrations) and returns an
 * EventStore that owns the handle: its close() stops the subscriptions and then closes the file.
 * Several processes may open the same file; appends take turns (BEGIN IMMEDIATE), and each
 * store's subscriptions poll for the others' commits.
 *
 * @example
 * const opened = await openSqliteEventStore('muong-te.sqlite', { codec: CampaignEvent })();
 * if (E.isLeft(opened)) throw new Error(describeStoreError(opened.left));
 * const store = opened.right;
 * await replayHistory(store, muongTeHistory);
 * await store.close();
 */
export const openSqliteEventStore = <E extends StoredEventShape>(
  path: string,
  options: OpenSqliteEventStoreOptions<E> = {},
): TE.TaskEither<StoreError, EventStore<E>> => {
  const { busyTimeoutMs, ...storeOptions } = options;
  const open = openSqliteDatabase(path, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  return async () => {
    const opened = await open();
    if (E.isLeft(opened)) return opened;
    const db = opened.right;
    const store = makeSqliteEventStore(db, storeOptions);
    return E.right({
      ...store,
      close: async () => {
        await store.close();
        if (db.open) db.close();
      },
    });
  };
};
