import {
  addLogHeadLockColumn,
  addLogHeadRecordedAt,
  addStreamDefaultsAndLockColumn,
  createAppendOnlyTrigger,
  createCheckpointsTable,
  createEventsTable,
  createLogHeadTable,
  createMoveHeadsFunction,
  createMoveHeadsTrigger,
  createNotifyAppendedFunction,
  createNotifyAppendedTrigger,
  createRefuseEventChangeFunction,
  createStreamsTable,
  fillLogHeadRecordedAt,
  insertEmptyLogHead,
  revokeMoveHeadsFromPublic,
  storeEventHashesAsBytes,
} from './sql/schemaStatements';

/** One step of the schema: applied once, in its own transaction, and recorded with a checksum of its SQL. */
export interface PostgresMigration {
  /** From 1, without gaps; the order of application. */
  readonly version: number;
  /** What the step does, as a sentence fragment; recorded in campaign_ledger.migrations. */
  readonly name: string;
  /** Its SQL, one statement per entry. Never edit a released migration: add the next one. */
  readonly statements: ReadonlyArray<string>;
}

/** Every migration of the schema, in order. */
export const postgresMigrations: ReadonlyArray<PostgresMigration> = [
  {
    version: 1,
    name: 'create the append-only events table, the streams and the log head',
    statements: [
      createEventsTable,
      createStreamsTable,
      createLogHeadTable,
      insertEmptyLogHead,
      createRefuseEventChangeFunction,
      createAppendOnlyTrigger,
      createNotifyAppendedFunction,
      createNotifyAppendedTrigger,
    ],
  },
  { version: 2, name: 'create the projection checkpoints table', statements: [createCheckpointsTable] },
  { version: 3, name: "keep the last event's recordedAt on the log head", statements: [addLogHeadRecordedAt, fillLogHeadRecordedAt] },
  { version: 4, name: 'store the hashes of events as bytes', statements: [storeEventHashesAsBytes] },
  {
    version: 5,
    name: 'move the head rows by a trigger, and let writers lock them without changing them',
    statements: [addStreamDefaultsAndLockColumn, addLogHeadLockColumn, createMoveHeadsFunction, revokeMoveHeadsFromPublic, createMoveHeadsTrigger],
  },
];
