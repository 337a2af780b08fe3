import * as E from 'fp-ts/lib/Either.js';
import { describeStoreError } from '@campaign-ledger/core';
import { migratePostgres } from '../src/migratePostgres';
import { createDatabase, testPool, type TestDatabase } from './testDatabases';

/**
 * A database migrated to this release's schema, to copy for every test (CREATE DATABASE … TEMPLATE
 * is much faster than migrating each time). Its pool is ended, as a template must have no connections.
 */
export const createMigratedTemplate = async (adminUrl: string): Promise<TestDatabase> => {
  const database = await createDatabase(adminUrl);
  const pool = testPool(database.url, 1);
  try {
    const migrated = await migratePostgres(pool)();
    if (E.isLeft(migrated)) throw new Error(`migrating the template failed: ${describeStoreError(migrated.left)}`);
  } finally {
    await pool.end();
  }
  return database;
};
