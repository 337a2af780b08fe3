import { describeStoreError } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type pg from 'pg';
import { migratePostgres } from '../src/migratePostgres';
import { adminQuery, createDatabase, databaseUrl, testPool, uniqueRoleName, type TestDatabase } from './testDatabases';

/** A database set up as the docs advise: owned and migrated by an owner role that is no superuser. */
export interface OwnedLedger {
  readonly database: TestDatabase;
  /** The owner role's name: it owns the database, the schema and every table, and may create roles. */
  readonly owner: string;
  /** A pool connected as the owner. */
  readonly ownerPool: pg.Pool;
  /** The database's URL as another role. */
  readonly urlAs: (role: string) => string;
  /** Ends the owner's pool and drops the database. */
  readonly drop: () => Promise<void>;
}

/** Creates an owner role (LOGIN CREATEROLE, not a superuser), a database it owns, and migrates it as that role. */
export const createOwnedLedger = async (adminUrl: string): Promise<OwnedLedger> => {
  const owner = uniqueRoleName('ledger_owner');
  await adminQuery(adminUrl, `CREATE ROLE ${owner} LOGIN CREATEROLE`);
  const database = await createDatabase(adminUrl, { owner });
  const ownerPool = testPool(databaseUrl(adminUrl, database.name, owner));
  const migrated = await migratePostgres(ownerPool)();
  if (E.isLeft(migrated)) throw new Error(`migrating as the owner failed: ${describeStoreError(migrated.left)}`);
  return {
    database,
    owner,
    ownerPool,
    urlAs: (role) => databaseUrl(adminUrl, database.name, role),
    drop: async () => {
      await ownerPool.end();
      await database.drop();
    },
  };
};
