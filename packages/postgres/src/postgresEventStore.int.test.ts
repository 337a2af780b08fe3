import { verifyLog, type EventEnvelope, type EventStore, type StoreError } from '@campaign-ledger/core';
import { ContractEvent, contractEventId } from '@campaign-ledger/testing';
import * as E from 'fp-ts/lib/Either.js';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTemplate } from '../test/migratedTemplate';
import { appendCounted, countedEvent, left, numbersOf, right } from '../test/storeFixtures';
import { superuserTamper } from '../test/superuserTamper';
import { adminQuery, createDatabase, describeWithPostgres, testPool, type TestDatabase } from '../test/testDatabases';
import { makePostgresEventStore, type PostgresEventStoreOptions } from './postgresEventStore';

const waitUntil = async (what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

const closedPort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 1));
    });
  });

const messageOf = (error: StoreError): string => (error._tag === 'StoreUnavailable' ? error.message : '');

describeWithPostgres('PostgreSQL event store, beyond the contract', (adminUrl) => {
  let template: TestDatabase;
  beforeAll(async () => {
    template = await createMigratedTemplate(adminUrl);
  });
  afterAll(() => template.drop());

  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const freshDatabase = async (options: { migrated?: boolean } = {}): Promise<TestDatabase> => {
    const database = await createDatabase(adminUrl, options.migrated === false ? {} : { template: template.name });
    cleanups.push(() => database.drop());
    return database;
  };
  const poolFor = (database: TestDatabase): pg.Pool => {
    const pool = testPool(database.url);
    cleanups.push(() => pool.end());
    return pool;
  };
  const storeOn = (pool: pg.Pool, options: Partial<PostgresEventStoreOptions<ContractEvent>> = {}): EventStore<ContractEvent> => {
    const store = makePostgresEventStore(pool, { codec: ContractEvent, ...options });
    cleanups.push(() => store.close());
    return store;
  };
  // A connection of its own, to hold locks the way a concurrent append would.
  const lockHolder = async (database: TestDatabase): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: database.url });
    client.on('error', () => undefined);
    await client.connect();
    cleanups.push(() => client.end());
    return client;
  };
  // How many sessions of the database wait for a lock (a row lock shows as a wait on its holder's transaction).
  const lockWaiters = async (pool: pg.Pool): Promise<number> =>
    Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0]?.n);

  describe('storage', () => {
    it('keeps data and metadata as the JSON text that was hashed, so text jsonb refuses comes back intact and verifies', async () => {
      const pool = poolFor(await freshDatabase());
      const store = storeOn(pool);
      const details = { nul: 'a\u0000b', loneSurrogate: 'x\ud800y', big: 1e21, tiny: 5e-324, keys: { b: 1, a: 2 } };
      const event = { type: 'Noted' as const, data: { text: 'Đảng bộ huyện', details } };
      await right(store.append('s', [{ id: contractEventId(1), event, domainDate: '2010-08-10', metadata: { note: 'tab\there \ud800' } }]));
      const [envelope] = await right(store.readAll());
      expect(envelope?.event).toStrictEqual(event);
      expect(envelope?.metadata).toStrictEqual({ note: 'tab\there \ud800' });
      expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 1 });
      const stored = await pool.query<{ data: string; metadata: string; domain_date: string }>(
        `SELECT data, metadata, to_char(domain_date, 'YYYY-MM-DD') AS domain_date FROM campaign_ledger.events`,
      );
      expect(stored.rows).toEqual([{ data: JSON.stringify(event.data), metadata: JSON.stringify({ note: 'tab\there \ud800' }), domain_date: '2010-08-10' }]);
      // What a jsonb column would have made of the same text.
      await expect(pool.query('SELECT $1::jsonb', [JSON.stringify(event.data)])).rejects.toMatchObject({ code: '22P05' });
    });

    it('events cut from the end of the log are found by the next append, which the heads this store keeps stop, naming the cut; nothing is written', async () => {
      const pool = poolFor(await freshDatabase());
      const store = storeOn(pool);
      await appendCounted(store, (n) => (n === 2 ? 'b' : 'a'), [1, 2, 3]);
      await superuserTamper(pool).deleteEvent(3);
      // A keyless chain cannot tell a log cut at its end from a shorter one...
      expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', headPosition: 2 });
      // ...but the heads this store keeps still name the cut event, and the next append finds them ahead of the log.
      const stopped = await left(store.append('a', [countedEvent(4)]));
      expect(messageOf(stopped)).toMatch(/the log head row says position 3 .* but the log's last event is at 2 .*; the row of stream "a" says revision 1 .* but its last event is revision 0/);
      expect(numbersOf(await right(store.readAll()))).toEqual([1, 2]);
    });

    it('reports a stored row whose data is not JSON as CorruptEvent at its position', async () => {
      const pool = poolFor(await freshDatabase());
      const store = storeOn(pool);
      await appendCounted(store, () => 's', [1, 2]);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SET LOCAL session_replication_role = replica');
        await client.query(`UPDATE campaign_ledger.events SET data = '{"n": 2' WHERE global_position = 2`);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      expect(await left(store.readAll())).toMatchObject({ _tag: 'CorruptEvent', stream: 's', globalPosition: 2, reason: expect.stringContaining('is not JSON') as unknown });
      expect(numbersOf(await right(store.readAll({ limit: 1 })))).toEqual([1]);
    });
  });

  describe('errors, as values', () => {
    it('a database that was never migrated: StoreUnavailable that says to run migratePostgres', async () => {
      const store = storeOn(poolFor(await freshDatabase({ migrated: false })));
      for (const error of [await left(store.append('s', [countedEvent(1)])), await left(store.readAll()), await left(store.readStream('s'))]) {
        expect(error).toMatchObject({ _tag: 'StoreUnavailable' });
        expect(messageOf(error)).toMatch(/run migratePostgres first.*\(42P01\)/);
      }
    });

    it('a server that cannot be reached: StoreUnavailable from every operation, and a subscription reports it', async () => {
      const pool = new pg.Pool({ host: '127.0.0.1', port: await closedPort(), user: 'postgres', connectionTimeoutMillis: 2000 });
      pool.on('error', () => undefined);
      cleanups.push(() => pool.end());
      const store = storeOn(pool);
      for (const error of [await left(store.append('s', [countedEvent(1)])), await left(store.append('s', [])), await left(store.readAll()), await left(store.readStream('s'))]) {
        expect(error).toMatchObject({ _tag: 'StoreUnavailable' });
        expect(messageOf(error)).toMatch(/cannot reach PostgreSQL.*ECONNREFUSED/);
      }
      const errors: (StoreError | Error)[] = [];
      store.subscribe({ onEvent: () => undefined, onError: (error) => void errors.push(error) });
      await waitUntil('onError', () => errors.length > 0);
      expect(errors).toMatchObject([{ _tag: 'StoreUnavailable' }]);
    });

    it('a connection terminated in the middle of an append: StoreUnavailable, the process lives on, and the next append works', async () => {
      // An 'error' event nobody listens to is thrown where it is emitted: it reaches the process as uncaught.
      const uncaught: unknown[] = [];
      const onUncaught = (error: unknown): void => void uncaught.push(error);
      process.on('uncaughtException', onUncaught);
      cleanups.push(async () => void process.off('uncaughtException', onUncaught));
      const database = await freshDatabase();
      // A pool as a careless owner makes it, with no 'error' listener: the store gives it one.
      const pool = new pg.Pool({ connectionString: database.url, max: 4 });
      cleanups.push(() => pool.end());
      const store = storeOn(pool);
      expect(pool.listenerCount('error')).toBe(1);
      await appendCounted(store, () => 's', [1]);
      // Holding the log head row keeps the next append's transaction open, waiting, on its own connection.
      const holder = await lockHolder(database);
      await holder.query('BEGIN');
      await holder.query('SELECT position FROM campaign_ledger.log_head FOR UPDATE');
      const pending = store.append('s', [countedEvent(2)])();
      const waiting = async (): Promise<ReadonlyArray<{ readonly pid: number }>> =>
        (
          await adminQuery(
            adminUrl,
            `SELECT pid FROM pg_stat_activity WHERE datname = '${database.name}' AND wait_event_type = 'Lock' AND query LIKE '%FROM campaign_ledger.log_head FOR UPDATE%'`,
          )
        ).rows as ReadonlyArray<{ readonly pid: number }>;
      await waitUntil('the append to wait for the log head row', async () => (await waiting()).length === 1);
      const [append] = await waiting();
      expect((await adminQuery(adminUrl, `SELECT pg_terminate_backend(${append?.pid ?? 0}) AS terminated`)).rows).toEqual([{ terminated: true }]);
      const result = await pending;
      expect(result).toMatchObject(E.left({ _tag: 'StoreUnavailable' }));
      expect(E.isLeft(result) && messageOf(result.left)).toMatch(/cannot reach PostgreSQL: terminating connection due to administrator command \(57P01\)/);
      // The client reports its closed socket after the statement failed: give that report its turn.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(uncaught, 'nothing reached the process uncaught').toEqual([]);
      await holder.query('ROLLBACK');
      expect(await right(store.append('s', [countedEvent(3)]))).toMatchObject({ nextExpectedRevision: 1, positions: [2] });
      expect(numbersOf(await right(store.readAll()))).toEqual([1, 3]);
      expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 2 });
      // Idle connections of the pool that drop are reported on the pool, where the store listens.
      const idle = await adminQuery(adminUrl, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database.name}' AND state = 'idle'`);
      expect(idle.rows.length).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(uncaught, 'nothing reached the process uncaught').toEqual([]);
      expect(await right(store.append('s', [countedEvent(4)]))).toMatchObject({ nextExpectedRevision: 2, positions: [3] });
    });

    it('a pool its owner has ended: StoreUnavailable', async () => {
      const database = await freshDatabase();
      const pool = testPool(database.url);
      const store = storeOn(pool);
      await pool.end();
      expect(await left(store.append('s', [countedEvent(1)]))).toMatchObject({ _tag: 'StoreUnavailable' });
      expect(await left(store.readAll())).toMatchObject({ _tag: 'StoreUnavailable' });
    });

    it('close() leaves the pool to its owner; a subscription opened on a closed store reports StoreUnavailable', async () => {
      const pool = poolFor(await freshDatabase());
      const store = storeOn(pool);
      await appendCounted(store, () => 's', [1]);
      await store.close();
      expect((await pool.query('SELECT count(*)::int AS n FROM campaign_ledger.events')).rows).toEqual([{ n: 1 }]);
      const errors: (StoreError | Error)[] = [];
      store.subscribe({ onEvent: () => undefined, onError: (error) => void errors.push(error) });
      await waitUntil('onError', () => errors.length > 0);
      expect(errors).toEqual([{ _tag: 'StoreUnavailable', message: 'the PostgreSQL store is closed' }]);
    });
  });

  describe('ordering and locks', () => {
    it('an append locks the log head row as its last step: it checks its stream first, then waits for the row while nothing of it is visible', async () => {
      const database = await freshDatabase();
      const pool = poolFor(database);
      const store = storeOn(pool);
      await appendCounted(store, () => 's', [1]);
      const holder = await lockHolder(database);
      await holder.query('BEGIN');
      await holder.query('SELECT position FROM campaign_ledger.log_head FOR UPDATE');
      // A refused append never reaches the shared lock: it answers at once.
      expect(await left(store.append('s', [countedEvent(2)], { expectedRevision: 'no-stream' }))).toMatchObject({ _tag: 'WrongExpectedRevision', actual: 0 });
      const pending = store.append('s', [countedEvent(3)], { expectedRevision: 0 })();
      await waitUntil('the append to wait for the log head row', async () => (await lockWaiters(pool)) === 1);
      expect(numbersOf(await right(store.readAll()))).toEqual([1]);
      await holder.query('COMMIT');
      expect(await pending).toMatchObject(E.right({ nextExpectedRevision: 1, positions: [2] }));
    });

    it("an append waiting for its stream's lock holds up no append to another stream", async () => {
      const database = await freshDatabase();
      const pool = poolFor(database);
      const store = storeOn(pool);
      const holder = await lockHolder(database);
      await holder.query('BEGIN');
      // As a concurrent first append to 'busy' would: its stream row is inserted and not yet committed.
      await holder.query(`INSERT INTO campaign_ledger.streams (stream, revision, hash) VALUES ('busy', -1, repeat('0', 64))`);
      const busy = store.append('busy', [countedEvent(1)])();
      await waitUntil("the append to wait for its stream's row", async () => (await lockWaiters(pool)) === 1);
      expect(await right(store.append('free', [countedEvent(2)]))).toMatchObject({ nextExpectedRevision: 0, positions: [1] });
      expect(await right(store.append('free', [countedEvent(3)]))).toMatchObject({ nextExpectedRevision: 1, positions: [2] });
      await holder.query('ROLLBACK');
      expect(await busy).toMatchObject(E.right({ nextExpectedRevision: 0, positions: [3] }));
    });

    it('one id raced into two streams: one append lands, the other is DuplicateEventId after a retry, and no position is lost', async () => {
      const database = await freshDatabase();
      const pool = poolFor(database);
      const store = storeOn(pool);
      const holder = await lockHolder(database);
      await holder.query('BEGIN');
      await holder.query('SELECT position FROM campaign_ledger.log_head FOR UPDATE');
      // Both pass their id check before either inserts: they meet at the unique index.
      const racing = ['a', 'b'].map((stream) => store.append(stream, [countedEvent(1)])());
      await waitUntil('both appends to wait for the log head row', async () => (await lockWaiters(pool)) === 2);
      await holder.query('COMMIT');
      const results = await Promise.all(racing);
      const winner = results.findIndex(E.isRight);
      expect(results[winner]).toMatchObject(E.right({ nextExpectedRevision: 0, positions: [1] }));
      expect(results[1 - winner]).toEqual(E.left({ _tag: 'DuplicateEventId', eventId: contractEventId(1), stream: ['a', 'b'][winner] }));
      expect(await right(store.append('c', [countedEvent(2)]))).toMatchObject({ nextExpectedRevision: 0, positions: [2] });
    });

    it('an append does not look its ids up before it inserts, yet with no retries allowed a repeated append gets its original result and a reused id DuplicateEventId', async () => {
      const database = await freshDatabase();
      const pool = poolFor(database);
      const store = storeOn(pool, { maxAppendRetries: 0 });
      const first = await right(store.append('a', [countedEvent(1), countedEvent(2)], { expectedRevision: 'no-stream' }));
      // 'any' passes the revision check: the insert meets the stored ids and the append runs again, looking first.
      expect(await right(store.append('a', [countedEvent(1), countedEvent(2)]))).toEqual(first);
      // A stale expected revision is looked up before it is refused: the retry of an append that landed.
      expect(await right(store.append('a', [countedEvent(1), countedEvent(2)], { expectedRevision: 'no-stream' }))).toEqual(first);
      expect(await left(store.append('b', [countedEvent(1)]))).toEqual({ _tag: 'DuplicateEventId', eventId: contractEventId(1), stream: 'a' });
      expect(await right(store.append('b', [countedEvent(3)]))).toMatchObject({ nextExpectedRevision: 0, positions: [3] });
    });

    it('appends at READ COMMITTED even where the server default is SERIALIZABLE; recordedAt never decreases along the log', async () => {
      const database = await freshDatabase();
      await adminQuery(adminUrl, `ALTER DATABASE ${database.name} SET default_transaction_isolation = 'serializable'`);
      const pool = poolFor(database);
      expect((await pool.query('SHOW default_transaction_isolation')).rows).toEqual([{ default_transaction_isolation: 'serializable' }]);
      const store = storeOn(pool);
      await Promise.all(Array.from({ length: 5 }, (_, s) => appendCounted(store, () => `s-${s}`, Array.from({ length: 6 }, (_, k) => s * 10 + k))));
      const log = await right(store.readAll());
      expect(log.map((e) => e.globalPosition)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      const times = log.map((e) => Date.parse(e.recordedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 30 });
    });
  });

  describe('waking subscriptions', () => {
    const listeners = async (pool: pg.Pool): Promise<number> =>
      Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE query = 'LISTEN campaign_ledger_events'`)).rows[0]?.n);

    it("another process's append reaches a subscriber through LISTEN/NOTIFY, without waiting for the poll", async () => {
      const database = await freshDatabase();
      const reader = storeOn(poolFor(database), { pollIntervalMs: 600_000 });
      const writerPool = poolFor(database);
      const writer = storeOn(writerPool);
      const delivered: EventEnvelope<ContractEvent>[] = [];
      let caughtUp = false;
      reader.subscribe({ onEvent: (e) => void delivered.push(e), onCaughtUp: () => void (caughtUp = true) });
      await waitUntil('the subscription to catch up and LISTEN', async () => caughtUp && (await listeners(writerPool)) === 1);
      await appendCounted(writer, () => 's', [1, 2]);
      await waitUntil('two notified events', () => delivered.length === 2);
      expect(numbersOf(delivered)).toEqual([1, 2]);
      await reader.close();
      await waitUntil('the listening connection to go', async () => (await listeners(writerPool)) === 0);
    });

    it("with listen: false, the poll delivers another process's appends and nothing LISTENs", async () => {
      const database = await freshDatabase();
      const reader = storeOn(poolFor(database), { listen: false, pollIntervalMs: 50 });
      const writerPool = poolFor(database);
      const writer = storeOn(writerPool);
      const delivered: EventEnvelope<ContractEvent>[] = [];
      reader.subscribe({ onEvent: (e) => void delivered.push(e) });
      await appendCounted(writer, () => 's', [1, 2, 3]);
      await waitUntil('three polled events', () => delivered.length === 3);
      expect(numbersOf(delivered)).toEqual([1, 2, 3]);
      expect(await listeners(writerPool)).toBe(0);
    });
  });

  it('the tamper capability of the contract test reaches the stored rows past the append-only trigger', async () => {
    const pool = poolFor(await freshDatabase());
    const store = storeOn(pool);
    await appendCounted(store, (n) => `s-${n}`, [1, 2, 3]);
    await superuserTamper(pool).swapEvents(1, 3);
    expect(numbersOf(await right(store.readAll()))).toEqual([3, 2, 1]);
  });
});
