import type { StoreError } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { postgresMigrations, type PostgresMigration } from './migrations';
import { pgStoreError } from './pgFailure';
import { insertAppliedMigration, selectAppliedMigrations, takeMigrationLock } from './sql/migrationStatements';
import { createLedgerSchema, createMigrationsTable } from './sql/schemaStatements';
import { inTransaction, withClient } from './transactions';

/** What migratePostgres did. */
export interface MigrationReport {
  /** The migrations this call applied, in order (empty when the schema was up to date). */
  readonly applied: ReadonlyArray<{ readonly version: number; readonly name: string }>;
  /** The schema's version afterwards. */
  readonly version: number;
}

interface AppliedRow {
  readonly version: number;
  readonly name: string;
  readonly checksum: string;
}

/** The checksum recorded with a migration: SHA-256 of its statements, so an edited migration is noticed. */
export const migrationChecksum = (migration: PostgresMigration): string =>
  createHash('sha256').update(migration.statements.join('\n;\n'), 'utf8').digest('hex');

const refused = (message: string): E.Either<StoreError, never> => E.left({ _tag: 'StoreUnavailable', message: `migratePostgres: ${message}` });

// The applied migrations must be a prefix of the known ones, each with the SQL it has now.
const checkApplied = (applied: ReadonlyArray<AppliedRow>, known: ReadonlyArray<PostgresMigration>): E.Either<StoreError, void> => {
  for (const row of applied) {
    const migration = known.find((m) => m.version === row.version);
    if (migration === undefined) continue; // Applied by a newer release; it only added to this one's schema.
    if (row.checksum !== migrationChecksum(migration)) {
      return refused(`migration ${row.version} (${row.name}) was applied with other SQL than this release's: the schema is not the one this code expects`);
    }
  }
  return E.right(undefined);
};

const appliedRows = async (client: PoolClient): Promise<ReadonlyArray<AppliedRow>> => (await client.query<AppliedRow>(selectAppliedMigrations)).rows;

/**
 * Brings the schema `campaign_ledger` up to date: creates it and its migrations table if needed,
 * then applies each pending migration in its own transaction, recording it there, so a failed one
 * leaves the schema at the previous version. Every transaction first takes an advisory lock, so
 * starters that migrate at once apply each migration exactly once: the others wait, then find it
 * recorded. Refuses (StoreUnavailable) a schema whose applied migrations differ from this
 * release's. Run it on start, with a role that may create tables (the owner role of the docs).
 *
 * @example
 * const migrated = await migratePostgres(pool)();
 * if (E.isLeft(migrated)) throw new Error(describeStoreError(migrated.left));
 */
export const migratePostgres = (pool: Pool): TE.TaskEither<StoreError, MigrationReport> => runMigrations(pool, postgresMigrations);

/** Applies the given migrations as migratePostgres applies this release's (its tests pass their own). */
export const runMigrations = (pool: Pool, migrations: ReadonlyArray<PostgresMigration>): TE.TaskEither<StoreError, MigrationReport> =>
  async () => {
    try {
      return await withClient(pool, async (client) => {
        const known = await inTransaction(client, async (tx) => {
          await tx.query(takeMigrationLock);
          await tx.query(createLedgerSchema);
          await tx.query(createMigrationsTable);
          const applied = await appliedRows(tx);
          const checked = checkApplied(applied, migrations);
          return E.isLeft(checked) ? checked : E.right(applied);
        });
        if (E.isLeft(known)) return known;
        const done: { version: number; name: string }[] = [];
        let version = Math.max(0, ...known.right.map((r) => r.version));
        for (const migration of migrations) {
          if (known.right.some((r) => r.version === migration.version)) continue;
          const applied = await inTransaction(client, async (tx) => {
            await tx.query(takeMigrationLock);
            // Another starter may have applied it while this one waited for the lock.
            if ((await appliedRows(tx)).some((r) => r.version === migration.version)) return E.right(false);
            for (const statement of migration.statements) await tx.query(statement);
            await tx.query(insertAppliedMigration, [migration.version, migration.name, migrationChecksum(migration)]);
            return E.right(true);
          });
          if (E.isRight(applied) && applied.right) done.push({ version: migration.version, name: migration.name });
          version = Math.max(version, migration.version);
        }
        return E.right({ applied: done, version });
      });
    } catch (error) {
      return E.left(pgStoreError(error, 'migratePostgres'));
    }
  };
