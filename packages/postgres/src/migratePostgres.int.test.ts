import { makeInMemoryEventStore, verifyLog } from '@campaign-ledger/core';
import { ContractEvent } from '@campaign-ledger/testing';
import type pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { countedEvent, left, right } from '../test/storeFixtures';
import { createDatabase, describeWithPostgres, testPool, type TestDatabase } from '../test/testDatabases';
import { migratePostgres, migrationChecksum, runMigrations } from './migratePostgres';
import { postgresMigrations, type PostgresMigration } from './migrations';
import { makePostgresEventStore } from './postgresEventStore';

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

  // A log as releases before version 4 kept it, hashes as hex text: the envelopes another store
  // sealed, inserted with their stream and log heads as those releases inserted them.
  const logOfVersion3 = async (pool: pg.Pool, editSql?: string) => {
    const sealer = makeInMemoryEventStore({ codec: ContractEvent });
    for (let n = 1; n <= 6; n++) await right(sealer.append(n % 2 === 0 ? 'even' : 'odd', [countedEvent(n)]));
    const sealed = await right(sealer.readAll());
    await right(runMigrations(pool, postgresMigrations.slice(0, 3)));
    for (const e of sealed) {
      await pool.query(`INSERT INTO campaign_ledger.events VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`, [
        e.globalPosition, e.eventId, e.stream, e.streamRevision, e.event.type, JSON.stringify(e.event.data), JSON.stringify(e.metadata),
        e.domainDate, e.recordedAt, e.hash, e.previousStreamHash, e.previousGlobalHash,
      ]);
      await pool.query(`INSERT INTO campaign_ledger.streams VALUES ($1, $2, $3) ON CONFLICT (stream) DO UPDATE SET revision = $2, hash = $3`, [e.stream, e.streamRevision, e.hash]);
      await pool.query(`UPDATE campaign_ledger.log_head SET position = $1, hash = $2, recorded_at = $3`, [e.globalPosition, e.hash, e.recordedAt]);
    }
    if (editSql !== undefined) await pool.query(editSql);
    return sealed;
  };

  it('moves the hashes of a version-3 log to bytes and its head rows to a trigger: every envelope reads back as it was sealed, the log verifies, and appends go on, moving the heads', async () => {
    const { pool } = await freshDatabase();
    const sealed = await logOfVersion3(pool);
    expect(await right(migratePostgres(pool))).toMatchObject({
      applied: [
        { version: 4, name: 'store the hashes of events as bytes' },
        { version: 5, name: 'move the head rows by a trigger, and let writers lock them without changing them' },
      ],
    });
    const types = await pool.query(`SELECT DISTINCT pg_typeof(hash)::text || ' ' || octet_length(previous_global_hash) AS t FROM campaign_ledger.events`);
    expect(types.rows).toEqual([{ t: 'bytea 32' }]);
    const store = makePostgresEventStore(pool, { codec: ContractEvent, listen: false });
    expect(await right(store.readAll())).toEqual(sealed);
    expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact' });
    expect(await right(store.append('odd', [countedEvent(7)], { expectedRevision: 2 }))).toMatchObject({ positions: [7] });
    // The next appends find the heads where the trigger moved them.
    expect(await right(store.append('odd', [countedEvent(8)], { expectedRevision: 3 }))).toMatchObject({ positions: [8] });
    expect(await right(store.appendBatch([{ stream: 'odd', events: [countedEvent(9)], expectedRevision: 4 }, { stream: 'new', events: [countedEvent(10)] }]))).toMatchObject([
      { positions: [9] },
      { positions: [10] },
    ]);
    expect((await pool.query(`SELECT position FROM campaign_ledger.log_head`)).rows).toEqual([{ position: '10' }]);
    expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 10, headPosition: 10 });
    await store.close();
  });

  it('refuses to migrate a version-3 log whose hash is not hex, and leaves it as it was', async () => {
    const { pool } = await freshDatabase();
    await logOfVersion3(pool, `
      ALTER TABLE campaign_ledger.events DISABLE TRIGGER events_append_only;
      ALTER TABLE campaign_ledger.events DROP CONSTRAINT events_hash_check;
      UPDATE campaign_ledger.events SET hash = 'not hex' WHERE global_position = 3;
      ALTER TABLE campaign_ledger.events ENABLE TRIGGER events_append_only`);
    expect(await left(migratePostgres(pool))).toMatchObject({ _tag: 'StoreUnavailable', message: expect.stringMatching(/invalid hexadecimal/) as unknown });
    expect((await applied(pool)).map((r) => r.version)).toEqual([1, 2, 3]);
    expect((await pool.query(`SELECT hash FROM campaign_ledger.events WHERE global_position = 3`)).rows).toEqual([{ hash: 'not hex' }]);
  });
});
