import { runProjectionWithCheckpoints, type EventStore, type Projection } from '@campaign-ledger/core';
import { ContractEvent } from '@campaign-ledger/testing';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as t from 'io-ts';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeCheckpointStoreContract } from '@campaign-ledger/testing';
import { createMigratedTemplate } from '../test/migratedTemplate';
import { createOwnedLedger } from '../test/ownedLedger';
import { appendCounted, left, right } from '../test/storeFixtures';
import { createDatabase, describeWithPostgres, testPool, uniqueRoleName, type TestDatabase } from '../test/testDatabases';
import { makePostgresCheckpointStore } from './postgresCheckpointStore';
import { makePostgresEventStore } from './postgresEventStore';
import { createAnalystRole, createWriterRole } from './postgresRoles';

// The sum of every Counted number and how many events were folded, checkpointed as JSON.
const Total = t.type({ sum: t.number, folded: t.number });
type Total = t.TypeOf<typeof Total>;
const total: Projection<ContractEvent, Total> = {
  init: () => ({ sum: 0, folded: 0 }),
  evolve: (state, envelope) => ({ sum: state.sum + (envelope.event.type === 'Counted' ? envelope.event.data.n : 0), folded: state.folded + 1 }),
};

describeWithPostgres('PostgreSQL checkpoint store', (adminUrl) => {
  let template: TestDatabase;
  beforeAll(async () => {
    template = await createMigratedTemplate(adminUrl);
  });
  afterAll(() => template.drop());

  describeCheckpointStoreContract('postgres', async () => {
    const database = await createDatabase(adminUrl, { template: template.name });
    const pools: pg.Pool[] = [testPool(database.url, 2)];
    return {
      checkpoints: makePostgresCheckpointStore(pools[0] as pg.Pool),
      // A restarted process: a new pool, new connections, the same database.
      reopen: () => {
        const pool = testPool(database.url, 2);
        pools.push(pool);
        return makePostgresCheckpointStore(pool);
      },
      teardown: async () => {
        for (const pool of pools) await pool.end();
        await database.drop();
      },
    };
  });

  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('a checkpointed replay of the PostgreSQL log resumes from its saved position and ends where one uninterrupted run does', async () => {
    const database = await createDatabase(adminUrl, { template: template.name });
    const pool = testPool(database.url);
    const store: EventStore<ContractEvent> = makePostgresEventStore(pool, { codec: ContractEvent });
    cleanups.push(() => database.drop(), () => pool.end(), () => store.close());
    const checkpoints = makePostgresCheckpointStore(pool);
    const run = () =>
      right(runProjectionWithCheckpoints({ store, checkpoints, name: 'total', projection: total, encode: (s) => s, decode: (u) => (Total.is(u) ? E.right(u) : E.left('not a total')), batchSize: 4 }));
    await appendCounted(store, (n) => `s-${n % 3}`, Array.from({ length: 10 }, (_, i) => i + 1));
    expect(await run()).toEqual({ state: { sum: 55, folded: 10 }, position: 10, resumedFrom: 0, eventsFolded: 10 });
    await appendCounted(store, () => 's-0', [11, 12]);
    expect(await run()).toEqual({ state: { sum: 78, folded: 12 }, position: 12, resumedFrom: 10, eventsFolded: 2 });
    expect(await right(checkpoints.load('total'))).toEqual(O.some({ position: 12, stateJson: '{"sum":78,"folded":12}' }));
  });

  it('the writer role saves checkpoints, the analyst role cannot (StoreUnavailable), and an ended pool is StoreUnavailable', async () => {
    const ledger = await createOwnedLedger(adminUrl);
    cleanups.push(() => ledger.drop());
    const writer = uniqueRoleName('writer');
    const analyst = uniqueRoleName('analyst');
    await right(createWriterRole(ledger.ownerPool, writer, { login: true }));
    await right(createAnalystRole(ledger.ownerPool, analyst, { login: true }));
    const writerPool = testPool(ledger.urlAs(writer), 2);
    const analystPool = testPool(ledger.urlAs(analyst), 2);
    cleanups.push(() => writerPool.end(), () => analystPool.end());
    await right(makePostgresCheckpointStore(writerPool).save('p', 3, '{"n":3}'));
    await right(makePostgresCheckpointStore(writerPool).save('p', 4, '{"n":4}'));
    const analystCheckpoints = makePostgresCheckpointStore(analystPool);
    expect(await right(analystCheckpoints.load('p'))).toEqual(O.some({ position: 4, stateJson: '{"n":4}' }));
    expect(await left(analystCheckpoints.save('p', 5, '{"n":5}'))).toMatchObject({ _tag: 'StoreUnavailable', message: expect.stringContaining('42501') as unknown });
    expect(await right(analystCheckpoints.load('p'))).toEqual(O.some({ position: 4, stateJson: '{"n":4}' }));
    const ended = testPool(ledger.urlAs(writer), 1);
    await ended.end();
    expect(await makePostgresCheckpointStore(ended).load('p')()).toMatchObject(E.left({ _tag: 'StoreUnavailable' }));
  });

  it('a name or state PostgreSQL text cannot keep is a RangeError, as the port says of other bad input', () => {
    const pool = testPool('postgres://nobody@127.0.0.1:1/none', 1);
    cleanups.push(() => pool.end());
    const checkpoints = makePostgresCheckpointStore(pool);
    expect(() => checkpoints.load('a\u0000b')).toThrow(RangeError);
    expect(() => checkpoints.save('p', 1, '"\ud800"')).toThrow(RangeError);
  });
});
