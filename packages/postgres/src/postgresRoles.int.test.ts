import { runProjection, verifyLog, type EventEnvelope, type EventStore, type Projection } from '@campaign-ledger/core';
import { ContractEvent } from '@campaign-ledger/testing';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOwnedLedger, type OwnedLedger } from '../test/ownedLedger';
import { appendCounted, countedEvent, left, numbersOf, right } from '../test/storeFixtures';
import { adminQuery, describeWithPostgres, testPool, uniqueRoleName } from '../test/testDatabases';
import { makePostgresEventStore } from './postgresEventStore';
import { createAnalystRole, createWriterRole } from './postgresRoles';

// A replay: the sum of the Counted numbers, per stream.
const sums: Projection<ContractEvent, Readonly<Record<string, number>>> = {
  init: () => ({}),
  evolve: (state, envelope) => ({ ...state, [envelope.stream]: (state[envelope.stream] ?? 0) + (envelope.event.type === 'Counted' ? envelope.event.data.n : 0) }),
};

describeWithPostgres('roles', (adminUrl) => {
  let ledger: OwnedLedger;
  let ownerStore: EventStore<ContractEvent>;
  const opened: { pool: pg.Pool; store: EventStore<ContractEvent> }[] = [];
  const connectAs = (role: string): { pool: pg.Pool; store: EventStore<ContractEvent> } => {
    const pool = testPool(ledger.urlAs(role), 2);
    const store = makePostgresEventStore(pool, { codec: ContractEvent });
    opened.push({ pool, store });
    return { pool, store };
  };

  beforeAll(async () => {
    ledger = await createOwnedLedger(adminUrl);
    ownerStore = makePostgresEventStore(ledger.ownerPool, { codec: ContractEvent });
    await appendCounted(ownerStore, (n) => (n <= 2 ? 'a' : 'b'), [1, 2, 3, 4]);
  });
  afterEach(async () => {
    for (const { pool, store } of opened.splice(0)) {
      await store.close();
      await pool.end();
    }
  });
  afterAll(async () => {
    await ownerStore.close();
    await ledger.drop();
  });

  describe('createAnalystRole', () => {
    it('gives a role that reads, replays and verifies the log', async () => {
      const analyst = uniqueRoleName('analyst');
      await right(createAnalystRole(ledger.ownerPool, analyst, { login: true }));
      const { store } = connectAs(analyst);
      expect(numbersOf(await right(store.readAll()))).toEqual([1, 2, 3, 4]);
      expect(numbersOf(await right(store.readStream('b', { direction: 'backwards' })))).toEqual([4, 3]);
      expect(runProjection(sums, await right(store.readAll()))).toEqual({ a: 3, b: 7 });
      expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', headPosition: 4, eventCount: 4 });
      const delivered: EventEnvelope<ContractEvent>[] = [];
      const caughtUp = new Promise<void>((resolve) => {
        const subscription = store.subscribe({ onEvent: (e) => void delivered.push(e), onCaughtUp: () => void subscription.close().then(resolve) });
      });
      await caughtUp;
      expect(numbersOf(delivered)).toEqual([1, 2, 3, 4]);
    });

    it('gives a role whose append fails with StoreUnavailable naming the missing permission, writing nothing', async () => {
      const analyst = uniqueRoleName('analyst');
      await right(createAnalystRole(ledger.ownerPool, analyst, { login: true }));
      const { pool, store } = connectAs(analyst);
      const error = await left(store.append('a', [countedEvent(5)]));
      expect(error).toMatchObject({ _tag: 'StoreUnavailable' });
      expect(error._tag === 'StoreUnavailable' ? error.message : '').toMatch(/permission denied for table streams.*\(42501\)/);
      await expect(pool.query(`INSERT INTO campaign_ledger.events SELECT * FROM campaign_ledger.events WHERE false`)).rejects.toMatchObject({ code: '42501' });
      for (const sql of [
        'DELETE FROM campaign_ledger.events',
        'UPDATE campaign_ledger.events SET data = data',
        'TRUNCATE campaign_ledger.events',
        'UPDATE campaign_ledger.log_head SET position = position',
        'UPDATE campaign_ledger.streams SET revision = revision',
        'DELETE FROM campaign_ledger.streams',
        'CREATE TABLE campaign_ledger.mine (x int)',
      ]) {
        await expect(pool.query(sql), sql).rejects.toMatchObject({ code: '42501' });
      }
      expect(numbersOf(await right(ownerStore.readAll()))).toEqual([1, 2, 3, 4]);
      expect((await ledger.ownerPool.query('SELECT stream, revision FROM campaign_ledger.streams ORDER BY stream')).rows).toEqual([
        { stream: 'a', revision: '1' },
        { stream: 'b', revision: '1' },
      ]);
    });

    it('gives a role that cannot take the row locks appends need, so it can never hold writers up', async () => {
      const analyst = uniqueRoleName('analyst');
      await right(createAnalystRole(ledger.ownerPool, analyst, { login: true }));
      const { pool } = connectAs(analyst);
      for (const sql of [
        'SELECT position FROM campaign_ledger.log_head FOR UPDATE',
        'SELECT position FROM campaign_ledger.log_head FOR SHARE',
        `SELECT revision FROM campaign_ledger.streams WHERE stream = 'a' FOR UPDATE`,
        'LOCK TABLE campaign_ledger.log_head IN SHARE MODE',
        'LOCK TABLE campaign_ledger.events IN ACCESS EXCLUSIVE MODE',
        'LOCK TABLE campaign_ledger.streams IN EXCLUSIVE MODE',
      ]) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await expect(client.query(sql), sql).rejects.toMatchObject({ code: '42501' });
        } finally {
          await client.query('ROLLBACK');
          client.release();
        }
      }
    });

    it('takes away what an existing role could do beyond reading, and is idempotent', async () => {
      const role = uniqueRoleName('analyst');
      await adminQuery(adminUrl, `CREATE ROLE ${role} LOGIN`);
      await ledger.ownerPool.query(`GRANT USAGE ON SCHEMA campaign_ledger TO ${role}`);
      await ledger.ownerPool.query(`GRANT SELECT, INSERT ON campaign_ledger.events TO ${role}`);
      await right(createAnalystRole(ledger.ownerPool, role));
      await right(createAnalystRole(ledger.ownerPool, role));
      const { store } = connectAs(role);
      expect(await left(store.append('a', [countedEvent(6)]))).toMatchObject({ _tag: 'StoreUnavailable' });
      expect(numbersOf(await right(store.readAll()))).toEqual([1, 2, 3, 4]);
    });

    it('makes a group role by default: it cannot log in, and its login members read', async () => {
      const group = uniqueRoleName('readers');
      const member = uniqueRoleName('auditor');
      await right(createAnalystRole(ledger.ownerPool, group));
      await adminQuery(adminUrl, `CREATE ROLE ${member} LOGIN IN ROLE ${group}`);
      expect(numbersOf(await right(connectAs(member).store.readAll()))).toEqual([1, 2, 3, 4]);
      await expect(connectAs(group).pool.query('SELECT 1')).rejects.toMatchObject({ code: '28000' });
    });
  });

  describe('createWriterRole', () => {
    it('gives a role that appends and reads, and can neither change rows nor switch the trigger off', async () => {
      const writer = uniqueRoleName('writer');
      await right(createWriterRole(ledger.ownerPool, writer, { login: true }));
      const { pool, store } = connectAs(writer);
      expect(await right(store.append('c', [countedEvent(7)], { expectedRevision: 'no-stream' }))).toMatchObject({ nextExpectedRevision: 0, positions: [5] });
      expect(numbersOf(await right(store.readStream('c')))).toEqual([7]);
      for (const sql of [
        `UPDATE campaign_ledger.events SET data = '{"n":70}' WHERE global_position = 5`,
        'DELETE FROM campaign_ledger.events WHERE global_position = 5',
        'TRUNCATE campaign_ledger.events',
        'SET session_replication_role = replica',
      ]) {
        await expect(pool.query(sql), sql).rejects.toMatchObject({ code: '42501' });
      }
      await expect(pool.query('ALTER TABLE campaign_ledger.events DISABLE TRIGGER events_append_only')).rejects.toMatchObject({
        code: '42501',
        message: 'must be owner of table events',
      });
      expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', headPosition: 5 });
    });

    it('gives a role that cannot change, create at will, delete or lock the head rows; its appends move them all the same', async () => {
      const writer = uniqueRoleName('writer');
      await right(createWriterRole(ledger.ownerPool, writer, { login: true }));
      const { pool, store } = connectAs(writer);
      const refused = [
        'UPDATE campaign_ledger.log_head SET position = position - 2',
        `UPDATE campaign_ledger.log_head SET hash = repeat('ab', 32)`,
        'UPDATE campaign_ledger.streams SET revision = -1',
        `INSERT INTO campaign_ledger.streams (stream, revision, hash) VALUES ('forged', 5, repeat('0', 64))`,
        'DELETE FROM campaign_ledger.streams',
        'DELETE FROM campaign_ledger.log_head',
        'TRUNCATE campaign_ledger.streams',
        'LOCK TABLE campaign_ledger.log_head IN ACCESS EXCLUSIVE MODE',
        'LOCK TABLE campaign_ledger.log_head IN EXCLUSIVE MODE',
        'LOCK TABLE campaign_ledger.streams IN ACCESS EXCLUSIVE MODE',
        'LOCK TABLE campaign_ledger.events IN ACCESS EXCLUSIVE MODE',
        'SELECT campaign_ledger.move_heads()',
      ];
      for (const sql of refused) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await expect(client.query(sql), sql).rejects.toMatchObject({ code: expect.stringMatching(/^(42501|0A000)$/) as unknown });
        } finally {
          await client.query('ROLLBACK');
          client.release();
        }
      }
      const before = await ledger.ownerPool.query<{ readonly position: string; readonly hash: string }>('SELECT position, hash FROM campaign_ledger.log_head');
      expect(await right(store.append('d', [countedEvent(8)], { expectedRevision: 'no-stream' }))).toMatchObject({ positions: [Number(before.rows[0]?.position) + 1] });
      const heads = await ledger.ownerPool.query<{ readonly position: string; readonly hash: string; readonly revision: string; readonly stream_hash: string }>(
        `SELECT h.position, h.hash, s.revision, s.hash AS stream_hash FROM campaign_ledger.log_head h, campaign_ledger.streams s WHERE s.stream = 'd'`,
      );
      const last = (await right(store.readStream('d')))[0];
      expect(heads.rows[0]).toEqual({ position: String(last?.globalPosition), hash: last?.hash, revision: '0', stream_hash: last?.hash });
      expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact' });
    });
  });
});
