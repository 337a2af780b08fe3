import type { StoreTamper } from '@campaign-ledger/testing';
import type pg from 'pg';

/**
 * The kit's tamper capability for the PostgreSQL store: plain statements on the events table, each
 * in a transaction that first sets session_replication_role to replica. That setting, which only
 * a superuser may change, stops ordinary triggers from firing, the append-only one included: this
 * is the attacker with superuser rights (or write access to the data files) that the hash chains
 * exist to catch. The pool must connect as a superuser.
 */
export const superuserTamper = (pool: pg.Pool): StoreTamper => {
  const asReplica = async (statements: ReadonlyArray<readonly [string, ReadonlyArray<unknown>]>): Promise<void> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      for (const [sql, params] of statements) await client.query(sql, [...params]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    alterData: (position, data) => asReplica([['UPDATE campaign_ledger.events SET data = $2 WHERE global_position = $1', [position, JSON.stringify(data)]]]),
    writeRawData: (position, text) => asReplica([['UPDATE campaign_ledger.events SET data = $2 WHERE global_position = $1', [position, text]]]),
    deleteEvent: (position) => asReplica([['DELETE FROM campaign_ledger.events WHERE global_position = $1', [position]]]),
    // Positions are unique and at least 1, so the first row parks past the end of the log.
    swapEvents: (a, b) =>
      asReplica([
        ['UPDATE campaign_ledger.events SET global_position = (SELECT max(global_position) + 1 FROM campaign_ledger.events) WHERE global_position = $1', [a]],
        ['UPDATE campaign_ledger.events SET global_position = $1 WHERE global_position = $2', [a, b]],
        ['UPDATE campaign_ledger.events SET global_position = $1 WHERE global_position = (SELECT max(global_position) FROM campaign_ledger.events)', [b]],
      ]),
  };
};
