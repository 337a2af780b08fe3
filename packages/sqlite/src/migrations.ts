import { createCheckpointsTable } from './sql/createCheckpointsTable';
import { createEventsTable } from './sql/createEventsTable';
import { copyEventsAsBytes, createEventsTableWithBytes, dropEventsWithText, renameEventsWithBytes } from './sql/storeEventsAsBytes';

/** One step of the schema: applied once per file, in its own transaction, and recorded in ledger_migrations. */
export interface SqliteMigration {
  /** Consecutive from 1; a file records the versions it has had. */
  readonly version: number;
  readonly name: string;
  /** Run in order inside the migration's transaction; one statement each. */
  readonly statements: ReadonlyArray<string>;
}

/**
 * Every migration of the schema, oldest first. Append new ones; never edit one that was
 * released, since files in the field have already recorded it as applied.
 */
export const sqliteMigrations: ReadonlyArray<SqliteMigration> = [
  { version: 1, name: 'create the events table', statements: [createEventsTable] },
  { version: 2, name: 'create the projection checkpoints table', statements: [createCheckpointsTable] },
  {
    version: 3,
    name: 'store event ids and hashes as bytes',
    statements: [createEventsTableWithBytes, copyEventsAsBytes, dropEventsWithText, renameEventsWithBytes],
  },
];
