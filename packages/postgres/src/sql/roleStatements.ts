// Grants name a role, which SQL cannot take as a parameter: each statement is a function of the
// role's identifier, already quoted by quoteIdentifier.

/** Whether a role exists ($1: its name). */
export const selectRoleExists = `SELECT 1 FROM pg_roles WHERE rolname = $1`;

/** A role that cannot log in: a group that login roles are made members of. */
export const createGroupRole = (role: string): string => `CREATE ROLE ${role} NOLOGIN`;

/** A role that can log in (authentication is set up outside, e.g. pg_hba.conf or ALTER ROLE … PASSWORD). */
export const createLoginRole = (role: string): string => `CREATE ROLE ${role} LOGIN`;

/** Starts from nothing, so an existing role ends with exactly the grants that follow. */
export const revokeTables = (role: string): string => `REVOKE ALL ON ALL TABLES IN SCHEMA campaign_ledger FROM ${role}`;

/** Takes away the right to create objects in the schema. */
export const revokeSchema = (role: string): string => `REVOKE ALL ON SCHEMA campaign_ledger FROM ${role}`;

/** Lets the role see the schema's objects (without it no grant on a table helps). */
export const grantSchemaUsage = (role: string): string => `GRANT USAGE ON SCHEMA campaign_ledger TO ${role}`;

/** Reading every table of the schema: events, migrations, checkpoints. */
export const grantSelectOnTables = (role: string): string => `GRANT SELECT ON ALL TABLES IN SCHEMA campaign_ledger TO ${role}`;

/** Tables that later migrations create are readable too, when the same owner runs them. */
export const grantSelectByDefault = (role: string): string => `ALTER DEFAULT PRIVILEGES IN SCHEMA campaign_ledger GRANT SELECT ON TABLES TO ${role}`;

/** Appending: INSERT is the only change the events table takes. */
export const grantInsertOnEvents = (role: string): string => `GRANT INSERT ON campaign_ledger.events TO ${role}`;

/**
 * Appending also creates a new stream's row, by its name alone (its head starts at the columns'
 * defaults), and locks stream rows through their lock column: no right to set a head, and no
 * table privilege, which LOCK TABLE would need. The trigger events_move_heads moves the heads.
 */
export const grantLockOnStreams = (role: string): string => `GRANT INSERT (stream), UPDATE (lock_handle) ON campaign_ledger.streams TO ${role}`;

/** Appending locks the log head row, through its lock column only (see grantLockOnStreams). */
export const grantLockOnLogHead = (role: string): string => `GRANT UPDATE (lock_handle) ON campaign_ledger.log_head TO ${role}`;

/** Saving projection checkpoints: the checkpoints table is the one the writer may change. */
export const grantWriteOnCheckpoints = (role: string): string => `GRANT INSERT, UPDATE, DELETE ON campaign_ledger.checkpoints TO ${role}`;
