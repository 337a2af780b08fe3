import type { StoreError } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Pool, PoolClient } from 'pg';
import { pgStoreError } from './pgFailure';
import {
  createGroupRole,
  createLoginRole,
  grantInsertOnEvents,
  grantSchemaUsage,
  grantSelectByDefault,
  grantLockOnLogHead,
  grantLockOnStreams,
  grantSelectOnTables,
  grantWriteOnCheckpoints,
  revokeSchema,
  revokeTables,
  selectRoleExists,
} from './sql/roleStatements';
import { inTransaction, withClient } from './transactions';

/** Options of createAnalystRole and createWriterRole. */
export interface RoleOptions {
  /** Whether a role created here may log in (default false: a group role that login roles join). An existing role is left as it is. */
  readonly login?: boolean;
}

/** Quotes a name as a SQL identifier, so any role name is taken literally. */
export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

const checkRoleName = (where: string, name: unknown): string => {
  if (typeof name !== 'string' || name === '' || name.includes('\u0000') || Buffer.byteLength(name, 'utf8') > 63) {
    throw new RangeError(`${where}: the role name must be a non-empty string of at most 63 bytes without NUL, got ${JSON.stringify(name)}`);
  }
  return name;
};

const ensureRole = async (client: PoolClient, name: string, options: RoleOptions): Promise<void> => {
  const exists = await client.query(selectRoleExists, [name]);
  if (exists.rows.length === 0) await client.query((options.login === true ? createLoginRole : createGroupRole)(quoteIdentifier(name)));
};

const grantRole = (where: string, pool: Pool, roleName: string, options: RoleOptions, grants: ReadonlyArray<(role: string) => string>): TE.TaskEither<StoreError, void> => {
  const name = checkRoleName(where, roleName);
  return async () => {
    try {
      return await withClient(pool, (client) =>
        inTransaction(client, async (tx) => {
          await ensureRole(tx, name, options);
          for (const grant of grants) await tx.query(grant(quoteIdentifier(name)));
          return E.right(undefined);
        }),
      );
    } catch (error) {
      return E.left(pgStoreError(error, where));
    }
  };
};

/**
 * Creates (when missing) a role for analysts and auditors and leaves it with read access only:
 * SELECT on every table of the ledger's schema, now and, for tables the same owner creates in
 * later migrations, from then on; no INSERT, UPDATE, DELETE or TRUNCATE, and no CREATE in the
 * schema. Such a role can read, replay and verifyLog the log through makePostgresEventStore, and
 * an append through it fails with StoreUnavailable (permission denied), writing nothing. Run it
 * as the owner of the schema, with CREATEROLE when the role is new; it is idempotent.
 *
 * @example
 * await createAnalystRole(pool, 'campaign_ledger_reader')();
 * // then, as an administrator: CREATE ROLE auditor LOGIN PASSWORD '…' IN ROLE campaign_ledger_reader;
 */
export const createAnalystRole = (pool: Pool, roleName: string, options: RoleOptions = {}): TE.TaskEither<StoreError, void> =>
  grantRole('createAnalystRole', pool, roleName, options, [revokeTables, revokeSchema, grantSchemaUsage, grantSelectOnTables, grantSelectByDefault]);

/**
 * Creates (when missing) a role for the application that appends: it may read every table,
 * insert events, create a stream's row by its name, lock the stream and log head rows (through a
 * column kept for that), and save projection checkpoints; nothing else. It cannot change a head
 * row, which the owner's trigger moves after each insert, nor lock a whole table, nor alter,
 * delete or truncate the log, nor disable the append-only trigger (only the owner can). So even
 * with its password an attacker can append, as the application does, and hold the append lock as
 * long as its transaction stays open (set `idle_in_transaction_session_timeout` for the role), but
 * not stop the ledger by moving a head. Run it as the owner of the schema, after migratePostgres;
 * run it again after an upgrade (migration 5 changed the writer's grants).
 */
export const createWriterRole = (pool: Pool, roleName: string, options: RoleOptions = {}): TE.TaskEither<StoreError, void> =>
  grantRole('createWriterRole', pool, roleName, options, [
    revokeTables,
    revokeSchema,
    grantSchemaUsage,
    grantSelectOnTables,
    grantInsertOnEvents,
    grantLockOnStreams,
    grantLockOnLogHead,
    grantWriteOnCheckpoints,
  ]);
