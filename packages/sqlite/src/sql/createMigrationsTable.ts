/**
 * The table that records which migrations a file has had: one row per version, written in the
 * same transaction as the migration itself, so a migration is either applied and recorded or
 * neither.
 */
export const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS ledger_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`;
