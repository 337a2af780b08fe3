import * as E from 'fp-ts/lib/Either.js';
import type { Pool, PoolClient } from 'pg';
import { beginReadCommitted, commit, rollback } from './sql/transactionStatements';

/**
 * Runs `use` on a client of the pool and gives the client back. While the client is checked out,
 * the pool listens to it no more: a connection that drops then (the server restarts, an
 * administrator terminates the backend) makes the client emit 'error' once its socket closes, and
 * an 'error' event nobody listens to kills the process. So the client gets a listener for as long
 * as it is out; the statement that was running fails on its own, and that failure becomes the
 * operation's StoreUnavailable. A client whose work threw, or whose connection failed, is
 * destroyed rather than returned: its state is unknown, and a fresh connection costs little next
 * to a poisoned one.
 */
export const withClient = async <A>(pool: Pool, use: (client: PoolClient) => Promise<A>): Promise<A> => {
  const client = await pool.connect();
  let failed = false;
  const onError = (): void => {
    failed = true;
  };
  client.on('error', onError);
  try {
    return await use(client);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // A destroyed client may still report its closing socket: the listener stays, so that report goes nowhere.
    if (!failed) client.removeListener('error', onError);
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
