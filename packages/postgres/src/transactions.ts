import * as E from 'fp-ts/lib/Either.js';
import type { Pool, PoolClient } from 'pg';
import { beginReadCommitted, commit, rollback } from './sql/transactionStatements';

/**
 * Runs `use` on a client of the pool and gives the client back. A client whose work threw is
 * destroyed rather than returned: after a failed statement or a lost socket its state is unknown,
 * and a fresh connection costs little next to a poisoned one.
 */
export const withClient = async <A>(pool: Pool, use: (client: PoolClient) => Promise<A>): Promise<A> => {
  const client = await pool.connect();
  let failed = false;
  try {
    return await use(client);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    client.release(failed);
  }
};

/**
 * Runs `body` in a READ COMMITTED transaction on the client: commits when it returns Right,
 * rolls back when it returns Left (a refused append wrote nothing anyway, and this releases its
 * locks at once) or throws.
 */
export const inTransaction = async <L, A>(client: PoolClient, body: (client: PoolClient) => Promise<E.Either<L, A>>): Promise<E.Either<L, A>> => {
  await client.query(beginReadCommitted);
  let result: E.Either<L, A>;
  try {
    result = await body(client);
  } catch (error) {
    await client.query(rollback).catch(() => undefined);
    throw error;
  }
  await client.query(E.isRight(result) ? commit : rollback);
  return result;
};
