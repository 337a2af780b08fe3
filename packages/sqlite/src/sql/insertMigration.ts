/** Records a migration as applied, stamped with the database's own clock (the shell's time, not the domain's). */
export const insertMigration = `
INSERT INTO ledger_migrations (version, name, applied_at)
VALUES (@version, @name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
