import { existsSync } from 'node:fs';
import { CampaignEvent, type EventStore, type StoreError, describeStoreError, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { type StoreSpec, describeStoreSpec } from './storeSpec';

/** Why a store could not be opened: one line, the same shape for every store. */
export interface StoreNotOpened {
  readonly _tag: 'StoreNotOpened';
  readonly message: string;
}

/** Options of openStore. */
export interface OpenStoreOptions {
  /** A command that only reads refuses a SQLite file that does not exist, rather than create an empty one. */
  readonly mustExist?: boolean;
  /** The stores' clock, so that a run can be repeated exactly (tests). */
  readonly clock?: () => Date;
}

const notOpened = (spec: StoreSpec, reason: string): E.Either<StoreNotOpened, never> =>
  E.left({ _tag: 'StoreNotOpened', message: `cannot open the store ${describeStoreSpec(spec)}: ${reason}` });

const fromStore = (spec: StoreSpec, e: StoreError): E.Either<StoreNotOpened, never> => notOpened(spec, describeStoreError(e));

/**
 * Opens the store a spec names, with the campaign codec, and checks that it answers (a read of
 * one event), so that an unreachable server is one line here rather than a failure later. The
 * durable stores' packages are loaded only when asked for.
 */
export const openStore = async (spec: StoreSpec, options: OpenStoreOptions = {}): Promise<E.Either<StoreNotOpened, EventStore<CampaignEvent>>> => {
  const clock = options.clock === undefined ? {} : { clock: options.clock };
  const opened = await (async (): Promise<E.Either<StoreNotOpened, EventStore<CampaignEvent>>> => {
    switch (spec._tag) {
      case 'Memory':
        return E.right(makeInMemoryEventStore({ codec: CampaignEvent, ...clock }));
      case 'Sqlite': {
        if (options.mustExist === true && !existsSync(spec.path)) return notOpened(spec, 'there is no such file; record a transcription or import events into it first');
        const { openSqliteEventStore } = await import('@campaign-ledger/sqlite');
        const store = await openSqliteEventStore(spec.path, { codec: CampaignEvent, ...clock })();
        return E.isLeft(store) ? fromStore(spec, store.left) : store;
      }
      case 'Postgres': {
        const [{ default: pg }, { makePostgresEventStore, migratePostgres }] = await Promise.all([import('pg'), import('@campaign-ledger/postgres')]);
        const pool = new pg.Pool({ connectionString: spec.url, max: 4, connectionTimeoutMillis: 10_000 });
        pool.on('error', () => undefined);
        const migrated = await migratePostgres(pool)();
        if (E.isLeft(migrated)) {
          await pool.end();
          return fromStore(spec, migrated.left);
        }
        const store = makePostgresEventStore(pool, { codec: CampaignEvent, ...clock });
        return E.right({ ...store, close: async () => (await store.close(), await pool.end()) });
      }
      case 'EventStoreDb': {
        const [{ EventStoreDBClient }, { makeEventStoreDbEventStore }] = await Promise.all([import('@eventstore/db-client'), import('@campaign-ledger/eventstoredb')]);
        try {
          const client = EventStoreDBClient.connectionString(spec.url.replace(/^kurrentdb/, 'esdb'));
          const store = makeEventStoreDbEventStore(client, { codec: CampaignEvent, ...clock });
          return E.right({ ...store, close: async () => (await store.close(), await client.dispose()) });
        } catch (error) {
          return notOpened(spec, error instanceof Error ? error.message.split('\n')[0] ?? 'a malformed connection string' : 'a malformed connection string');
        }
      }
    }
  })();
  if (E.isLeft(opened)) return opened;
  const answered = await opened.right.readAll({ limit: 1 })();
  if (E.isLeft(answered)) {
    await opened.right.close();
    return fromStore(spec, answered.left);
  }
  return opened;
};
