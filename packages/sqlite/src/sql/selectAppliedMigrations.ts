/** The versions of the migrations a file has had, in order. */
export const selectAppliedMigrations = `
SELECT version FROM ledger_migrations ORDER BY version`;
