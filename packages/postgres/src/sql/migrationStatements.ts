import { MIGRATION_LOCK_CLASS } from './lockKeys';

/** Makes concurrent starters migrate one after the other; released at the end of the transaction. */
export const takeMigrationLock = `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_CLASS}, 0)`;

/** The migrations already applied, in order. */
export const selectAppliedMigrations = `SELECT version, name, checksum FROM campaign_ledger.migrations ORDER BY version`;

/** Records a migration as applied, in the transaction that applied it. */
export const insertAppliedMigration = `INSERT INTO campaign_ledger.migrations (version, name, checksum) VALUES ($1, $2, $3)`;
