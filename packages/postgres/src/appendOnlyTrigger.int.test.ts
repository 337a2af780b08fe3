import { verifyLog, type EventStore } from '@campaign-ledger/core';
import { ContractEvent } from '@campaign-ledger/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOwnedLedger, type OwnedLedger } from '../test/ownedLedger';
import { appendCounted, numbersOf, right } from '../test/storeFixtures';
import { describeWithPostgres } from '../test/testDatabases';
import { makePostgresEventStore } from './postgresEventStore';

describeWithPostgres('the append-only events table', (adminUrl) => {
  describe('as the role that owns it', () => {
    let ledger: OwnedLedger;
    let store: EventStore<ContractEvent>;
    beforeAll(async () => {
      ledger = await createOwnedLedger(adminUrl);
      store = makePostgresEventStore(ledger.ownerPool, { codec: ContractEvent });
      await appendCounted(store, (n) => (n % 2 === 0 ? 'even' : 'odd'), [1, 2, 3]);
    });
    afterAll(async () => {
      await store.close();
      await ledger.drop();
    });

    it.each([
      ['UPDATE', `UPDATE campaign_ledger.events SET data = '{"n":20}' WHERE global_position = 2`],
      ['UPDATE', `UPDATE campaign_ledger.events SET stream = 'odd' WHERE false`],
      ['DELETE', `DELETE FROM campaign_ledger.events WHERE global_position = 2`],
      ['TRUNCATE', `TRUNCATE campaign_ledger.events`],
    ])('%s is refused by the trigger (%s), and the log reads and verifies as before', async (operation, sql) => {
      await expect(ledger.ownerPool.query(sql)).rejects.toMatchObject({
        code: 'P0001',
        message: `campaign_ledger.events is append-only: ${operation} is refused`,
      });
      expect(numbersOf(await right(store.readAll()))).toEqual([1, 2, 3]);
      expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 3 });
    });

    it('cannot switch triggers off with session_replication_role: only a superuser may', async () => {
      await expect(ledger.ownerPool.query('SET session_replication_role = replica')).rejects.toMatchObject({ code: '42501' });
    });
  });

  // The trigger stops mistakes and every role but the owner and superusers. Those two can switch it
  // off, which is why each event is also sealed into the hash chains: the change is found.
  it('the owner can disable the trigger and rewrite a row, and verifyLog then finds the row altered', async () => {
    const ledger = await createOwnedLedger(adminUrl);
    const store = makePostgresEventStore(ledger.ownerPool, { codec: ContractEvent });
    try {
      await appendCounted(store, () => 's', [1, 2, 3]);
      await ledger.ownerPool.query('ALTER TABLE campaign_ledger.events DISABLE TRIGGER events_append_only');
      await ledger.ownerPool.query(`UPDATE campaign_ledger.events SET data = '{"n":20}' WHERE global_position = 2`);
      await ledger.ownerPool.query('ALTER TABLE campaign_ledger.events ENABLE TRIGGER events_append_only');
      expect(numbersOf(await right(store.readAll()))).toEqual([1, 20, 3]);
      expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Broken', problem: { kind: 'altered', globalPosition: 2 } });
    } finally {
      await store.close();
      await ledger.drop();
    }
  });
});
