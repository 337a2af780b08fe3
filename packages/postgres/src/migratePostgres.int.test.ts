import type pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { left, right } from '../test/storeFixtures';
import { createDatabase, describeWithPostgres, testPool, type TestDatabase } from '../test/testDatabases';
import { migratePostgres, migrationChecksum, runMigrations } from './migratePostgres';
import { postgresMigrations, type PostgresMigration } from './migrations';

describeWithPostgres('migratePostgres', (adminUrl) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const freshDatabase = async (poolSize = 10): Promise<{ database: TestDatabase; pool: pg.Pool }> => {
    const database = await createDatabase(adminUrl);
    const pool = testPool(database.url, poolSize);
    cleanups.push(() => database.drop(), () => pool.end());
    return { database, pool };
  };
  const applied = async (pool: pg.Pool) =>
    (await pool.query<{ version: number; name: string; checksum: string }>('SELECT version, name, checksum FROM campaign_ledger.migrations ORDER BY version')).rows;

  it('applies every migration to an empty database, records each with its checksum, and applies nothing the second time', async () => {
    const { pool } = await freshDatabase();
    const latest = postgresMigrations[postgresMigrations.length - 1]?.version;
    expect(await right(migratePostgres(pool))).toEqual({ applied: postgresMigrations.map(({ version, name }) => ({ version, name })), version: latest });
    expect(await applied(pool)).toEqual(postgresMigrations.map((m) => ({ version: m.version, name: m.name, checksum: migrationChecksum(m) })));
    expect(await right(migratePostgres(pool))).toEqual({ applied: [], version: latest });
    expect((await applied(pool)).length).toBe(postgresMigrations.length);
  });

  it('lets many starters migrate at once: each migration is applied once, and all of them succeed', async () => {
    const { pool } = await freshDatabase(8);
    const reports = await Promise.all(Array.from({ length: 8 }, () => right(migratePostgres(pool))));
    expect(reports.flatMap((r) => r.applied.map((m) => m.version)).sort()).toEqual(postgresMigrations.map((m) => m.version));
    expect((await applied(pool)).map((r) => r.version)).toEqual(postgresMigrations.map((m) => m.version));
  });

  it('applies each migration in a transaction: one that fails leaves nothing of itself, and the next run tries it again', async () => {
    const { pool } = await freshDatabase();
    const failing: PostgresMigration = {
      version: postgresMigrations.length + 1,
      name: 'a migration whose second statement fails',
      statements: ['CREATE TABLE campaign_ledger.half_done (x int)', 'SELECT no_such_function()'],
    };
    expect(await left(runMigrations(pool, [...postgresMigrations, failing]))).toMatchObject({
      _tag: 'StoreUnavailable',
      message: expect.stringContaining('no_such_function') as unknown,
    });
    expect((await applied(pool)).map((r) => r.version)).toEqual(postgresMigrations.map((m) => m.version));
    expect((await pool.query(`SELECT to_regclass('campaign_ledger.half_done') AS table`)).rows).toEqual([{ table: null }]);
    const fixed: PostgresMigration = { ...failing, name: 'the fixed one', statements: ['CREATE TABLE campaign_ledger.half_done (x int)'] };
    expect(await right(runMigrations(pool, [...postgresMigrations, fixed]))).toEqual({ applied: [{ version: fixed.version, name: 'the fixed one' }], version: fixed.version });
  });

  it('refuses a schema whose applied migration had other SQL than this release has', async () => {
    const { pool } = await freshDatabase();
    await right(migratePostgres(pool));
    const [first, ...rest] = postgresMigrations as [PostgresMigration, ...PostgresMigration[]];
    const edited: PostgresMigration = { ...first, statements: [...first.statements, 'SELECT 1'] };
    expect(await left(runMigrations(pool, [edited, ...rest]))).toMatchObject({
      _tag: 'StoreUnavailable',
      message: expect.stringContaining(`migration 1 (${first.name}) was applied with other SQL`) as unknown,
    });
  });
});
