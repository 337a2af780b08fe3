import { handleCommand, verifyLog, type EventStore, type StoreError } from '@campaign-ledger/core';
import { ContractEvent, type Counted } from '@campaign-ledger/testing';
import * as E from 'fp-ts/lib/Either.js';
import type pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createOwnedLedger, type OwnedLedger } from '../test/ownedLedger';
import { appendCounted, countedEvent, left, numbersOf, right } from '../test/storeFixtures';
import { describeWithPostgres, testPool, uniqueRoleName } from '../test/testDatabases';
import { makePostgresEventStore } from './postgresEventStore';
import { createWriterRole } from './postgresRoles';

const messageOf = (error: StoreError): string => (error._tag === 'StoreUnavailable' ? error.message : `not StoreUnavailable: ${error._tag}`);

// A writer role cannot change the head rows (postgresRoles.int.test.ts), but the owner, a restore
// gone wrong or a hand-run repair can. What they change must stop appends, the writer's included,
// with an error that says so, and write nothing, never pass for a racing writer or exhaust the
// retries.
describeWithWriter('head rows changed behind the store', (ledger) => {
  const hashAt = async (position: number): Promise<string> =>
    (await ledger().ownerPool.query<{ readonly h: string }>(`SELECT encode(hash, 'hex') AS h FROM campaign_ledger.events WHERE global_position = $1`, [position])).rows[0]?.h ?? '';

  it('a log head moved back stops every append, on every stream, naming both positions; nothing is written, and the repair it names lets appends go on', async () => {
    const { ownerPool, store, owner } = ledger();
    await ownerPool.query('UPDATE campaign_ledger.log_head SET position = position - 2');
    for (const stream of ['a', 'b', 'new']) {
      const error = await left(store.append(stream, [countedEvent(90)]));
      expect(messageOf(error)).toMatch(/the append was stopped, nothing was written: the head rows disagree with the log.*the log head row says position 2 and hash [0-9a-f]{12}…, but the log's last event is at 4 with hash/);
      expect(messageOf(error)).not.toMatch(/racing writer/);
    }
    const handled = await handleCommand({ store, decider: appendOne, stream: 'a', command: 91, backoff: { sleep: () => Promise.resolve() } })();
    expect(handled).toMatchObject(E.left({ _tag: 'StoreUnavailable' }));
    expect(numbersOf(await right(owner.readAll()))).toEqual([1, 2, 3, 4]);
    await ledger().ownerPool.query(`UPDATE campaign_ledger.log_head SET position = 4, hash = $1`, [await hashAt(4)]);
    expect(await right(store.append('a', [countedEvent(5)]))).toMatchObject({ positions: [5] });
    expect(await right(verifyLog(owner))).toMatchObject({ _tag: 'Intact', eventCount: 5 });
  });

  it("a stream's row set back to -1 stops appends to that stream, naming it, and to no other", async () => {
    const { ownerPool, store, owner } = ledger();
    await ownerPool.query(`UPDATE campaign_ledger.streams SET revision = -1 WHERE stream = 'b'`);
    const error = await left(store.append('b', [countedEvent(92)]));
    expect(messageOf(error)).toMatch(/the row of stream "b" says revision -1 and hash [0-9a-f]{12}…, but its last event is revision 1 with hash .*WHERE stream = 'b'\)$/);
    expect(await left(store.appendBatch!([{ stream: 'a', events: [countedEvent(93)] }, { stream: 'b', events: [countedEvent(94)] }]))).toMatchObject({
      message: expect.stringMatching(/the row of stream "b"/) as unknown,
    });
    const before = (await right(owner.readAll())).length;
    expect(await right(store.append('c', [countedEvent(95)]))).toMatchObject({ positions: [before + 1] });
  });

  it("a forged log head hash stops appends, naming the hash the log's last event has", async () => {
    const { ownerPool, store, owner } = ledger();
    const last = (await right(owner.readAll({ direction: 'backwards', limit: 1 })))[0];
    await ownerPool.query(`UPDATE campaign_ledger.log_head SET hash = repeat('ab', 32)`);
    const error = await left(store.append('c', [countedEvent(96)]));
    expect(messageOf(error)).toContain(`the log head row says position ${last?.globalPosition} and hash abababababab…, but the log's last event is at ${last?.globalPosition} with hash ${last?.hash.slice(0, 12)}…`);
    expect((await right(owner.readAll())).length).toBe(last?.globalPosition);
  });
});

// A decider that appends the number it is given: enough for handleCommand.
const appendOne = {
  initialState: () => null,
  evolve: () => null,
  decide: (n: number) => E.right([{ type: 'Counted' as const, data: { n } } satisfies Counted]),
};

interface WriterLedger {
  readonly ownerPool: pg.Pool;
  readonly writerPool: pg.Pool;
  readonly store: EventStore<ContractEvent>;
  readonly owner: EventStore<ContractEvent>;
}

// Each test on a ledger of its own: [1, 2] in stream a, [3, 4] in stream b, and a writer role.
function describeWithWriter(title: string, body: (ledger: () => WriterLedger) => void): void {
  describeWithPostgres(title, (adminUrl) => {
    let current: (WriterLedger & { readonly drop: () => Promise<void> }) | undefined;
    beforeEach(async () => {
      const owned: OwnedLedger = await createOwnedLedger(adminUrl);
      const owner = makePostgresEventStore(owned.ownerPool, { codec: ContractEvent, listen: false });
      await appendCounted(owner, (n) => (n <= 2 ? 'a' : 'b'), [1, 2, 3, 4]);
      const role = uniqueRoleName('writer');
      await right(createWriterRole(owned.ownerPool, role, { login: true }));
      const writerPool = testPool(owned.urlAs(role), 2);
      const store = makePostgresEventStore(writerPool, { codec: ContractEvent, listen: false });
      current = {
        ownerPool: owned.ownerPool,
        writerPool,
        store,
        owner,
        drop: async () => {
          await store.close();
          await owner.close();
          await writerPool.end();
          await owned.drop();
        },
      };
    });
    afterEach(async () => {
      await current?.drop();
      current = undefined;
    });
    body(() => {
      if (current === undefined) throw new Error('no ledger: used outside a test');
      return current;
    });
  });
}
